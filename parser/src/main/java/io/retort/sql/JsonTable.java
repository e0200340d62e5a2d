package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** MySQL's {@code JSON_TABLE(document, path COLUMNS (...)) [AS] alias}. */
public record JsonTable(Expression document, Expression path, List<JsonTableColumn> columns,
        Identifier alias) implements FromItem {

    public JsonTable {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(path, "path");
        columns = List.copyOf(columns);
    }
}
