package io.retort.sql;

import java.util.Objects;

/** {@code EXISTS (SELECT ...)}; {@code NOT EXISTS} is a {@link UnaryOp} NOT around it. */
public record Exists(Query query) implements Expression {

    public Exists {
        Objects.requireNonNull(query, "query");
    }
}
