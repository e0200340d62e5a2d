package io.retort.sql;

import java.util.Objects;

/**
 * {@code ADD [CONSTRAINT name] PRIMARY KEY | UNIQUE | FOREIGN KEY | CHECK | INDEX ... [NOT VALID]}; {@code notValid} is
 * PostgreSQL's: existing rows are not checked.
 */
public record AddConstraint(TableConstraint constraint, boolean notValid) implements AlterAction {

    public AddConstraint {
        Objects.requireNonNull(constraint, "constraint");
    }

    /** {@code ADD constraint}, validated against existing rows. */
    public AddConstraint(TableConstraint constraint) {
        this(constraint, false);
    }
}
