package io.retort.sql;

import java.util.Objects;

/** MySQL's {@code CONVERT(x USING charset)}. */
public record ConvertUsing(Expression operand, Identifier charset) implements Expression {

    public ConvertUsing {
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(charset, "charset");
    }
}
