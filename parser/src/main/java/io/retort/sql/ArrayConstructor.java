package io.retort.sql;

import java.util.List;

/** PostgreSQL's {@code ARRAY[a, b]}. */
public record ArrayConstructor(List<Expression> elements) implements Expression {

    public ArrayConstructor {
        elements = List.copyOf(elements);
    }
}
