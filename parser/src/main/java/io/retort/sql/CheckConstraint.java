package io.retort.sql;

import java.util.Objects;

/** {@code [CONSTRAINT name] CHECK (condition)}. */
public record CheckConstraint(Identifier name, Expression condition) implements TableConstraint {

    public CheckConstraint {
        Objects.requireNonNull(condition, "condition");
    }
}
