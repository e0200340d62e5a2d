package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * A common table expression {@code name [(columns)] AS [[NOT] MATERIALIZED] (statement)}; {@code materialized} is null
 * when not written. The statement is a query, or a data-modifying statement with RETURNING in PostgreSQL.
 */
public record Cte(Identifier name, List<Identifier> columns, Boolean materialized,
        Statement statement) implements Clause {

    public Cte {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(statement, "statement");
    }
}
