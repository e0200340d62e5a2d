package io.retort.sql;

import java.util.Objects;

/** {@code x AT TIME ZONE zone}. */
public record AtTimeZone(Expression operand, Expression zone) implements Expression {

    public AtTimeZone {
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(zone, "zone");
    }
}
