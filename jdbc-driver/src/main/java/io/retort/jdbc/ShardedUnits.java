package io.retort.jdbc;

import io.retort.dialect.RenderedSql;
import io.retort.events.CursorEvent;
import io.retort.events.Listeners;
import io.retort.events.Outcome;
import io.retort.events.Parameters;
import io.retort.events.SqlExceptions;
import io.retort.events.StatementEvent;
import io.retort.sharding.exec.UnitExecutor;
import io.retort.sharding.route.RouteUnit;
import io.retort.sql.Parameter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs route units on the real databases for one execution of a sharded statement: each unit is
 * rendered for its data source's dialect (cached), prepared on the lease's connection to that data
 * source, bound (the application's parameters by index, Retort's {@code retort_}-named ones from
 * the unit or from a listener) and run. Units on different data sources run in parallel on virtual
 * threads (at most {@code connections.parallelism} data sources at once, the calling thread
 * included); units on the same data source run one after another on its connection. When one fails,
 * the others are cancelled and the exception names the data source.
 */
final class ShardedUnits implements UnitExecutor, Cancellable {

    /** What a statement asks of every physical statement it runs. */
    record Settings(int fetchSize, int queryTimeout, boolean generatedKeys) {}

    private final ShardedRuntime runtime;
    private final ShardedLease lease;
    private final ParameterBuffer parameters;
    private final StatementEvent event;
    private final Settings settings;
    /** The schemas of the data sources whose DDL this execution renders. */
    private final List<TranslationSchema> ddl = new ArrayList<>(0);
    /** Every real statement this execution opened (with its data source), closed when its results are. */
    private final List<Opened> opened = new ArrayList<>();
    private volatile boolean cancelled;

    ShardedUnits(ShardedRuntime runtime, ShardedLease lease, ParameterBuffer parameters, StatementEvent event, Settings settings) {
        this.runtime = runtime;
        this.lease = lease;
        this.parameters = parameters;
        this.event = event;
        this.settings = settings;
    }

    @Override
    public List<ResultSet> query(List<RouteUnit> units) throws SQLException {
        return run(units, (ps, cursor) -> timed(cursor, ps::executeQuery, rs -> -1L));
    }

    @Override
    public long[] update(List<RouteUnit> units) throws SQLException {
        List<Long> counts = run(units, (ps, cursor) -> timed(cursor, ps::executeLargeUpdate, c -> c));
        long[] out = new long[counts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = counts.get(i);
        }
        return out;
    }

    private record Opened(String dataSource, PreparedStatement statement) {}

    /** The real statements opened, for getGeneratedKeys and for cancelling. */
    List<PreparedStatement> opened() {
        synchronized (opened) {
            List<PreparedStatement> out = new ArrayList<>(opened.size());
            opened.forEach(o -> out.add(o.statement()));
            return out;
        }
    }

