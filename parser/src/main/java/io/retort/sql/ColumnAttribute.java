package io.retort.sql;

import java.util.Objects;

/**
 * Any other column attribute, upper case as words: {@code VISIBLE}, {@code INVISIBLE}, {@code COLUMN_FORMAT FIXED},
 * {@code STORAGE DISK}, {@code SRID 4326}.
 */
public record ColumnAttribute(String text) implements ColumnConstraint {

    public ColumnAttribute {
        Objects.requireNonNull(text, "text");
    }
}
