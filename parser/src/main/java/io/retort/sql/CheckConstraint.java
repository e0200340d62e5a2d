package io.retort.sql;

import java.util.Objects;

/**
 * {@code [CONSTRAINT name] CHECK (condition) [[NOT] ENFORCED]}; {@code enforced} is false only for MySQL's {@code NOT
 * ENFORCED}.
 */
public record CheckConstraint(Identifier name, Expression condition, boolean enforced) implements TableConstraint {

    public CheckConstraint {
        Objects.requireNonNull(condition, "condition");
    }

    /** An enforced check constraint. */
    public CheckConstraint(Identifier name, Expression condition) {
        this(name, condition, true);
    }
}
