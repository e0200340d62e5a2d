package io.retort.sharding.merge;

import java.util.List;

/**
 * How the rows of several shards become the one result the application sees. All shards return
 * the same columns: the visible ones, then {@code hiddenColumns} hidden ones. The steps, in order:
 * combine the shards' rows (concatenate, or merge by {@code orderBy} when the shards return sorted
 * rows), merge groups ({@code groupBy}/{@code aggregates}), filter groups ({@code having}),
 * compute the {@code computed} columns, remove duplicates ({@code distinct}), sort again when
 * grouping changed the order, skip
 * {@code offset} rows, stop after {@code limit} rows, drop the hidden columns.
 *
 * @param hiddenColumns trailing columns the application must not see
 * @param orderBy the global order; empty means no order (concatenation). Every shard was asked for this order.
 * @param groupBy the group key columns; with aggregates and no keys, all rows form one group
 * @param aggregates how each column merges when grouping or aggregating; empty for plain queries
 * @param distinct whether duplicate rows (over the visible columns) are removed
 * @param having a filter on merged groups, or null
 * @param offset rows to skip after merging (each shard was asked for {@code offset + limit} rows from 0)
 * @param limit the maximum number of rows, or -1 for no limit
 * @param shardsSortedByGroup whether every shard returns its rows sorted by the group keys (then
 *     groups stream; otherwise they are collected in memory)
 * @param computed columns the merge computes from the merged row (expressions over aggregates);
 *     the shards return placeholders there
 */
public record MergePlan(int hiddenColumns, List<SortKey> orderBy, List<ColumnSlot> groupBy,
        List<AggregateColumn> aggregates, boolean distinct, RowPredicate having, long offset, long limit,
        boolean shardsSortedByGroup, List<ComputedColumn> computed) {

    /** Concatenate the shards' rows as they come. */
    public static final MergePlan CONCATENATE = new MergePlan(0, List.of(), List.of(), List.of(), false, null, 0, -1, false);

    public MergePlan {
        orderBy = List.copyOf(orderBy);
        groupBy = List.copyOf(groupBy);
        aggregates = List.copyOf(aggregates);
        computed = List.copyOf(computed);
        if (hiddenColumns < 0 || offset < 0 || limit < -1) {
            throw new IllegalArgumentException("negative hiddenColumns/offset or limit < -1");
        }
    }

    /** A plan without computed columns. */
    public MergePlan(int hiddenColumns, List<SortKey> orderBy, List<ColumnSlot> groupBy, List<AggregateColumn> aggregates,
            boolean distinct, RowPredicate having, long offset, long limit, boolean shardsSortedByGroup) {
        this(hiddenColumns, orderBy, groupBy, aggregates, distinct, having, offset, limit, shardsSortedByGroup, List.of());
    }

    /** Whether rows are grouped or aggregated (rather than passed through). */
    public boolean aggregating() {
        return !groupBy.isEmpty() || !aggregates.isEmpty();
    }
}
