package io.retort.sql;

import java.util.Objects;

/** {@code TRIM([LEADING|TRAILING|BOTH] [characters] FROM source)} or {@code TRIM(source)}. */
public record Trim(TrimSpec spec, Expression characters, Expression source) implements Expression {

    public Trim {
        Objects.requireNonNull(source, "source");
    }
}
