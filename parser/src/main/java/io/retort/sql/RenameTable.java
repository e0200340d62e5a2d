package io.retort.sql;

import java.util.Objects;

/** {@code RENAME [TO|AS] new_name}. */
public record RenameTable(Name newName) implements AlterAction {

    public RenameTable {
        Objects.requireNonNull(newName, "newName");
    }
}
