package io.retort.sql;

import java.util.Objects;

/** An array subscript {@code a[i]} or slice {@code a[lo:hi]} ({@code slice} true; bounds may be null). */
public record Subscript(Expression base, Expression index, Expression upper, boolean slice) implements Expression {

    public Subscript {
        Objects.requireNonNull(base, "base");
    }
}
