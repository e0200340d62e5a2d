package io.retort.jdbc;

import io.retort.dialect.RenderedSql;
import io.retort.events.ErrorEvent;
import io.retort.events.ExecutionKind;
import io.retort.events.Listeners;
import io.retort.events.Outcome;
import io.retort.events.RouteEvent;
import io.retort.events.RouteTarget;
import io.retort.events.StatementEvent;
import io.retort.sharding.DataNode;
import io.retort.sharding.merge.DeepPageQuery;
import io.retort.sharding.merge.DeepPagination;
import io.retort.sharding.merge.MergePlan;
import io.retort.sharding.route.GeneratedKeys;
import io.retort.sharding.route.RouteKind;
import io.retort.sharding.route.RoutePlan;
import io.retort.sharding.route.RouteTemplate;
import io.retort.sharding.route.RouteUnit;
import io.retort.sql.Explain;
import io.retort.sql.Statement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One execution of a statement on a sharded connection: parse (cached), let transformers change the
 * model, route it, tell observers where it goes, run its units ({@link ShardedUnits}), merge what
 * comes back, and report. Results hold their connections until they are closed (in auto-commit);
 * everything else is released before this returns.
 */
final class ShardedExecution {

    private static final Logger LOG = LoggerFactory.getLogger(ShardedExecution.class);

    /** What an execution produced: rows, or an update count; and keys Retort or the databases generated. */
    /**
     * What an execution produced: rows, or an update count; keys Retort or the databases generated;
     * and, for rows read straight from one shard, what to release once they are closed.
     */
    record Result(ResultSet rows, long updateCount, ResultSet generatedKeys, AutoCloseable release) {
        Result(ResultSet rows, long updateCount, ResultSet generatedKeys) {
            this(rows, updateCount, generatedKeys, null);
        }
    }

    private ShardedExecution() {}

    /** How an execution finds its statement's plan and route template (a prepared statement keeps its own). */
    interface Shapes {
        Plan plan(String sql);

        RouteTemplate template(Statement model);
    }

    static Result run(ShardedConnection connection, SessionStatements session, String sql, ParameterBuffer parameters,
            ExecutionKind kind, ShardedUnits.Settings settings, Shapes shapes, java.util.function.Consumer<Cancellable> started)
            throws SQLException {
        ShardedRuntime runtime = connection.runtime;
        Listeners listeners = runtime.listeners;
        Plan plan = shapes.plan(sql);
        // No listener, no event: nothing would read it.
        StatementEvent event = listeners.isEmpty() ? null
                : new StatementEvent(connection.info, sql, kind, parameters.view(), List.of(), new PlanSource(plan));
        long start = System.nanoTime();
        ShardedLease lease = null;
        ShardedUnits units = null;
        RoutePlan route = null;
        try {
            Statement model = listeners.transformsStatements() ? listeners.transform(event, plan.model) : plan.model;
            if (listeners.observesStatements()) {
                listeners.beforeExecute(event);
            }
            try {
                route = shapes.template(model).route(parameters.asList(), ShardHint.routeHint());
            } catch (SQLFeatureNotSupportedException refused) {
                // sharding.federation: true: Calcite runs (or explains) the query the router refused
                Result federated;
                if (model instanceof Explain e && e.options().contains("ROUTE") && FederatedQueries.applies(runtime, e.statement())) {
                    federated = new Result(FederatedQueries.explain(connection, e.statement(), refused), -1, null);
                } else if (FederatedQueries.applies(runtime, model)) {
                    federated = FederatedQueries.run(connection, model, parameters.asList(), settings, started, refused);
                } else if (FederatedInserts.applies(runtime, model)) {
                    federated = FederatedInserts.run(connection, (io.retort.sql.Insert) model, parameters.asList());
                } else {
                    throw refused;
                }
                if (listeners.observesStatements()) {
                    listeners.afterExecute(event, new Outcome(System.nanoTime() - start,
                            federated.rows() != null ? -1 : federated.updateCount(), null));
                }
                return federated;
            }
            if (listeners.observesStatements()) {
                listeners.afterRoute(routeEvent(event, route));
            }
            Result result;
            if (route.explainOnly()) {
                result = new Result(explain(runtime, route, parameters), -1, null);
            } else if (route.kind() == RouteKind.SESSION) {
                session.apply(model, sql);
                result = new Result(null, 0, null);
            } else {
                lease = connection.lease();
                if (route.rowMove().isPresent() || (route.kind() != RouteKind.QUERY && route.dataSources().size() > 1)) {
                    lease.atomic(route.kind() == RouteKind.DDL); // one statement, several databases: all or none
                } else if (route.kind() == RouteKind.QUERY && settings.fetchSize() > 0) {
                    lease.streaming();
                }
                units = new ShardedUnits(runtime, lease, parameters, event, settings);
                started.accept(units);
                result = execute(runtime, route, lease, units, settings);
                if (result.rows() == null) {
                    lease.commitIfAtomic();
                    release(units, lease);
                }
            }
            if (listeners.observesStatements()) {
                listeners.afterExecute(event, new Outcome(System.nanoTime() - start, result.rows() != null ? -1 : result.updateCount(), null));
            }
            return result;
        } catch (SQLException e) {
            SQLException shown = listeners.handlesErrors() ? listeners.handleError(new ErrorEvent(connection.info, sql, null, e)) : e;
            try {
                release(units, lease);
            } catch (SQLException cleanup) {
                shown.addSuppressed(cleanup);
            }
            if (listeners.observesStatements()) {
                try {
                    listeners.afterExecute(event, new Outcome(System.nanoTime() - start, -1, shown));
                } catch (SQLException listenerFailure) {
                    shown.addSuppressed(listenerFailure);
                }
            }
            throw shown;
        } finally {
            if (changesTables(route)) {
                runtime.schemaChanged();
            }
        }
    }

