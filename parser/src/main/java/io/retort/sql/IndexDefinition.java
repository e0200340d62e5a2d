package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** MySQL's inline {@code INDEX|KEY|FULLTEXT|SPATIAL [name] (columns) [USING BTREE]}; {@code kind} is upper case. */
public record IndexDefinition(String kind, Identifier name, List<IndexColumn> columns,
        List<Option> options) implements TableConstraint {

    public IndexDefinition {
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
        options = List.copyOf(options);
    }
}
