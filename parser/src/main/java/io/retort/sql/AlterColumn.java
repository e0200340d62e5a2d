package io.retort.sql;

import java.util.Objects;

/**
 * {@code ALTER [COLUMN] c SET DEFAULT x | DROP DEFAULT | SET NOT NULL | DROP NOT NULL | [SET DATA] TYPE t [USING e] |
 * SET VISIBLE ...}; {@code type} and {@code expression} are set when the kind needs them.
 */
public record AlterColumn(Identifier column, AlterColumnKind kind, DataType type,
        Expression expression) implements AlterAction {

    public AlterColumn {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
    }
}