    /** Whether a statement may have changed tables: DDL, or a statement Retort could not parse. */
    private static boolean changesTables(RoutePlan route) {
        return route != null && (route.kind() == RouteKind.DDL || route.kind() == RouteKind.OTHER);
    }

    private static Result execute(ShardedRuntime runtime, RoutePlan route, ShardedLease lease, ShardedUnits units,
            ShardedUnits.Settings settings) throws SQLException {
        if (route.rowMove().isPresent()) {
            return new Result(null, route.rowMove().get().execute(units), null);
        }
        if (route.returnsRows()) {
            List<RouteUnit> list = route.units();
            AutoCloseable onClose = () -> release(units, lease);
            if (list.size() == 1 && route.merge() == MergePlan.CONCATENATE && route.kind() == RouteKind.QUERY) {
                // One shard and nothing to merge: its rows as they come, released when they are closed.
                return new Result(units.query(list).get(0), -1, null, onClose);
            }
            List<String> names = names(list);
            ResultSet rows = list.size() > 1 && route.kind() == RouteKind.QUERY
                    ? new DeepPagination(runtime.merger).execute(new DeepPageQuery(list, route.merge()), units, names, onClose)
                    : merge(runtime, route, units.query(list), names, onClose);
            if (route.kind() != RouteKind.QUERY) {
                lease.commitIfAtomic(); // DML ... RETURNING: its rows are read; the write commits now
            }
            return new Result(rows, -1, null);
        }
        long[] counts = units.update(route.units());
        units.schemaChanged();
        long total = 0;
        if (writesCopies(runtime, route)) {
            total = copiesCount(route, counts);
        } else {
            for (long c : counts) {
                total += Math.max(c, 0);
            }
        }
        ResultSet keys = null;
        if (route.generatedKeys().isPresent()) {
            keys = retortKeys(route.generatedKeys().get());
        } else if (settings.generatedKeys()) {
            keys = databaseKeys(units.opened());
        }
        return new Result(null, total, keys);
    }

