package io.retort.sql;

import java.util.List;

/** A row value {@code (a, b)} or {@code ROW(a, b)}; also a VALUES row and a grouping set. */
public record RowValue(List<Expression> values) implements Expression {

    public RowValue {
        values = List.copyOf(values);
    }
}
