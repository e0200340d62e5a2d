package io.retort.sql;

import java.util.Objects;

/** {@code x [NOT] IN (SELECT ...)}. */
public record InSubquery(Expression operand, Query query, boolean negated) implements Expression {

    public InSubquery {
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(query, "query");
    }
}
