package io.retort.sql;

/** {@code [CONSTRAINT name] PRIMARY KEY [ASC|DESC]}. */
public record ColumnPrimaryKey(Identifier constraintName, SortOrder order) implements ColumnConstraint {
}
