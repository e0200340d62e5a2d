package io.retort.sql;

/** {@code NULL}. */
public record NullLiteral() implements Literal {
}
