package io.retort.sql;

import java.util.Objects;

/** MySQL's {@code ON UPDATE CURRENT_TIMESTAMP}. */
public record ColumnOnUpdate(Expression value) implements ColumnConstraint {

    public ColumnOnUpdate {
        Objects.requireNonNull(value, "value");
    }
}
