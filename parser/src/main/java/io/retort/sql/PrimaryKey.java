package io.retort.sql;

import java.util.List;

/** {@code [CONSTRAINT name] PRIMARY KEY (columns) [options]}. */
public record PrimaryKey(Identifier name, List<IndexColumn> columns, List<Option> options) implements TableConstraint {

    public PrimaryKey {
        columns = List.copyOf(columns);
        options = List.copyOf(options);
    }
}
