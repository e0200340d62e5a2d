package io.retort.sql;

import java.util.List;

/** {@code CUBE (...)} in GROUP BY. */
public record Cube(List<Expression> elements) implements Expression {

    public Cube {
        elements = List.copyOf(elements);
    }
}
