package io.retort.sql;

/** {@code TRUE} or {@code FALSE}. */
public record BooleanLiteral(boolean value) implements Literal {
}
