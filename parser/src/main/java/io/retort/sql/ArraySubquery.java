package io.retort.sql;

import java.util.Objects;

/** PostgreSQL's {@code ARRAY(SELECT ...)}. */
public record ArraySubquery(Query query) implements Expression {

    public ArraySubquery {
        Objects.requireNonNull(query, "query");
    }
}
