/**
 * Retort's ORM, in the spirit of SQLAlchemy 2.0's: classes mapped to tables with annotations
 * ({@link io.retort.orm.annotation}), a {@link io.retort.orm.Session} with an identity map and a unit of
 * work, relationships with loading strategies, typed queries on a generated metamodel
 * ({@link io.retort.orm.metamodel}), DDL and reflection ({@link io.retort.orm.Schema}), ORM events
 * ({@link io.retort.orm.OrmObserver}) and a sharded session ({@link io.retort.orm.ShardedSessionFactory}).
 * Statements are built on Retort's expression model and rendered by its dialects, so the same code runs
 * on PostgreSQL, MariaDB, H2 and SQLite.
 *
 * <pre>{@code
 * SessionFactory factory = SessionFactory.builder(dataSource).entities(User.class, Address.class).build();
 * factory.schema().createAll();
 * try (Session session = factory.openSession()) {
 *     session.add(new User("spongebob", "Spongebob Squarepants"));
 *     session.commit();
 *     User u = session.scalars(select(User.class).where(User_.name.eq("spongebob"))).one();
 * }
 * }</pre>
 */
package io.retort.orm;
