package io.retort.sql;

import java.util.Objects;

/** {@code COLLATE name} on a column. */
public record ColumnCollate(Name collation) implements ColumnConstraint {

    public ColumnCollate {
        Objects.requireNonNull(collation, "collation");
    }
}
