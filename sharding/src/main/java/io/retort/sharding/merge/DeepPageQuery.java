package io.retort.sharding.merge;

import io.retort.sharding.route.RouteUnit;
import java.util.List;
import java.util.Objects;

/**
 * What {@link DeepPagination} needs from the router for one paged query: the physical units and
 * the merge plan it would otherwise hand to {@link ResultMerger}.
 *
 * <p>The units are the ones the plain route runs: one {@code SELECT} per unit, each with the plan's
 * ORDER BY (the same keys in the same order, directions and NULL placement written out, as the
 * router writes them for the merge) and any LIMIT the router set (it is replaced). The plan gives
 * the sort keys, OFFSET and LIMIT. Nothing else: the sort keys need not be unique (uniqueness only
 * keeps pages stable between queries; the narrowing is exact either way), and the application's
 * parameters stay with the units, bound by the {@link io.retort.sharding.exec.UnitExecutor} as for
 * the plain route.
 *
 * <pre>{@code
 * // SELECT * FROM orders ORDER BY id LIMIT 10 OFFSET 100000, scattered to four units
 * ResultSet page = new DeepPagination(merger).execute(new DeepPageQuery(units, plan), executor);
 * }</pre>
 *
 * @param units the physical statements, one per shard (at least two for narrowing to pay off)
 * @param plan the merge plan: not aggregating, not DISTINCT, without HAVING, with an ORDER BY
 */
public record DeepPageQuery(List<RouteUnit> units, MergePlan plan) {
    public DeepPageQuery {
        units = List.copyOf(units);
        Objects.requireNonNull(plan, "plan");
    }
}
