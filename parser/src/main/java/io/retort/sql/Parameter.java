package io.retort.sql;

import java.util.Objects;

/**
 * A parameter marker. {@code index} is 1-based: the i-th {@code ?} of the statement has index i; {@code $n} (and
 * SQLite's {@code ?n}) has index n; a {@code :name} has the position of its name among the statement's distinct names,
 * in order of first appearance (the same name always has the same index). {@code name} is set only for named
 * parameters.
 */
public record Parameter(ParameterKind kind, int index, String name) implements Expression {

    public Parameter {
        Objects.requireNonNull(kind, "kind");
    }
}
