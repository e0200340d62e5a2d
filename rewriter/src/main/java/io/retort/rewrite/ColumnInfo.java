package io.retort.rewrite;

import java.util.Objects;

/**
 * What translation may know about a column: its type and whether it can hold NULL.
 *
 * @param type the column's coarse type
 * @param nullable false for NOT NULL (and primary key) columns
 */
public record ColumnInfo(TypeKind type, boolean nullable) {

    public ColumnInfo {
        Objects.requireNonNull(type, "type");
    }
}
