package io.retort.sql;

import java.util.Objects;

/**
 * {@code DROP CONSTRAINT c}, MySQL's {@code DROP PRIMARY KEY}, {@code DROP FOREIGN KEY fk}, {@code DROP INDEX i},
 * {@code DROP CHECK c}; {@code kind} is upper case, {@code name} null for PRIMARY KEY.
 */
public record DropConstraint(String kind, Identifier name, boolean ifExists,
        DropBehavior behavior) implements AlterAction {

    public DropConstraint {
        Objects.requireNonNull(kind, "kind");
    }
}
