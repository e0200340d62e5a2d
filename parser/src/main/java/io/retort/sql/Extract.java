package io.retort.sql;

import java.util.Objects;

/** {@code EXTRACT(field FROM source)}; {@code field} is usually a {@link Keyword} such as {@code YEAR}. */
public record Extract(Expression field, Expression source) implements Expression {

    public Extract {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(source, "source");
    }
}
