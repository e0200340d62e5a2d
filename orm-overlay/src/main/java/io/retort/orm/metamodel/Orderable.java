package io.retort.orm.metamodel;

/**
 * Something an ORM query can be ordered by: a column (ascending) or an explicit {@link Ordering}.
 *
 * <pre>{@code
 * select(User.class).orderBy(User_.name, User_.id.desc());
 * }</pre>
 */
public sealed interface Orderable permits ColumnAttribute, Ordering, Aggregate {

    Ordering toOrdering();
}
