package io.retort.rewrite;

import java.util.Objects;

/**
 * What translation may know about a column: its type and whether it can hold NULL.
 *
 * <pre>{@code
 * new ColumnInfo(TypeKind.INTEGER, false, 64)   // BIGINT NOT NULL
 * }</pre>
 *
 * @param type the column's coarse type
 * @param nullable false for NOT NULL (and primary key) columns
 * @param integerBits for an integer column its width in bits (8, 16, 32, 64); 0 when unknown or not an
 *     integer. The width decides what a sum is: PostgreSQL and H2 sum SMALLINT and INTEGER into BIGINT
 *     (so {@code SUM(i) / COUNT(*)} divides integers) but BIGINT into NUMERIC (an exact division)
 */
public record ColumnInfo(TypeKind type, boolean nullable, int integerBits) {

    public ColumnInfo {
        Objects.requireNonNull(type, "type");
        if (integerBits < 0 || integerBits > 64) {
            throw new IllegalArgumentException("integerBits must be 0 (unknown) or a width up to 64: " + integerBits);
        }
    }

    /** A column whose integer width (if it is an integer) is unknown. */
    public ColumnInfo(TypeKind type, boolean nullable) {
        this(type, nullable, 0);
    }
}
