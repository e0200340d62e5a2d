package io.retort.sharding.merge;

import java.util.Objects;

/**
 * How one column merges in a grouped or aggregate query.
 *
 * @param column the column holding the shard-level value
 * @param kind the merge
 * @param count for {@link AggregateKind#AVG}, the (usually hidden) column with the shard-level COUNT; otherwise null
 */
public record AggregateColumn(ColumnSlot column, AggregateKind kind, ColumnSlot count) {
    public AggregateColumn {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
        if ((kind == AggregateKind.AVG) != (count != null)) {
            throw new IllegalArgumentException("AVG, and only AVG, needs a count column");
        }
    }
}
