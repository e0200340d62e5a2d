package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * {@code REFERENCES table (columns) [MATCH ...] [ON DELETE action] [ON UPDATE action]}; actions and
 * {@code match} are null when not written.
 */
public record ForeignKeyReference(Name table, List<Identifier> columns, ReferentialAction onDelete,
        ReferentialAction onUpdate, String match) {
    public ForeignKeyReference {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
    }
}
