package io.retort.sql;

import java.util.Objects;

/** An ORDER BY item; {@code order} and {@code nulls} are null when not written. */
public record OrderItem(Expression expression, SortOrder order, NullOrder nulls) implements Clause, Sortable {

    public OrderItem {
        Objects.requireNonNull(expression, "expression");
    }

    @Override
    public OrderItem toOrderItem() {
        return this;
    }

    /** This item with {@code NULLS FIRST}. */
    public OrderItem nullsFirst() {
        return new OrderItem(expression, order, NullOrder.FIRST);
    }

    /** This item with {@code NULLS LAST}. */
    public OrderItem nullsLast() {
        return new OrderItem(expression, order, NullOrder.LAST);
    }
}
