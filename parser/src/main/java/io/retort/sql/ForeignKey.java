package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** {@code [CONSTRAINT name] FOREIGN KEY (columns) REFERENCES ...}. */
public record ForeignKey(Identifier name, List<Identifier> columns,
        ForeignKeyReference reference) implements TableConstraint {

    public ForeignKey {
        columns = List.copyOf(columns);
        Objects.requireNonNull(reference, "reference");
    }
}
