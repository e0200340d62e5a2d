package io.retort.sql;

/** The keyword {@code DEFAULT} used as a value in VALUES or SET. */
public record DefaultValue() implements Expression {
}
