package io.retort.sql;

import java.util.Objects;

/** {@code DROP [COLUMN] [IF EXISTS] c [CASCADE|RESTRICT]}. */
public record DropColumn(Identifier column, boolean ifExists, DropBehavior behavior) implements AlterAction {

    public DropColumn {
        Objects.requireNonNull(column, "column");
    }
}
