package io.retort.sql;

import java.util.Objects;

/** {@code a IS [NOT] DISTINCT FROM b}. */
public record IsDistinctFrom(Expression left, Expression right, boolean negated) implements Expression {

    public IsDistinctFrom {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
