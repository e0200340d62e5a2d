package io.retort.sql;

import java.util.Objects;

/** MySQL's {@code COMMENT 'text'} on a column. */
public record ColumnComment(String comment) implements ColumnConstraint {

    public ColumnComment {
        Objects.requireNonNull(comment, "comment");
    }
}
