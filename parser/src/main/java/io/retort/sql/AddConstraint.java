package io.retort.sql;

import java.util.Objects;

/** {@code ADD [CONSTRAINT name] PRIMARY KEY | UNIQUE | FOREIGN KEY | CHECK | INDEX ...}. */
public record AddConstraint(TableConstraint constraint) implements AlterAction {

    public AddConstraint {
        Objects.requireNonNull(constraint, "constraint");
    }
}