    /**
     * Whether the statement writes a broadcast table on several data sources: each unit writes a
     * copy of the same rows, so the application sees one copy's rows and row count, as it would on
     * one database (four copies of one updated row are one updated row).
     */
    private static boolean writesCopies(ShardedRuntime runtime, RoutePlan route) {
        return route.kind() == RouteKind.DML && !route.logicalTables().isEmpty()
                && runtime.rule.isBroadcast(route.logicalTables().get(0)) && route.dataSources().size() > 1;
    }

    /** The row count of a broadcast write: the first copy's; copies that disagree are logged (they have diverged). */
    private static long copiesCount(RoutePlan route, long[] counts) {
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] != counts[0]) {
                LOG.warn("the copies of broadcast table {} differ: the same statement changed {} rows on {} and {} on {};"
                        + " the table's data sources no longer hold the same rows", route.logicalTables().get(0), counts[0],
                        route.units().get(0).dataSource(), counts[i], route.units().get(i).dataSource());
                break;
            }
        }
        return Math.max(counts[0], 0);
    }

    /** Merges the units' rows; a broadcast write's RETURNING rows come from its first copy only. */
    private static ResultSet merge(ShardedRuntime runtime, RoutePlan route, List<ResultSet> results, List<String> names,
            AutoCloseable onClose) throws SQLException {
        if (results.size() > 1 && writesCopies(runtime, route)) {
            for (ResultSet other : results.subList(1, results.size())) {
                other.close();
            }
            return runtime.merger.merge(results.subList(0, 1), route.merge(), names.subList(0, 1), onClose);
        }
        return runtime.merger.merge(results, route.merge(), names, onClose);
    }

    private static void release(ShardedUnits units, ShardedLease lease) throws SQLException {
        SQLException failure = null;
        if (units != null) {
            try {
                units.closeStatements();
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (lease != null) {
            try {
                lease.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static List<String> names(List<RouteUnit> units) {
        List<String> names = new ArrayList<>(units.size());
        for (RouteUnit u : units) {
            names.add(u.nodes().isEmpty() ? u.dataSource() : u.nodes().get(0).toString());
        }
        return names;
    }

    private static RouteEvent routeEvent(StatementEvent event, RoutePlan route) {
        List<RouteTarget> targets = new ArrayList<>(route.units().size());
        for (RouteUnit u : route.units()) {
            List<String> tables = new ArrayList<>(u.nodes().size());
            for (DataNode n : u.nodes()) {
                tables.add(n.table());
            }
            targets.add(new RouteTarget(u.dataSource(), tables));
        }
        return new RouteEvent(event, targets, route.scattered());
    }

    /** EXPLAIN ROUTE: one row per physical statement, rendered for its data source; nothing runs. */
    private static ResultSet explain(ShardedRuntime runtime, RoutePlan route, ParameterBuffer parameters) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        for (RouteUnit u : route.units()) {
            RenderedSql rendered = RenderCache.render(u.statement(), runtime.appDialect, runtime.dialect(u.dataSource()));
            rows.add(List.of(u.dataSource(), rendered.sql(), ExplainRoute.parameters(rendered, u, parameters)));
        }
        return ExplainRoute.result(rows);
    }

    private static ResultSet retortKeys(GeneratedKeys keys) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        int type = Types.BIGINT;
        for (Object v : keys.values()) {
            rows.add(java.util.Collections.singletonList(v));
            if (!(v instanceof Long)) {
                type = Types.OTHER;
            }
        }
        return InMemoryResults.of(List.of(InMemoryResults.type(keys.column(), type)), rows);
    }

    /** Keys the databases generated, read from each physical statement and put together. */
    private static ResultSet databaseKeys(List<PreparedStatement> statements) throws SQLException {
        List<InMemoryResults.Column> columns = null;
        List<List<Object>> rows = new ArrayList<>();
        for (PreparedStatement ps : statements) {
            try (ResultSet rs = ps.getGeneratedKeys()) {
                if (rs == null) {
                    continue;
                }
                ResultSetMetaData md = rs.getMetaData();
                if (columns == null) {
                    columns = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        columns.add(InMemoryResults.type(md.getColumnLabel(i), md.getColumnType(i)));
                    }
                }
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        return columns == null ? null : InMemoryResults.of(columns, rows);
    }
}
