package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * {@code col = value} in UPDATE SET, INSERT SET and upserts; several columns for PostgreSQL's {@code (a, b) = (...)}.
 */
public record Assignment(List<ColumnRef> columns, Expression value) implements Clause {

    public Assignment {
        columns = List.copyOf(columns);
        Objects.requireNonNull(value, "value");
    }
}
