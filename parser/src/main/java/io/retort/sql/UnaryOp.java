package io.retort.sql;

import java.util.Objects;

/** A prefix operation: {@code NOT x}, {@code -x}, {@code ~x}, MySQL's {@code BINARY x}. */
public record UnaryOp(UnaryOperator operator, Expression operand) implements Expression {

    public UnaryOp {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(operand, "operand");
    }
}
