package io.retort.sql;

import java.util.Objects;

/**
 * A column reference {@code c}, {@code t.c} or {@code db.t.c}; {@code qualifier} is null when the column is not
 * qualified.
 */
public record ColumnRef(Name qualifier, Identifier column) implements Expression {

    public ColumnRef {
        Objects.requireNonNull(column, "column");
    }

    /** {@code qualifier.column}; no qualifier gives an unqualified column. */
    public static ColumnRef of(String... parts) {
        if (parts.length == 1) {
            return new ColumnRef(null, Identifier.of(parts[0]));
        }
        return new ColumnRef(Name.of(java.util.Arrays.copyOf(parts, parts.length - 1)),
                Identifier.of(parts[parts.length - 1]));
    }
}
