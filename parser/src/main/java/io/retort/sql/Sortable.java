package io.retort.sql;

/** What the Core API accepts in ORDER BY: an expression (ascending by default) or an {@link OrderItem}. */
public sealed interface Sortable permits Expression, OrderItem {
    OrderItem toOrderItem();
}
