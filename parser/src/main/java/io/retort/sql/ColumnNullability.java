package io.retort.sql;

/** {@code NULL} or {@code NOT NULL}. */
public record ColumnNullability(boolean nullable) implements ColumnConstraint {
}
