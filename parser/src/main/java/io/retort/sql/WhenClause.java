package io.retort.sql;

import java.util.Objects;

/** {@code WHEN condition THEN result} of a CASE. */
public record WhenClause(Expression condition, Expression result) implements Clause {

    public WhenClause {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(result, "result");
    }
}
