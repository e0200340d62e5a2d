/**
 * Dialect compilers: the expression model ({@code io.retort.sql}) rendered as SQL text for one
 * database, with the order in which JDBC parameters bind.
 *
 * <p>{@link io.retort.dialect.Dialect} is one immutable, version-aware object per database
 * (PostgreSQL 12+, MySQL 8.0+, MariaDB 10.5+, SQLite 3.35+, H2 2.x, Oracle 12c+, SQL Server 2017+, and
 * standard SQL), with named {@link io.retort.dialect.Capability capabilities}. Nodes render themselves
 * through a {@link io.retort.dialect.RenderContext}; a dialect overrides only the hooks where its SQL
 * differs. {@link io.retort.dialect.Dialect#render} prints a tree that already means, in that dialect,
 * what it should; {@code io.retort.rewrite.SqlTranslator} translates a statement written for another
 * database first.
 *
 * <pre>{@code
 * Dialect target = Dialect.forConnection(connection.getMetaData());
 * RenderedSql sql = target.render(statement);
 * PreparedStatement ps = connection.prepareStatement(sql.sql());
 * for (int i = 1; i <= sql.parameterCount(); i++) {
 *     ps.setObject(i, values[sql.sourceIndex(i) - 1]);
 * }
 * }</pre>
 */
package io.retort.dialect;
