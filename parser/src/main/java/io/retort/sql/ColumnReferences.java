package io.retort.sql;

import java.util.Objects;

/** {@code [CONSTRAINT name] REFERENCES t (c) [ON DELETE ...] [ON UPDATE ...]}. */
public record ColumnReferences(Identifier constraintName, ForeignKeyReference reference) implements ColumnConstraint {

    public ColumnReferences {
        Objects.requireNonNull(reference, "reference");
    }
}
