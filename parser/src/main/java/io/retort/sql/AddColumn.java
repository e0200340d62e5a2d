package io.retort.sql;

import java.util.Objects;

/** {@code ADD [COLUMN] [IF NOT EXISTS] definition [FIRST | AFTER c]}. */
public record AddColumn(ColumnDefinition column, boolean ifNotExists, ColumnPosition position) implements AlterAction {

    public AddColumn {
        Objects.requireNonNull(column, "column");
    }
}
