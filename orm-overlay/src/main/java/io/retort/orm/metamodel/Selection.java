package io.retort.orm.metamodel;

/**
 * Something a query can return in a row: an entity ({@link EntitySelection} or an {@link EntityAlias}),
 * a column ({@link ColumnAttribute}) or an aggregate ({@link Aggregate}).
 *
 * <pre>{@code
 * session.execute(select(User_.name, Functions.count(Address_.id)).join(User_.addresses).groupBy(User_.name));
 * }</pre>
 *
 * @param <V> what one value of the selection is
 */
public sealed interface Selection<V> permits ColumnAttribute, Aggregate, EntitySelection, EntityAlias {
}
