package io.retort.sql;

import java.util.List;

/** MySQL's {@code ALTER TABLE t ORDER BY ...}. */
public record AlterOrderBy(List<OrderItem> orderBy) implements AlterAction {

    public AlterOrderBy {
        orderBy = List.copyOf(orderBy);
    }
}