    /** Closes every real statement this execution opened (a held connection's cached ones stay open for reuse). */
    void closeStatements() throws SQLException {
        Opened[] all;
        synchronized (opened) {
            all = opened.toArray(new Opened[0]);
            opened.clear();
        }
        SQLException failure = null;
        for (Opened o : all) {
            try {
                lease.done(o.dataSource(), o.statement());
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @FunctionalInterface
    private interface UnitCall<T> {
        T run(PreparedStatement ps, CursorEvent cursor) throws SQLException;
    }

    @FunctionalInterface
    private interface Execute<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface Rows<T> {
        long of(T result) throws SQLException;
    }

    private <T> List<T> run(List<RouteUnit> units, UnitCall<T> call) throws SQLException {
        if (units.size() == 1) {
            return runOne(units, call);
        }
        Map<String, List<Integer>> byDataSource = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            byDataSource.computeIfAbsent(units.get(i).dataSource(), k -> new ArrayList<>()).add(i);
        }
        Map<String, Connection> connections = new LinkedHashMap<>();
        for (String ds : byDataSource.keySet()) {
            connections.put(ds, lease.connection(ds)); // before fanning out: the lease is not thread-safe
        }
        // Every unit is rendered before any runs: a unit its database cannot express fails the
        // execution before another data source has written anything.
        RenderedSql[] rendered = new RenderedSql[units.size()];
        for (int i = 0; i < units.size(); i++) {
            String ds = units.get(i).dataSource();
            rendered[i] = render(units.get(i), ds, connections.get(ds));
        }
        List<T> results = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            results.add(null);
        }
        if (byDataSource.size() == 1) {
            String ds = byDataSource.keySet().iterator().next();
            runOn(ds, connections.get(ds), units, rendered, byDataSource.get(ds), call, results);
            return results;
        }
        // The first unit to fail (in time, not in unit order) cancels the others from its own thread,
        // so the application hears of it without waiting for slower shards to finish.
        AtomicReference<Throwable> first = new AtomicReference<>();
        List<Future<?>> running = new ArrayList<>();
        List<Map.Entry<String, List<Integer>>> groups = new ArrayList<>(byDataSource.entrySet());
        // At most `parallelism` data sources at once (0: all): each worker takes the next data source
        // until none is left. The calling thread is one of them: one hand-off fewer.
        int limit = runtime.config.connections().parallelism();
        int workers = limit == 0 ? groups.size() : Math.min(limit, groups.size());
        AtomicInteger next = new AtomicInteger();
        for (int w = 1; w < workers; w++) {
            running.add(runtime.threads.submit(() -> {
                runGroups(groups, next, connections, units, rendered, call, results, first);
                return null;
            }));
        }
        List<Throwable> others = new ArrayList<>();
        try {
            runGroups(groups, next, connections, units, rendered, call, results, first);
        } catch (SQLException | RuntimeException | Error failure) {
            if (failure != first.get()) {
                others.add(failure); // the first failure is reported below, after every other unit is done
            }
        }
        boolean interrupted = false;
        for (Future<?> f : running) {
            // Wait for every unit, also after a failure: their connections go back to the pools only then.
            while (true) {
                try {
                    f.get();
                    break;
                } catch (ExecutionException e) {
                    if (e.getCause() != first.get()) {
                        others.add(e.getCause());
                    }
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancelAll();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            SQLException stopped = new SQLException("interrupted while waiting for the shards; their statements were"
                    + " cancelled", "HY008");
            if (first.get() != null) {
                stopped.addSuppressed(first.get());
            }
            throw stopped;
        }
        Throwable cause = first.get();
        if (cause == null) {
            return results;
        }
        SQLException failure = cause instanceof SQLException s ? s
                : SqlExceptions.of("a shard failed: " + cause, "HY000", 0, cause);
        others.forEach(failure::addSuppressed);
        throw failure;
    }

    /** One unit (the usual case: a statement routed by its key): no grouping, no threads. */
    private <T> List<T> runOne(List<RouteUnit> units, UnitCall<T> call) throws SQLException {
        String ds = units.get(0).dataSource();
        Connection connection = lease.connection(ds);
        RenderedSql[] rendered = {render(units.get(0), ds, connection)};
        List<T> results = new ArrayList<>(1);
        results.add(null);
        runOn(ds, connection, units, rendered, ONLY_UNIT, call, results);
        return results;
    }

    private static final List<Integer> ONLY_UNIT = List.of(0);

    /**
     * A unit's SQL for its data source: the application's dialect translated with what that database's
     * schema says of the unit's tables (read through the unit's own connection, once per table).
     */
    private RenderedSql render(RouteUnit unit, String ds, Connection connection) throws SQLException {
        try {
            io.retort.dialect.Dialect target = runtime.dialect(ds);
            TranslationSchema schema = target.family() == runtime.appDialect ? null
                    : TranslationSchema.of(runtime.schema(ds), connection);
            RenderedSql sql = RenderCache.render(unit.statement(), runtime.appDialect, target, schema);
            if (schema != null && TranslationSchema.changesSchema(unit.statement())) {
                ddl.add(schema);
            }
            return sql;
        } catch (SQLException e) {
            throw SqlExceptions.of("data source " + ds + ": " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        }
    }

    /** DDL ran: the schema caches of the data sources it changed forget what they read. */
    void schemaChanged() {
        for (TranslationSchema schema : ddl) {
            schema.database.invalidate();
        }
    }

    /** A worker: runs the next data source's units until none is left or the execution was cancelled. */
    private <T> void runGroups(List<Map.Entry<String, List<Integer>>> groups, AtomicInteger next,
            Map<String, Connection> connections, List<RouteUnit> units, RenderedSql[] rendered, UnitCall<T> call,
            List<T> results, AtomicReference<Throwable> first) throws SQLException {
        for (int g = next.getAndIncrement(); g < groups.size() && !cancelled; g = next.getAndIncrement()) {
            runGroup(groups.get(g), connections, units, rendered, call, results, first);
        }
    }

    /** Runs one data source's units; the first failure of the execution cancels the others. */
    private <T> void runGroup(Map.Entry<String, List<Integer>> group, Map<String, Connection> connections, List<RouteUnit> units,
            RenderedSql[] rendered, UnitCall<T> call, List<T> results, AtomicReference<Throwable> first) throws SQLException {
        String ds = group.getKey();
        try {
            runOn(ds, connections.get(ds), units, rendered, group.getValue(), call, results);
        } catch (SQLException | RuntimeException | Error failure) {
            if (first.compareAndSet(null, failure)) {
                cancelAll();
            }
            throw failure;
        }
    }

    private <T> void runOn(String ds, Connection connection, List<RouteUnit> units, RenderedSql[] renderings,
            List<Integer> indexes, UnitCall<T> call, List<T> results) throws SQLException {
        for (int i : indexes) {
            RouteUnit unit = units.get(i);
            checkNotCancelled(ds);
            try {
                RenderedSql rendered = renderings[i];
                Parameters values = rendered.verbatim() ? null : values(rendered, unit);
                Listeners listeners = runtime.listeners;
                CursorEvent cursor = null; // only for listeners
                String sql = rendered.sql();
                if (listeners.observesStatements()) {
                    cursor = listeners.beforeCursorExecute(new CursorEvent(event, ds, sql, values != null ? values : parameters.view()));
                    sql = cursor.sql();
                }
                PreparedStatement ps = lease.prepare(ds, connection, sql, settings.generatedKeys());
                synchronized (opened) {
                    opened.add(new Opened(ds, ps));
                }
                if (settings.fetchSize() > 0) {
                    ps.setFetchSize(settings.fetchSize());
                }
                if (settings.queryTimeout() > 0) {
                    ps.setQueryTimeout(settings.queryTimeout());
                }
                if (values == null) {
                    for (int j = 1; j <= parameters.size(); j++) {
                        parameters.bind(j, ps, j);
                    }
                } else {
                    for (int j = 0; j < values.size(); j++) {
                        bind(ps, rendered, values, j);
                    }
                }
                checkNotCancelled(ds);
                T result = call.run(ps, cursor);
                synchronized (results) {
                    results.set(i, result);
                }
            } catch (SQLException e) {
                throw SqlExceptions.of("data source " + ds + ": " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
            }
        }
    }

    private <T> T timed(CursorEvent cursor, Execute<T> physical, Rows<T> rows) throws SQLException {
        if (cursor == null) {
            return physical.run(); // nobody listens
        }
        Listeners listeners = runtime.listeners;
        long start = System.nanoTime();
        T result;
        try {
            result = physical.run();
        } catch (SQLException e) {
            if (listeners.observesStatements()) {
                try {
                    listeners.afterCursorExecute(cursor, new Outcome(System.nanoTime() - start, -1, e));
                } catch (SQLException listenerFailure) {
                    e.addSuppressed(listenerFailure);
                }
            }
            throw e;
        }
        if (listeners.observesStatements()) {
            listeners.afterCursorExecute(cursor, new Outcome(System.nanoTime() - start, rows.of(result), null));
        }
        return result;
    }

    /** The values of a rendered (not verbatim) unit's physical parameters, in order (for events and binding). */
    private Parameters values(RenderedSql rendered, RouteUnit unit) throws SQLException {
        List<Parameter> bindings = rendered.bindings();
        Object[] values = new Object[bindings.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(bindings.get(i), unit);
        }
        return Parameters.of(values);
    }

    private Object value(Parameter p, RouteUnit unit) throws SQLException {
        if (Physical.isProvided(p)) {
            if (unit.extraParameters().containsKey(p.name())) {
                return unit.extraParameters().get(p.name());
            }
            Listeners listeners = runtime.listeners;
            if (event != null && listeners.providesParameter(p.name())) {
                return listeners.parameterValue(p.name(), event);
            }
            throw new SQLException("no value for parameter :" + p.name() + " (names starting with retort_ are reserved"
                    + " for values Retort adds)", "07001");
        }
        return parameters.value(p.index());
    }

    /** Binds physical parameter {@code j + 1}: Retort's own from the computed values, the application's by its setter. */
    private void bind(PreparedStatement ps, RenderedSql rendered, Parameters values, int j) throws SQLException {
        Parameter p = rendered.bindings().get(j);
        if (Physical.isProvided(p)) {
            ps.setObject(j + 1, values.get(j + 1));
        } else {
            parameters.bind(p.index(), ps, j + 1);
        }
    }

    /** Fails a unit about to start after another one failed (the cancel would have missed it). */
    private void checkNotCancelled(String ds) throws SQLException {
        if (cancelled) {
            throw new SQLException("data source " + ds + ": not run, the statement was cancelled", "57014");
        }
    }

    /** Cancels every physical statement of this execution that is running, and those not started yet (called from any thread). */
    @Override
    public void cancelAll() {
        cancelled = true;
        for (PreparedStatement ps : opened()) {
            try {
                ps.cancel();
            } catch (SQLException ignored) {
                // best effort: the failure that made us cancel is what the application sees
            }
        }
    }
}
