package io.retort.sql;

import java.util.Objects;

/** A type conversion, with the syntax it was written in. */
public record Cast(Expression operand, DataType type, CastSyntax syntax) implements Expression {

    public Cast {
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(syntax, "syntax");
    }
}
