package io.retort.sql;

import java.util.Objects;

/** A key part of an index or key: a column or expression, MySQL's prefix {@code length}, and an order. */
public record IndexColumn(Expression expression, Integer length, SortOrder order, NullOrder nulls) implements Clause {

    public IndexColumn {
        Objects.requireNonNull(expression, "expression");
    }
}
