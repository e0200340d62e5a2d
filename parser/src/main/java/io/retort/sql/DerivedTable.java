package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** A subquery in FROM {@code [LATERAL] (query) [AS] alias [(columns)]}. */
public record DerivedTable(Query query, Identifier alias, List<Identifier> columnAliases,
        boolean lateral) implements FromItem {

    public DerivedTable {
        Objects.requireNonNull(query, "query");
        columnAliases = List.copyOf(columnAliases);
    }
}
