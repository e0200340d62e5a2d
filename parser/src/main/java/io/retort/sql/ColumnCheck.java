package io.retort.sql;

import java.util.Objects;

/**
 * {@code [CONSTRAINT name] CHECK (condition) [[NOT] ENFORCED]}; {@code enforced} is false only for MySQL's {@code NOT
 * ENFORCED}.
 */
public record ColumnCheck(Identifier constraintName, Expression condition,
        boolean enforced) implements ColumnConstraint {

    public ColumnCheck {
        Objects.requireNonNull(condition, "condition");
    }

    /** An enforced check constraint. */
    public ColumnCheck(Identifier constraintName, Expression condition) {
        this(constraintName, condition, true);
    }
}
