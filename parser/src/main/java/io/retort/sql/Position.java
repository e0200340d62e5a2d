package io.retort.sql;

import java.util.Objects;

/** {@code POSITION(substring IN string)}. */
public record Position(Expression substring, Expression string) implements Expression {

    public Position {
        Objects.requireNonNull(substring, "substring");
        Objects.requireNonNull(string, "string");
    }
}
