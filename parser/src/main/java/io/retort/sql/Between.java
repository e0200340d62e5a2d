package io.retort.sql;

import java.util.Objects;

/** {@code x [NOT] BETWEEN [SYMMETRIC] low AND high}. */
public record Between(Expression operand, Expression low, Expression high, boolean negated,
        boolean symmetric) implements Expression {

    public Between {
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }
}
