package io.retort.sharding.merge;

import java.util.Objects;

/**
 * One ORDER BY key of a merge. {@code nullsFirst} is explicit: the router resolves a missing
 * NULLS FIRST/LAST from the application dialect's default (PostgreSQL sorts NULLs last ascending,
 * MySQL/MariaDB/SQLite/H2 first), so every shard is asked for the same order and the merge agrees.
 */
public record SortKey(ColumnSlot column, boolean descending, boolean nullsFirst) {
    public SortKey {
        Objects.requireNonNull(column, "column");
    }
}
