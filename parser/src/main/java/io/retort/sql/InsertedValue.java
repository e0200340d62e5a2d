package io.retort.sql;

import java.util.Objects;

/**
 * MySQL's {@code VALUES(col)} in {@code ON DUPLICATE KEY UPDATE}: the value the row would have been inserted with
 * (PostgreSQL's {@code EXCLUDED.col} stays a {@link ColumnRef} qualified by EXCLUDED).
 */
public record InsertedValue(ColumnRef column) implements Expression {

    public InsertedValue {
        Objects.requireNonNull(column, "column");
    }
}
