package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** {@code x [NOT] IN (a, b, ...)}; {@code x} and the values may be row values. */
public record InList(Expression operand, List<Expression> values, boolean negated) implements Expression {

    public InList {
        Objects.requireNonNull(operand, "operand");
        values = List.copyOf(values);
    }
}
