package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** A column definition in CREATE TABLE / ALTER TABLE; {@code type} is null only for PostgreSQL's {@code col WITH OPTIONS ...}. */
public record ColumnDefinition(Identifier name, DataType type, List<ColumnConstraint> constraints) implements TableElement {

    public ColumnDefinition {
        Objects.requireNonNull(name, "name");
        constraints = List.copyOf(constraints);
    }
}
