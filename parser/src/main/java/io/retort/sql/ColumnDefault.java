package io.retort.sql;

import java.util.Objects;

/** {@code DEFAULT value}. */
public record ColumnDefault(Expression value) implements ColumnConstraint {

    public ColumnDefault {
        Objects.requireNonNull(value, "value");
    }
}
