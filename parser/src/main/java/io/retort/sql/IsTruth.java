package io.retort.sql;

import java.util.Objects;

/** {@code x IS [NOT] TRUE | FALSE | UNKNOWN}. */
public record IsTruth(Expression operand, TruthValue value, boolean negated) implements Expression {

    public IsTruth {
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(value, "value");
    }
}
