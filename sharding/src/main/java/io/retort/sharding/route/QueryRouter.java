package io.retort.sharding.route;

import io.retort.sharding.ShardingConditions;
import io.retort.sharding.merge.ComputedColumn;
import io.retort.sharding.merge.MergePlan;
import io.retort.sharding.merge.RowPredicate;
import io.retort.sql.ColumnRef;
import io.retort.sql.Expression;
import io.retort.sql.Query;
import io.retort.sql.Select;
import io.retort.sql.SqlDialect;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Routes SELECT, set operations and VALUES. One node: the statement as written with physical
 * table names. Several: the merge planner's shard statement on each, and a {@link MergePlan}.
 */
final class QueryRouter implements Router {
    private final Layout layout;
    private final Query query;
    private final SqlDialect dialect;
    private final MergePlanner planner;
    private final MergePlanner.UniqueCheck uniqueCheck;
    /** The merge plan, made on the first execution that spans several nodes: a {@code Planned} or the SQLException. */
    private volatile Object planned;
    /**
     * For a query of one sharded table narrowed by one key predicate ({@code WHERE k = ?}), the
     * predicate; else null. Such a query's single-node plans depend only on the node, so they are
     * kept per node index ({@link #pointPlans}, made on first use; plans are immutable).
     */
    private final KeyAtom pointAtom;
    private final RoutePlan[] pointPlans;

    QueryRouter(Layout layout, Query query, SqlDialect dialect, StatementAnalyzer analyzer, TableMetadata metadata) {
        this.layout = layout;
        this.query = query;
        this.dialect = dialect;
        this.planner = new MergePlanner(dialect, analyzer.selects);
        StatementAnalyzer.SelectInfo top = query instanceof Select s ? analyzer.selects.get(s) : null;
        this.uniqueCheck = expressions -> unique(top, expressions, metadata);
        this.pointAtom = pointAtom(layout);
        this.pointPlans = pointAtom == null ? null : new RoutePlan[layout.groupRules.get(0).nodes().size()];
    }

    /** The one key predicate of a query that reads one sharded table and nothing else, or null. */
    private static KeyAtom pointAtom(Layout layout) {
        if (layout.groupRules.size() != 1 || !layout.whole.isEmpty() || layout.occurrences.size() != 1
                || !layout.occurrences.get(0).sharded()
                || !(layout.rows instanceof NodeSource.Block block) || !(block.from() instanceof NodeSource.Leaf)) {
            return null;
        }
        List<List<KeyAtom>> terms = block.formula().terms;
        return terms.size() == 1 && terms.get(0).size() == 1 ? terms.get(0).get(0) : null;
    }

    /** The reasons a top-level query cannot span nodes whatever its merge (added to the layout's). */
    static List<String> reasons(Query query, StatementAnalyzer analyzer) {
        if (query instanceof Select s) {
            StatementAnalyzer.SelectInfo info = analyzer.selects.get(s);
            if (info != null && info.sharded() && !info.drives()) {
                return List.of("the query reads its sharded table only through the optional side of an outer join, so"
                        + " every node would return the other side's rows");
            }
        }
        return List.of();
    }

    @Override
    public RoutePlan route(Bindings bindings, String forced) throws SQLException {
        if (pointAtom != null && forced == null) {
            int node = layout.groupRules.get(0).onlyNode(ShardingConditions.of(pointAtom.column(), pointAtom.condition(bindings)));
            if (node >= 0) {
                RoutePlan p = pointPlans[node];
                if (p == null) {
                    p = routeAny(bindings, null);
                    pointPlans[node] = p;
                }
                return p;
            }
        }
        return routeAny(bindings, forced);
    }

    private RoutePlan routeAny(Bindings bindings, String forced) throws SQLException {
        Layout.Selection selection = layout.select(bindings, forced, false);
        if (selection.targets().size() == 1) {
            RouteUnit unit = layout.unit(query, 0, selection.targets().get(0), Map.of());
            return RoutePlan.simple(RouteKind.QUERY, List.of(unit), true, selection.scattered(), forced,
                    layout.logicalTables());
        }
        MergePlanner.Planned p = planned();
        Map<String, Object> extra = new LinkedHashMap<>();
        p.limit().bind(bindings, extra);
        List<RouteUnit> units = layout.units(p.shardQuery(), 1, selection.targets(), extra);
        long offset = p.limit().offset(bindings);
        long limit = p.limit().limit(bindings);
        RowPredicate having = p.having() == null ? null
                : MergedExpression.predicate(p.having(), p.havingValues(), bindings, dialect);
        List<ComputedColumn> computed = new ArrayList<>(p.computed().size());
        for (MergePlanner.Computed c : p.computed()) {
            computed.add(new ComputedColumn(c.slot(), MergedExpression.value(c.expression(), c.values(), bindings)));
        }
        MergePlan merge = new MergePlan(p.hidden(), p.orderBy(), p.groupBy(), p.aggregates(), p.distinct(), having, offset,
                limit, p.sortedByGroup(), computed);
        Pagination pagination = null;
        if (p.sortExpressions() != null && !p.orderBy().isEmpty() && (limit >= 0 || offset > 0)) {
            pagination = new Pagination(p.orderBy(), p.sortExpressions(), p.unique(), offset, limit);
        }
        return new RoutePlan(RouteKind.QUERY, units, merge, true, selection.scattered(), null, pagination, null, false,
                forced, layout.logicalTables());
    }

    private MergePlanner.Planned planned() throws SQLException {
        Object p = planned;
        if (p == null) {
            try {
                p = planner.plan(query, uniqueCheck);
            } catch (SQLException e) {
                p = e;
            }
            planned = p;
        }
        if (p instanceof SQLException e) {
            throw RouteErrors.copy(e);
        }
        return (MergePlanner.Planned) p;
    }

    /** Whether sort expressions cover a unique key of the query's only table: its generated key or its primary key. */
    private static boolean unique(StatementAnalyzer.SelectInfo top, List<Expression> expressions, TableMetadata metadata)
            throws SQLException {
        if (top == null || top.driving().size() != 1 || top.scope().bindings.size() != 1) {
            return false;
        }
        Occurrence o = top.driving().get(0);
        Set<String> columns = new HashSet<>();
        for (Expression e : expressions) {
            if (e instanceof ColumnRef c && (c.qualifier() == null || top.scope().find(c.qualifier()) != null)) {
                columns.add(c.column().text().toLowerCase(Locale.ROOT));
            }
        }
        if (o.rule().generatedKey().isPresent()
                && columns.contains(o.rule().generatedKey().get().column().toLowerCase(Locale.ROOT))) {
            return true;
        }
        List<String> pk = metadata.primaryKey(o.rule().node(0).dataSource(), o.rule().node(0).table());
        if (pk.isEmpty()) {
            return false;
        }
        List<String> lower = new ArrayList<>();
        pk.forEach(k -> lower.add(k.toLowerCase(Locale.ROOT)));
        return columns.containsAll(lower);
    }
}
