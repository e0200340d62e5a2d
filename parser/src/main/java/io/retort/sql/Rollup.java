package io.retort.sql;

import java.util.List;

/** {@code ROLLUP (...)} in GROUP BY. */
public record Rollup(List<Expression> elements) implements Expression {

    public Rollup {
        elements = List.copyOf(elements);
    }
}
