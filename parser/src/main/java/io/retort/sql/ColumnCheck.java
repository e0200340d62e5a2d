package io.retort.sql;

import java.util.Objects;

/** {@code [CONSTRAINT name] CHECK (condition)}. */
public record ColumnCheck(Identifier constraintName, Expression condition) implements ColumnConstraint {

    public ColumnCheck {
        Objects.requireNonNull(condition, "condition");
    }
}
