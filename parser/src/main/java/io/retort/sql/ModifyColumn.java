package io.retort.sql;

import java.util.Objects;

/** MySQL's {@code MODIFY [COLUMN] definition [FIRST | AFTER c]}. */
public record ModifyColumn(ColumnDefinition column, ColumnPosition position) implements AlterAction {

    public ModifyColumn {
        Objects.requireNonNull(column, "column");
    }
}
