package io.retort.sharding.merge;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLNonTransientException;
import java.util.List;
import java.util.Objects;

/**
 * Turns the result sets of one statement's shards into the one result set the application reads,
 * following a {@link MergePlan}. The result streams with bounded memory wherever the plan allows:
 *
 * <ul>
 *   <li>no ORDER BY: the shards' rows one shard after another;</li>
 *   <li>ORDER BY: a k-way merge of the shards' sorted streams (one row per shard in memory), which
 *       fails with SQLState F0000 when a shard's rows are not in the order the merger compares
 *       (see {@link StringCollation});</li>
 *   <li>GROUP BY / aggregates: groups stream when the shards return them sorted by the group keys
 *       and the plan's ORDER BY leads with those keys; otherwise they are collected in memory (one
 *       entry per group). Without GROUP BY, the aggregates form one row, also over empty shards;</li>
 *   <li>then HAVING, the computed columns (expressions over merged aggregates, evaluated when read),
 *       DISTINCT (over the visible columns), a re-sort in memory when grouping changed
 *       the order, OFFSET and LIMIT (the shards are closed as soon as the LIMIT is reached), and the
 *       hidden columns are dropped.</li>
 * </ul>
 *
 * Rows that pass through unchanged are read straight from their shard's result set; merged rows
 * (groups) are converted with the usual JDBC getter conversions. The result is
 * {@code TYPE_FORWARD_ONLY}, {@code CONCUR_READ_ONLY}; {@code getStatement()} returns null (the
 * driver wraps it). Closing it closes every shard's result set, then runs the close callback.
 *
 * <pre>{@code
 * ResultMerger merger = new ResultMerger(StringCollation.binary());
 * MergePlan plan = new MergePlan(0, List.of(new SortKey(ColumnSlot.visible(1), false, false)),
 *         List.of(), List.of(), false, null, 20, 10, false);           // ORDER BY 1 OFFSET 20 LIMIT 10
 * try (ResultSet rs = merger.merge(List.of(rs0, rs1, rs2), plan)) {
 *     while (rs.next()) { ... }
 * }
 * }</pre>
 *
 * A merger is immutable and thread-safe; each merged result set belongs to one thread, as JDBC
 * result sets do.
 */
public final class ResultMerger {

    private final StringCollation collation;

    /** A merger comparing strings by code point ({@link StringCollation#binary()}). */
    public ResultMerger() {
        this(StringCollation.binary());
    }

    public ResultMerger(StringCollation collation) {
        this.collation = Objects.requireNonNull(collation, "collation");
    }

    public StringCollation collation() {
        return collation;
    }

    /** {@link #merge(List, MergePlan, List, AutoCloseable)} without shard names or close callback. */
    public ResultSet merge(List<ResultSet> shardResults, MergePlan plan) throws SQLException {
        return merge(shardResults, plan, null, null);
    }

    /**
     * Merges the shards' results.
     *
     * @param shardResults one result set per shard, all with the same columns (at least one, for the metadata)
     * @param plan how to merge them
     * @param shardNames names for error messages (e.g. {@code ds1.orders_3}), in the order of
     *     {@code shardResults}; may be null
     * @param onClose run after the shards' result sets are closed, when the merged result set is
     *     closed (the driver closes the shards' statements there); may be null
     * @throws SQLException when the shards' results do not fit the plan; the shards are closed then
     */
    public ResultSet merge(List<ResultSet> shardResults, MergePlan plan, List<String> shardNames, AutoCloseable onClose)
            throws SQLException {
        Objects.requireNonNull(plan, "plan");
        if (shardResults == null || shardResults.isEmpty()) {
            throw new SQLNonTransientException("nothing to merge: a merge needs the result set of at least one shard"
                    + " (the router routes an empty route to one node for the result's columns)", "XX000");
        }
        ShardSet shards = new ShardSet(shardResults, shardNames);
        try {
            return build(shards, plan, onClose);
        } catch (SQLException | RuntimeException e) {
            try {
                shards.closeAll();
            } catch (SQLException c) {
                e.addSuppressed(c);
            }
            throw e;
        }
    }

