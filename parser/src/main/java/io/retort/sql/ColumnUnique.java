package io.retort.sql;

/** {@code [CONSTRAINT name] UNIQUE [KEY]}. */
public record ColumnUnique(Identifier constraintName) implements ColumnConstraint {
}
