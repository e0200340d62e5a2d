package io.retort.sql;

import java.util.Objects;

/** {@code left op ANY | ALL | SOME (right)}; {@code right} is a {@link Subquery} or an array expression. */
public record Quantified(Expression left, BinaryOperator operator, Quantifier quantifier,
        Expression right) implements Expression {

    public Quantified {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(quantifier, "quantifier");
        Objects.requireNonNull(right, "right");
    }
}
