package io.retort.sql;

import java.util.List;

/** MySQL's {@code INSERT ... SET a = 1, b = 2}. */
public record InsertSet(List<Assignment> assignments) implements Clause, InsertSource {

    public InsertSet {
        assignments = List.copyOf(assignments);
    }
}
