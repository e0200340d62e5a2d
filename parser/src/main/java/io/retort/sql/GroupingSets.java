package io.retort.sql;

import java.util.List;

/** {@code GROUPING SETS (...)} in GROUP BY; each set is an expression or a {@link RowValue}. */
public record GroupingSets(List<Expression> sets) implements Expression {

    public GroupingSets {
        sets = List.copyOf(sets);
    }
}
