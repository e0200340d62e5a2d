package io.retort.sql;

import java.util.Objects;

/** A binary operation {@code left op right}; precedence is in the tree, so a printer adds parentheses where needed. */
public record BinaryOp(Expression left, BinaryOperator operator, Expression right) implements Expression {

    public BinaryOp {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(right, "right");
    }
}
