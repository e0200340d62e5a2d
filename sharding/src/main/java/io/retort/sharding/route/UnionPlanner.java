package io.retort.sharding.route;

import io.retort.sharding.merge.ColumnSlot;
import io.retort.sharding.merge.SortKey;
import io.retort.sql.ColumnRef;
import io.retort.sql.Expression;
import io.retort.sql.NumberLiteral;
import io.retort.sql.OrderItem;
import io.retort.sql.Query;
import io.retort.sql.Select;
import io.retort.sql.SelectItem;
import io.retort.sql.SetOperation;
import io.retort.sql.SetOperator;
import io.retort.sql.SortOrder;
import io.retort.sql.Star;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans a UNION over several nodes: each shard runs the whole UNION over its rows (every branch
 * must be computable per node and read a sharded table), the merge removes duplicates across
 * shards for UNION, concatenates for UNION ALL, and orders and limits by output columns.
 * INTERSECT and EXCEPT need all shards' rows at once and are refused.
 */
final class UnionPlanner {
    private final MergePlanner planner;
    private final Map<Select, StatementAnalyzer.SelectInfo> infos;

    UnionPlanner(MergePlanner planner, Map<Select, StatementAnalyzer.SelectInfo> infos) {
        this.planner = planner;
        this.infos = infos;
    }

    MergePlanner.Planned plan(SetOperation top) throws SQLException {
        List<Query> leaves = new ArrayList<>();
        leaves(top, top.all(), leaves);
        for (Query q : leaves) {
            if (!(q instanceof Select s)) {
                throw RouteErrors.unsupported("A VALUES branch of a UNION over several shards would be returned by every"
                        + " shard; restrict the query to one shard, or move the VALUES into a separate statement");
            }
            StatementAnalyzer.SelectInfo info = infos.get(s);
            if (!info.drives()) {
                throw RouteErrors.unsupported("A branch of a UNION over several shards reads no sharded table, so every"
                        + " shard would return its rows; restrict the query to one shard by its sharding key");
            }
            if (info.notPartitionable() != null) {
                throw RouteErrors.unsupported("A branch of a UNION over several shards cannot be computed per shard: "
                        + info.notPartitionable() + "; restrict the query to one shard by its sharding key");
            }
        }
        Select first = (Select) leaves.get(0);
        List<SortKey> sort = new ArrayList<>();
        for (OrderItem o : top.orderBy()) {
            int position = unionPosition(o.expression(), first.items());
            if (position < 1) {
                throw RouteErrors.unsupported("ORDER BY of a UNION over several shards must name an output column by"
                        + " name or position");
            }
            sort.add(new SortKey(ColumnSlot.visible(position), o.order() == SortOrder.DESC, planner.nullsFirst(o)));
        }
        if (top.limit() != null && top.limit().withTies()) {
            throw RouteErrors.unsupported("FETCH ... WITH TIES over several shards is not supported; use ONLY");
        }
        LimitPlan limit = LimitPlan.of(top.limit(), true);
        SetOperation shard = new SetOperation(top.with(), top.operator(), top.all(), top.left(), top.right(), top.orderBy(),
                limit.shardLimit(), top.comments());
        return new MergePlanner.Planned(shard, 0, sort, List.of(), List.of(), !top.all(), false, null, List.of(), limit, null, false);
    }

    private static void leaves(Query q, boolean allAll, List<Query> out) throws SQLException {
        if (q instanceof SetOperation s) {
            if (s.operator() != SetOperator.UNION) {
                throw RouteErrors.unsupported(s.operator() + " over several shards needs every shard's rows at once, which"
                        + " Retort does not do yet; restrict the query to one shard by its sharding key");
            }
            if (allAll && !s.all()) {
                throw RouteErrors.unsupported("A UNION ALL over a UNION (which removes duplicates) over several shards is"
                        + " not supported; restrict the query to one shard by its sharding key");
            }
            leaves(s.left(), allAll, out);
            leaves(s.right(), allAll, out);
        } else {
            out.add(q);
        }
    }

    private static int unionPosition(Expression e, List<SelectItem> items) {
        if (e instanceof NumberLiteral n) {
            return MergePlanner.position(n);
        }
        if (!(e instanceof ColumnRef c) || c.qualifier() != null) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            SelectItem item = items.get(i);
            if (item.expression() instanceof Star) {
                return -1;
            }
            if (item.alias() != null ? item.alias().matches(c.column())
                    : item.expression() instanceof ColumnRef ic && ic.column().matches(c.column())) {
                return i + 1;
            }
        }
        return -1;
    }
}
