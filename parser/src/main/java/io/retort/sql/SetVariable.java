package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * One assignment of a SET statement: {@code SET x = v}, {@code SET SESSION x = v}, {@code SET @x = v}, {@code SET
 * @@global.x = v}, PostgreSQL's {@code SET x TO a, b}; several values only in PostgreSQL.
 */
public record SetVariable(Variable variable, List<Expression> values) implements SetItem {

    public SetVariable {
        Objects.requireNonNull(variable, "variable");
        values = List.copyOf(values);
    }
}