    private ResultSet build(ShardSet shards, MergePlan plan, AutoCloseable onClose) throws SQLException {
        ResultSetMetaData first = shards.get(0).getMetaData();
        int total = first.getColumnCount();
        for (int s = 1; s < shards.size(); s++) {
            int n = shards.get(s).getMetaData().getColumnCount();
            if (n != total) {
                throw new SQLNonTransientException(shards.describe(s) + " returns " + n + " columns but "
                        + shards.describe(0) + " returns " + total + "; every shard must return the same columns"
                        + " (are the physical tables' definitions different?)", "42000");
            }
        }
        ColumnLayout layout = ColumnLayout.of(total, plan.hiddenColumns(), MergedMetaData.labels(first));
        ValueComparator values = new ValueComparator(collation);
        Aggregation aggregation = plan.aggregating() ? new Aggregation(plan, layout, declaredTypes(first, total)) : null;
        MergedMetaData metaData = MergedMetaData.copy(first, layout.visible(), aggregation);
        RowSource source = pipeline(shards, plan, layout, values, aggregation);
        return new MergedResultSet(source, shards, metaData, onClose);
    }

    private static RowSource pipeline(ShardSet shards, MergePlan plan, ColumnLayout layout, ValueComparator values,
            Aggregation aggregation) throws SQLException {
        RowOrder order = new RowOrder(plan.orderBy(), layout, values);
        boolean sorted = order.size() > 0;
        RowSource source;
        if (aggregation == null) {
            source = sorted && shards.size() > 1 ? new SortedMergeSource(shards, order) : new ConcatSource(shards);
            if (!plan.computed().isEmpty()) {
                source = new ComputingSource(source, plan.computed(), layout);
            }
            if (plan.having() != null) {
                source = new FilterSource(source, plan.having(), layout);
            }
            if (plan.distinct()) {
                boolean adjacent = sorted && orderLeadsWithAllVisible(order, layout);
                source = new DistinctSource(source, layout.visible(), values, adjacent);
            }
        } else {
            int[] groupColumns = aggregation.groupColumns();
            boolean streamGroups = groupColumns.length > 0 && plan.shardsSortedByGroup()
                    && orderLeadsWith(order, groupColumns);
            source = streamGroups && shards.size() > 1 ? new SortedMergeSource(shards, order) : new ConcatSource(shards);
            source = new GroupingSource(source, aggregation, values, streamGroups);
            if (!plan.computed().isEmpty()) {
                // Lazily computed: HAVING only evaluates a computed column it refers to (a MySQL alias).
                source = new ComputingSource(source, plan.computed(), layout);
            }
            if (plan.having() != null) {
                source = new FilterSource(source, plan.having(), layout);
            }
            if (plan.distinct()) {
                source = new DistinctSource(source, layout.visible(), values, false);
            }
            // Streamed groups come out in the plan's order; hashed groups (and the one group of a
            // query without GROUP BY, trivially) need sorting.
            if (sorted && !streamGroups && groupColumns.length > 0) {
                source = new SortingSource(source, order, layout.total());
            }
        }
        if (plan.offset() > 0 || plan.limit() >= 0) {
            source = new LimitSource(source, plan.offset(), plan.limit());
        }
        return source;
    }

    /** The first shard's JDBC type per column ({@code Types.OTHER} where its driver does not say). */
    private static int[] declaredTypes(ResultSetMetaData md, int total) {
        int[] types = new int[total];
        for (int i = 0; i < total; i++) {
            try {
                types[i] = md.getColumnType(i + 1);
            } catch (SQLException | RuntimeException e) {
                types[i] = java.sql.Types.OTHER;
            }
        }
        return types;
    }

    /** Whether the first {@code columns.length} keys of the order are exactly these columns, in any order. */
    private static boolean orderLeadsWith(RowOrder order, int[] columns) {
        if (order.size() < columns.length) {
            return false;
        }
        boolean[] seen = new boolean[columns.length];
        for (int k = 0; k < columns.length; k++) {
            int found = -1;
            for (int c = 0; c < columns.length; c++) {
                if (!seen[c] && columns[c] == order.column(k)) {
                    found = c;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            seen[found] = true;
        }
        return true;
    }

    /**
     * Whether equal rows (over the visible columns) are adjacent in the merged order: every visible
     * column is a sort key before the first key on a hidden column.
     */
    private static boolean orderLeadsWithAllVisible(RowOrder order, ColumnLayout layout) {
        boolean[] covered = new boolean[layout.visible() + 1];
        int count = 0;
        for (int k = 0; k < order.size() && count < layout.visible(); k++) {
            int c = order.column(k);
            if (c > layout.visible()) {
                return false;
            }
            if (!covered[c]) {
                covered[c] = true;
                count++;
            }
        }
        return count == layout.visible();
    }
}
