package io.retort.sql;

import java.util.Objects;

/** {@code RENAME INDEX|KEY|CONSTRAINT a TO b}; {@code kind} upper case. */
public record RenameObject(String kind, Identifier from, Identifier to) implements AlterAction {

    public RenameObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
