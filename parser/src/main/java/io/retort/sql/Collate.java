package io.retort.sql;

import java.util.Objects;

/** {@code x COLLATE collation}. */
public record Collate(Expression operand, Name collation) implements Expression {

    public Collate {
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(collation, "collation");
    }
}
