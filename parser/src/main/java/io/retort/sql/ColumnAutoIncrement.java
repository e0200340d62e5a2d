package io.retort.sql;

/** MySQL's {@code AUTO_INCREMENT}, SQLite's {@code AUTOINCREMENT}. */
public record ColumnAutoIncrement() implements ColumnConstraint {
}
