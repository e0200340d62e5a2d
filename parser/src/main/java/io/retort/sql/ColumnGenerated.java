package io.retort.sql;

import java.util.Objects;

/**
 * A generated column {@code [GENERATED ALWAYS] AS (expr) [STORED | VIRTUAL]}; {@code storage} is null when not written.
 */
public record ColumnGenerated(Expression expression, String storage) implements ColumnConstraint {

    public ColumnGenerated {
        Objects.requireNonNull(expression, "expression");
    }
}
