package io.retort.sql;

import java.util.Objects;

/** {@code CREATE TABLE t LIKE other} or {@code (LIKE other)}. */
public record LikeTable(Name table) implements TableElement {

    public LikeTable {
        Objects.requireNonNull(table, "table");
    }
}
