package io.retort.sql;

import java.util.Objects;

/**
 * An interval: {@code INTERVAL '1 day'} (unit null), {@code INTERVAL 1 DAY}, {@code INTERVAL '1-2' YEAR TO MONTH};
 * {@code unit} is upper case.
 */
public record Interval(Expression value, String unit) implements Expression {

    public Interval {
        Objects.requireNonNull(value, "value");
    }
}
