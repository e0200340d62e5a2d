package io.retort.sharding.route;

import io.retort.sharding.DataNode;
import io.retort.sharding.merge.MergePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The route of one execution of a statement: the physical statements to run ({@link RouteUnit}s,
 * in data node order), how their results merge, and what else the driver must do.
 *
 * <ul>
 *   <li>{@link #kind()}: {@link RouteKind#SESSION} plans have no units (the driver handles the statement).</li>
 *   <li>{@link #merge()}: {@link MergePlan#CONCATENATE} unless a query spans several units.</li>
 *   <li>{@link #rowMove()}: present for an UPDATE that moves rows to another node; run it instead of the units
 *       (which then show its first two steps, for EXPLAIN ROUTE).</li>
 *   <li>{@link #generatedKeys()}: keys Retort generated, for {@code getGeneratedKeys()}.</li>
 *   <li>{@link #pagination()}: what a deep-page strategy needs.</li>
 *   <li>{@link #explainOnly()}: the statement was {@code EXPLAIN ROUTE ...}: show the units, run nothing.</li>
 * </ul>
 *
 * <pre>{@code
 * RoutePlan plan = router.route(SqlParser.parse("SELECT * FROM orders WHERE customer_id = ?", POSTGRESQL),
 *         List.of(42L), RouteHint.NONE);
 * plan.units();   // [RouteUnit[dataSource=ds1, statement=SELECT * FROM orders_3 orders WHERE ..., nodes=[ds1.orders_3]]]
 * }</pre>
 */
public final class RoutePlan {
    private final RouteKind kind;
    private final List<RouteUnit> units;
    private final MergePlan merge;
    private final boolean returnsRows;
    private final boolean scattered;
    private final GeneratedKeys generatedKeys;
    private final Pagination pagination;
    private final RowMove rowMove;
    private final boolean explainOnly;
    private final String forcedDataSource;
    private final List<String> logicalTables;

    RoutePlan(RouteKind kind, List<RouteUnit> units, MergePlan merge, boolean returnsRows, boolean scattered,
            GeneratedKeys generatedKeys, Pagination pagination, RowMove rowMove, boolean explainOnly,
            String forcedDataSource, List<String> logicalTables) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.units = List.copyOf(units);
        this.merge = Objects.requireNonNull(merge, "merge");
        this.returnsRows = returnsRows;
        this.scattered = scattered;
        this.generatedKeys = generatedKeys;
        this.pagination = pagination;
        this.rowMove = rowMove;
        this.explainOnly = explainOnly;
        this.forcedDataSource = forcedDataSource;
        this.logicalTables = List.copyOf(logicalTables);
    }

    /** A plan that runs the units and concatenates whatever they return. */
    static RoutePlan simple(RouteKind kind, List<RouteUnit> units, boolean returnsRows, boolean scattered,
            String forcedDataSource, List<String> logicalTables) {
        return new RoutePlan(kind, units, MergePlan.CONCATENATE, returnsRows, scattered, null, null, null, false,
                forcedDataSource, logicalTables);
    }

    public RouteKind kind() {
        return kind;
    }

    /** The physical statements, in data node order; empty only for {@link RouteKind#SESSION}. */
    public List<RouteUnit> units() {
        return units;
    }

    /** How the units' rows become one result ({@link MergePlan#CONCATENATE} when there is nothing to merge). */
    public MergePlan merge() {
        return merge;
    }

    /** Whether the units return rows (queries, and DML with RETURNING). */
    public boolean returnsRows() {
        return returnsRows;
    }

    /** Whether a sharded table was read or written on all its nodes because no sharding value narrowed it. */
    public boolean scattered() {
        return scattered;
    }

    public Optional<GeneratedKeys> generatedKeys() {
        return Optional.ofNullable(generatedKeys);
    }

    public Optional<Pagination> pagination() {
        return Optional.ofNullable(pagination);
    }

    /** The multi-step execution of an UPDATE that changes a sharding key across nodes; run it instead of the units. */
    public Optional<RowMove> rowMove() {
        return Optional.ofNullable(rowMove);
    }

    /** Whether this is the plan of {@code EXPLAIN ROUTE <statement>}: nothing is to run. */
    public boolean explainOnly() {
        return explainOnly;
    }

    /** The data source a hint forced, if any. */
    public Optional<String> forcedDataSource() {
        return Optional.ofNullable(forcedDataSource);
    }

    /** The logical tables the statement names, in order of first appearance. */
    public List<String> logicalTables() {
        return logicalTables;
    }

    /** The data sources the units run on, in unit order, without duplicates. */
    public List<String> dataSources() {
        List<String> out = new ArrayList<>();
        for (RouteUnit u : units) {
            if (!out.contains(u.dataSource())) {
                out.add(u.dataSource());
            }
        }
        return out;
    }

    /** Every data node the units touch, in unit order. */
    public List<DataNode> nodes() {
        List<DataNode> out = new ArrayList<>();
        for (RouteUnit u : units) {
            for (DataNode n : u.nodes()) {
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    RoutePlan asExplainOnly() {
        return new RoutePlan(kind, units, merge, returnsRows, scattered, generatedKeys, pagination, rowMove, true,
                forcedDataSource, logicalTables);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RoutePlan[").append(kind);
        if (explainOnly) {
            sb.append(", explain only");
        }
        if (scattered) {
            sb.append(", scattered");
        }
        if (forcedDataSource != null) {
            sb.append(", forced to ").append(forcedDataSource);
        }
        sb.append(", units=").append(units.size());
        for (RouteUnit u : units) {
            sb.append("\n  ").append(u.dataSource()).append(' ').append(u.nodes());
            if (!u.extraParameters().isEmpty()) {
                sb.append(' ').append(u.extraParameters());
            }
        }
        if (merge != MergePlan.CONCATENATE) {
            sb.append("\n  merge: ").append(merge);
        }
        if (rowMove != null) {
            sb.append("\n  ").append(rowMove.describe());
        }
        return sb.append(']').toString();
    }
}
