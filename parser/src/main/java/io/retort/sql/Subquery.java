package io.retort.sql;

import java.util.Objects;

/** A scalar subquery {@code (SELECT ...)} used as a value. */
public record Subquery(Query query) implements Expression {

    public Subquery {
        Objects.requireNonNull(query, "query");
    }
}
