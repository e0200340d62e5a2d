package io.retort.sql;

import java.util.Objects;

/** {@code x IS [NOT] NULL} (also PostgreSQL's {@code ISNULL} / {@code NOTNULL}). */
public record IsNull(Expression operand, boolean negated) implements Expression {

    public IsNull {
        Objects.requireNonNull(operand, "operand");
    }
}
