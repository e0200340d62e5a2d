package io.retort.sql;

import java.util.List;

/**
 * PostgreSQL's and SQLite's {@code ON CONFLICT [(targets) [WHERE ...] | ON CONSTRAINT c] DO NOTHING | DO UPDATE SET ...
 * [WHERE ...]}.
 */
public record OnConflict(List<Expression> targets, Expression targetWhere, Identifier constraint, boolean doNothing,
        List<Assignment> set, Expression where) implements Clause {

    public OnConflict {
        targets = List.copyOf(targets);
        set = List.copyOf(set);
    }
}
