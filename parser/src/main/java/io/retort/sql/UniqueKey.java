package io.retort.sql;

import java.util.List;

/** {@code [CONSTRAINT name] UNIQUE [KEY|INDEX] [indexName] (columns) [options]}. */
public record UniqueKey(Identifier name, Identifier indexName, List<IndexColumn> columns,
        List<Option> options) implements TableConstraint {

    public UniqueKey {
        columns = List.copyOf(columns);
        options = List.copyOf(options);
    }
}
