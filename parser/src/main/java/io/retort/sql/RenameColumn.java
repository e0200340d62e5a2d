package io.retort.sql;

import java.util.Objects;

/** {@code RENAME COLUMN a TO b}. */
public record RenameColumn(Identifier from, Identifier to) implements AlterAction {

    public RenameColumn {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
