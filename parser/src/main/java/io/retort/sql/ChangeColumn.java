package io.retort.sql;

import java.util.Objects;

/** MySQL's {@code CHANGE [COLUMN] old definition [FIRST | AFTER c]}. */
public record ChangeColumn(Identifier oldName, ColumnDefinition column,
        ColumnPosition position) implements AlterAction {

    public ChangeColumn {
        Objects.requireNonNull(oldName, "oldName");
        Objects.requireNonNull(column, "column");
    }
}
