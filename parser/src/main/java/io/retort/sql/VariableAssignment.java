package io.retort.sql;

import java.util.Objects;

/** MySQL's {@code @x := value} inside an expression. */
public record VariableAssignment(Variable variable, Expression value) implements Expression {

    public VariableAssignment {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(value, "value");
    }
}
