package io.retort.sql;

import java.util.Objects;

/** {@code OVERLAY(string PLACING placing FROM from [FOR length])}. */
public record Overlay(Expression string, Expression placing, Expression from, Expression length) implements Expression {

    public Overlay {
        Objects.requireNonNull(string, "string");
        Objects.requireNonNull(placing, "placing");
        Objects.requireNonNull(from, "from");
    }
}
