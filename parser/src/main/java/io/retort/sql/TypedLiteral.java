package io.retort.sql;

import java.util.Objects;

/**
 * A literal with a type prefix: {@code DATE '2020-01-01'}, {@code TIMESTAMP '...'}, PostgreSQL's {@code int4 '1'} or
 * {@code box '((0,0),(1,1))'}.
 */
public record TypedLiteral(DataType type, String value) implements Literal {

    public TypedLiteral {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
