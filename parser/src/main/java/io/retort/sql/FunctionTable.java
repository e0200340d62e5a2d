package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * A table function in FROM, PostgreSQL's {@code generate_series(1, 3) [WITH ORDINALITY] AS g(n)} or {@code f(...) AS (a
 * int, b text)}.
 */
public record FunctionTable(FunctionCall function, Identifier alias, List<Identifier> columnAliases,
        List<ColumnDefinition> columnDefinitions, boolean lateral, boolean withOrdinality) implements FromItem {

    public FunctionTable {
        Objects.requireNonNull(function, "function");
        columnAliases = List.copyOf(columnAliases);
        columnDefinitions = List.copyOf(columnDefinitions);
    }
}
