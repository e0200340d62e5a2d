package io.retort.sharding.merge;

import io.retort.sharding.exec.UnitExecutor;
import io.retort.sharding.route.RouteUnit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deep pages without reading {@code offset + limit} rows from every shard. The plain merge asks
 * each of N shards for its first {@code offset + limit} rows, because any of them might hold the
 * whole page: {@code OFFSET 100000 LIMIT 10} over 4 shards reads 400,040 rows to return 10. This
 * finds a bound in the sort order below the page instead, and how many rows lie before it, with a
 * few one-row queries per shard:
 *
 * <ol>
 *   <li><b>sample</b>: each shard returns the sort keys of its rows at positions
 *       {@code remaining / N}, {@code remaining / 2} and {@code remaining} from the current bound
 *       ({@code ... ORDER BY k LIMIT 1 OFFSET q}); these are the candidate bounds;</li>
 *   <li><b>count</b>: each shard counts, in one query, its rows between the bound and every
 *       candidate ({@code SUM(CASE WHEN row < c THEN 1 ELSE 0 END)}); the furthest candidate with
 *       at most {@code offset} rows before it becomes the bound. One always qualifies: no shard has
 *       more than {@code remaining / N} rows before the smallest sample at that position, so each
 *       round skips at least {@code remaining / N} rows; with evenly spread keys one round leaves a
 *       few hundred, and when a few shards hold the rows around the page (range sharding on the
 *       sort key) the far samples get there in a few rounds;</li>
 *   <li>repeat while more than a few rows per shard remain to be skipped;</li>
 *   <li><b>page</b>: each shard returns its rows from the bound on, at most
 *       {@code offset - S + limit} ({@code WHERE row >= bound ORDER BY k LIMIT offset - S + limit}),
 *       and the merge skips {@code offset - S} of them.</li>
 * </ol>
 *
 * The result is exactly the plain merge's: the bound splits every shard's rows into those before
 * it (all counted) and those from it on (all candidates), whatever the key values, ties and NULLs
 * (the comparison honours each key's direction and NULL placement). The extra rounds go through
 * the {@link UnitExecutor}, in the logical connection's transaction, so they see the same data
 * under REPEATABLE READ or stronger isolation; under READ COMMITTED a row committed between rounds
 * may shift the page by that row, as it could between two page requests.
 *
 * <p>When the query does not qualify (fewer than two units, a small OFFSET, aggregates, DISTINCT,
 * a statement that is not a plain SELECT, an ORDER BY key that WHERE cannot use), {@link #execute}
 * runs the plain route and merge.
 *
 * <pre>{@code
 * DeepPagination pages = new DeepPagination(merger);
 * ResultSet rs = pages.execute(new DeepPageQuery(units, plan), executor);   // same rows as merger.merge(...)
 * }</pre>
 */
public final class DeepPagination {

    private static final Logger LOG = LoggerFactory.getLogger(DeepPagination.class);

    /** OFFSETs below this are merged plainly: reading them is cheaper than extra rounds. */
    public static final long DEFAULT_MIN_OFFSET = 1_000;
    /** Narrowing rounds (each a sample and a count query per shard) at most. */
    public static final int DEFAULT_MAX_ROUNDS = 8;
    /** Narrowing stops when at most this many rows per shard remain to be skipped. */
    public static final long DEFAULT_SKIP_PER_SHARD = 32;

    private final ResultMerger merger;
    private final long minOffset;
    private final int maxRounds;
    private final long skipPerShard;

    public DeepPagination(ResultMerger merger) {
        this(merger, DEFAULT_MIN_OFFSET, DEFAULT_MAX_ROUNDS, DEFAULT_SKIP_PER_SHARD);
    }

    /**
     * @param minOffset the smallest OFFSET worth narrowing
     * @param maxRounds the most sample-and-count rounds
     * @param skipPerShard stop narrowing when at most this many rows per shard are left to skip
     */
    public DeepPagination(ResultMerger merger, long minOffset, int maxRounds, long skipPerShard) {
        this.merger = Objects.requireNonNull(merger, "merger");
        if (minOffset < 1 || maxRounds < 1 || skipPerShard < 1) {
            throw new IllegalArgumentException("minOffset, maxRounds and skipPerShard must be positive");
        }
        this.minOffset = minOffset;
        this.maxRounds = maxRounds;
        this.skipPerShard = skipPerShard;
    }

    /** Why the query runs as a plain merge, or null when it is narrowed. */
    public String whyPlain(DeepPageQuery query) {
        MergePlan plan = query.plan();
        if (query.units().size() < 2) {
            return "one unit: no merge to narrow";
        }
        if (plan.offset() < minOffset) {
            return "OFFSET " + plan.offset() + " is below " + minOffset;
        }
        if (plan.orderBy().isEmpty() || plan.aggregating() || plan.distinct() || plan.having() != null
                || !plan.computed().isEmpty()) {
            return "only an ORDER BY without GROUP BY, aggregates, DISTINCT, HAVING or computed columns can be narrowed";
        }
        try {
            for (RouteUnit unit : query.units()) {
                KeysetStatements.of(unit, plan.orderBy());
            }
        } catch (KeysetStatements.NotNarrowable e) {
            return e.getMessage();
        }
        return null;
    }

    /** {@link #execute(DeepPageQuery, UnitExecutor, List, AutoCloseable)} without names or close callback. */
    public ResultSet execute(DeepPageQuery query, UnitExecutor executor) throws SQLException {
        return execute(query, executor, null, null);
    }

    /**
     * Runs the query's page: narrowed when it qualifies, else the plain route and merge.
     *
     * @param shardNames names of the units for error messages, or null
     * @param onClose given to {@link ResultMerger#merge(List, MergePlan, List, AutoCloseable)} for the page's result sets
     */
    public ResultSet execute(DeepPageQuery query, UnitExecutor executor, List<String> shardNames, AutoCloseable onClose)
            throws SQLException {
        MergePlan plan = query.plan();
        String plain = whyPlain(query);
        if (plain != null) {
            LOG.debug("deep page: plain merge ({})", plain);
            return merger.merge(executor.query(query.units()), plan, shardNames, onClose);
        }
        List<KeysetStatements> shards = new ArrayList<>();
        for (RouteUnit unit : query.units()) {
            try {
                shards.add(KeysetStatements.of(unit, plan.orderBy()));
            } catch (KeysetStatements.NotNarrowable e) {
                throw new IllegalStateException(e); // whyPlain checked every unit
            }
        }
        int n = shards.size();
        RowOrder keyOrder = keyOrder(plan.orderBy());
        Object[] bound = null;
        long before = 0;
        for (int round = 0; round < maxRounds; round++) {
            long remaining = plan.offset() - before;
            if (remaining / n <= skipPerShard) {
                break;
            }
            long[] positions = positions(remaining, n);
            List<Object[]> candidates = new ArrayList<>();
            if (!sample(shards, executor, bound, positions, keyOrder, candidates)) {
                // no shard has a row at position remaining / n: at most remaining rows are left, so the page is empty
                LOG.debug("deep page: at most {} rows after the bound; the page is empty", remaining);
                return merger.merge(executor.query(pages(shards, null, 0)), plan, shardNames, onClose);
            }
            if (candidates.isEmpty()) {
                break;
            }
            long[] counts = countBefore(shards, executor, bound, candidates, before);
            int best = -1;
            for (int j = 0; j < candidates.size(); j++) {
                if (counts[j] <= plan.offset() && counts[j] > before) {
                    best = j; // candidates ascend in the merge order, so do their counts
                }
            }
            if (best < 0) {
                // no progress (ties on the keys), or the databases order differently from the merger
                LOG.debug("deep page: round {} found no better bound than {} rows in", round + 1, before);
                break;
            }
            bound = candidates.get(best);
            before = counts[best];
        }
        long skip = plan.offset() - before;
        long fetch = plan.limit() < 0 ? -1 : skip + plan.limit();
        LOG.debug("deep page: OFFSET {} narrowed to {} rows after a bound; {} per shard", plan.offset(), skip, fetch);
        MergePlan narrowed = new MergePlan(plan.hiddenColumns(), plan.orderBy(), plan.groupBy(), plan.aggregates(),
                plan.distinct(), plan.having(), skip, plan.limit(), plan.shardsSortedByGroup(), plan.computed());
        return merger.merge(executor.query(pages(shards, bound, fetch)), narrowed, shardNames, onClose);
    }

    /**
     * Where to sample each shard, counted from the bound: remaining / n is safe (at most n of those
     * positions' worth of rows lie before the smallest sample); remaining / 2 and remaining reach
     * far when a few shards hold the rows around the page (range sharding on the sort key).
     */
    static long[] positions(long remaining, int n) {
        return java.util.stream.LongStream.of(remaining / n, remaining / 2, remaining).filter(p -> p > 0).distinct()
                .sorted().toArray();
    }
    private static List<RouteUnit> pages(List<KeysetStatements> shards, Object[] bound, long fetch) {
        List<RouteUnit> units = new ArrayList<>();
        for (KeysetStatements s : shards) {
            units.add(s.page(bound, fetch));
        }
        return units;
    }

    /**
     * Samples every shard at the positions; adds the distinct samples to {@code candidates},
     * ascending in the merge order. False when no shard has a row at the first
     * (smallest) position.
     */
    private static boolean sample(List<KeysetStatements> shards, UnitExecutor executor, Object[] bound, long[] positions,
            RowOrder keyOrder, List<Object[]> candidates) throws SQLException {
        List<RouteUnit> units = new ArrayList<>();
        for (KeysetStatements s : shards) {
            for (long p : positions) {
                units.add(s.sample(bound, p));
            }
        }
        boolean anyAtFirst = false;
        List<ResultSet> results = executor.query(units);
        try {
            for (int u = 0; u < results.size(); u++) {
                ResultSet rs = results.get(u);
                if (!rs.next()) {
                    continue;
                }
                anyAtFirst |= u % positions.length == 0;
                Object[] keys = new Object[keyOrder.size()];
                for (int k = 0; k < keys.length; k++) {
                    keys[k] = rs.getObject(k + 1);
                }
                candidates.add(keys);
            }
        } finally {
            closeAll(results);
        }
        sortDistinct(candidates, keyOrder);
        return anyAtFirst;
    }

    private static void sortDistinct(List<Object[]> candidates, RowOrder keyOrder) throws SQLException {
        try {
            candidates.sort((a, b) -> {
                try {
                    return keyOrder.compareKeys(a, b);
                } catch (SQLException e) {
                    throw new MergeFailure(e);
                }
            });
        } catch (MergeFailure f) {
            throw f.getCause();
        }
        for (int i = candidates.size() - 1; i > 0; i--) {
            if (keyOrder.compareKeys(candidates.get(i), candidates.get(i - 1)) == 0) {
                candidates.remove(i);
            }
        }
    }

    /** For each candidate, the rows before it on all shards: {@code before} plus those between the bound and it. */
    private static long[] countBefore(List<KeysetStatements> shards, UnitExecutor executor, Object[] bound,
            List<Object[]> candidates, long before) throws SQLException {
        List<RouteUnit> units = new ArrayList<>();
        for (KeysetStatements s : shards) {
            units.add(s.countBefore(bound, candidates));
        }
        long[] totals = new long[candidates.size()];
        java.util.Arrays.fill(totals, before);
        List<ResultSet> results = executor.query(units);
        try {
            for (ResultSet rs : results) {
                if (rs.next()) {
                    for (int j = 0; j < totals.length; j++) {
                        totals[j] += rs.getLong(j + 1); // SUM over no rows is NULL: 0
                    }
                }
            }
        } finally {
            closeAll(results);
        }
        return totals;
    }

    private static void closeAll(List<ResultSet> results) throws SQLException {
        new ShardSet(results, null).closeAll();
    }

    /** The plan's sort keys over the sample's columns (key i is column i). */
    private RowOrder keyOrder(List<SortKey> keys) throws SQLException {
        List<SortKey> renumbered = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            renumbered.add(new SortKey(ColumnSlot.visible(i + 1), keys.get(i).descending(), keys.get(i).nullsFirst()));
            labels.add("retort_k" + (i + 1));
        }
        return new RowOrder(renumbered, ColumnLayout.of(keys.size(), 0, labels), new ValueComparator(merger.collation()));
    }
}
