package io.retort.events.testing;

import io.retort.events.ConnectionInfo;
import io.retort.events.CursorEvent;
import io.retort.events.ErrorEvent;
import io.retort.events.ExecutionKind;
import io.retort.events.ModelSource;
import io.retort.events.Outcome;
import io.retort.events.Parameters;
import io.retort.events.PlanInfo;
import io.retort.events.PoolEvent;
import io.retort.events.RouteEvent;
import io.retort.events.RouteTarget;
import io.retort.events.StatementEvent;
import io.retort.events.TransactionEvent;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Builders for events, so listener authors can test their listeners without a driver or database.
 *
 * <pre>{@code
 * StatementEvent e = TestEvents.statement("select * from orders where id = ?")
 *         .parameters(42)
 *         .model(Sql.select(Sql.star()).from(Sql.table("orders")).where(Sql.column("id").eq(Sql.param(1))))
 *         .build();
 * myListener.beforeExecute(e);
 * myListener.afterCursorExecute(TestEvents.cursor(e, "ds0"), TestEvents.success(250_000, 1));
 * }</pre>
 */
public final class TestEvents {

    private static final AtomicInteger NEXT_CONNECTION = new AtomicInteger(1);

    private TestEvents() {}

    /** A connection to an in-memory H2 database, as the application would see it. */
    public static ConnectionInfo connection() {
        return connection(SqlDialect.H2);
    }

    /** A connection whose application writes {@code dialect}. */
    public static ConnectionInfo connection(SqlDialect dialect) {
        return new ConnectionInfo(NEXT_CONNECTION.getAndIncrement(), "jdbc:retort:" + dialect.configName() + ":test",
                dialect);
    }

    /** Starts a statement event for {@code sql}. */
    public static StatementBuilder statement(String sql) {
        return new StatementBuilder(sql);
    }

    /** The cursor event of {@code statement} running as written on {@code dataSource}. */
    public static CursorEvent cursor(StatementEvent statement, String dataSource) {
        return new CursorEvent(statement, dataSource, statement.sql(), statement.parameters());
    }

    /** A cursor event of {@code statement} running {@code physicalSql} with these parameters on {@code dataSource}. */
    public static CursorEvent cursor(StatementEvent statement, String dataSource, String physicalSql, Object... parameters) {
        return new CursorEvent(statement, dataSource, physicalSql, Parameters.of(parameters));
    }

    /** A success after {@code elapsedNanos} with this row count (-1 for a result set). */
    public static Outcome success(long elapsedNanos, long rowCount) {
        return new Outcome(elapsedNanos, rowCount, null);
    }

    /** A failure after {@code elapsedNanos}. */
    public static Outcome failure(long elapsedNanos, SQLException error) {
        return new Outcome(elapsedNanos, -1, Objects.requireNonNull(error, "error"));
    }

    /** A route of {@code statement} to these data sources (no physical table names), not a broadcast. */
    public static RouteEvent route(StatementEvent statement, String... dataSources) {
        List<RouteTarget> targets = new ArrayList<>();
        for (String ds : dataSources) {
            targets.add(new RouteTarget(ds, List.of()));
        }
        return new RouteEvent(statement, targets, false);
    }

    /** A transaction step on a fresh connection, having touched these data sources. */
    public static TransactionEvent transaction(TransactionEvent.Kind kind, String... dataSources) {
        return new TransactionEvent(connection(), kind, null, List.of(dataSources));
    }

    /** A savepoint step ({@code SAVEPOINT}, {@code RELEASE_SAVEPOINT}, {@code ROLLBACK_TO_SAVEPOINT}). */
    public static TransactionEvent savepoint(TransactionEvent.Kind kind, String savepoint, String... dataSources) {
        return new TransactionEvent(connection(), kind, savepoint, List.of(dataSources));
    }

    /** A pool event for {@code dataSource} on a fresh connection. */
    public static PoolEvent pool(String dataSource) {
        return new PoolEvent(connection(), dataSource);
    }

    /** An error event for {@code sql} failing on {@code dataSource} (either may be null). */
    public static ErrorEvent error(String sql, String dataSource, SQLException exception) {
        return new ErrorEvent(connection(), sql, dataSource, exception);
    }

    /**
     * Builds a {@link StatementEvent}. Its model source counts how often the model was asked for
     * ({@link #modelRequests()}), so a test can check that an observer declaring
     * {@code needsModel() == false} never parses.
     */
    public static final class StatementBuilder {

        private final String sql;
        private ConnectionInfo connection;
        private ExecutionKind kind = ExecutionKind.EXECUTE;
        private Parameters parameters = Parameters.NONE;
        private final List<Parameters> batch = new ArrayList<>();
        private Supplier<? extends Statement> model;
        private PlanInfo planInfo;
        private CountingModelSource source;

        private StatementBuilder(String sql) {
            this.sql = Objects.requireNonNull(sql, "sql");
        }

        public StatementBuilder connection(ConnectionInfo connection) {
            this.connection = connection;
            return this;
        }

        /** The connection's dialect (a fresh connection). */
        public StatementBuilder dialect(SqlDialect dialect) {
            this.connection = TestEvents.connection(dialect);
            return this;
        }

        public StatementBuilder kind(ExecutionKind kind) {
            this.kind = kind;
            return this;
        }

        /** The bound values, parameter 1 first. */
        public StatementBuilder parameters(Object... values) {
            this.parameters = Parameters.of(values);
            return this;
        }

        /** Adds one batch row; the event's {@link StatementEvent#parameters()} become the last row's. */
        public StatementBuilder batchRow(Object... values) {
            Parameters row = Parameters.of(values);
            batch.add(row);
            this.parameters = row;
            this.kind = ExecutionKind.BATCH;
            return this;
        }

        /** The parsed statement. */
        public StatementBuilder model(Statement model) {
            Objects.requireNonNull(model, "model");
            this.model = () -> model;
            return this;
        }

        /** The parsed statement, made on first request (like the driver's lazy parse). */
        public StatementBuilder model(Supplier<? extends Statement> model) {
            this.model = Objects.requireNonNull(model, "model");
            return this;
        }

        /**
         * A fixed plan info. Without it, the plan info is {@link PlanInfo#NOT_PARSED} until the model
         * is asked for, and {@code GENERATED} afterwards, as on a plan-cache miss.
         */
        public StatementBuilder planInfo(PlanInfo planInfo) {
            this.planInfo = planInfo;
            return this;
        }

        /** The plan came from the cache, made {@code ageNanos} ago. */
        public StatementBuilder cached(long ageNanos) {
            return planInfo(new PlanInfo(PlanInfo.Status.CACHED, 50_000, System.nanoTime() - ageNanos));
        }

        /** The plan was made for this execution, parsing took {@code parseNanos}. */
        public StatementBuilder generated(long parseNanos) {
            return planInfo(new PlanInfo(PlanInfo.Status.GENERATED, parseNanos, System.nanoTime()));
        }

        public StatementEvent build() {
            source = new CountingModelSource(sql, model, planInfo);
            return new StatementEvent(connection != null ? connection : TestEvents.connection(), sql, kind, parameters,
                    batch, source);
        }

        /** How often the model of the last built event was asked for. */
        public int modelRequests() {
            if (source == null) {
                throw new IllegalStateException("build() the event first");
            }
            return source.requests.get();
        }
    }

    private static final class CountingModelSource implements ModelSource {

        final AtomicInteger requests = new AtomicInteger();
        private final String sql;
        private final Supplier<? extends Statement> model;
        private final PlanInfo fixed;
        private volatile Statement made;
        private volatile PlanInfo planInfo;

        CountingModelSource(String sql, Supplier<? extends Statement> model, PlanInfo fixed) {
            this.sql = sql;
            this.model = model;
            this.fixed = fixed;
            this.planInfo = fixed != null ? fixed : PlanInfo.NOT_PARSED;
        }

        @Override
        public Statement model() {
            requests.incrementAndGet();
            if (model == null) {
                throw new IllegalStateException("TestEvents.statement(\"" + sql + "\") has no model: give one with .model(...)");
            }
            Statement m = made;
            if (m == null) {
                long start = System.nanoTime();
                m = Objects.requireNonNull(model.get(), "the model supplier returned null");
                made = m;
                if (fixed == null) {
                    planInfo = new PlanInfo(PlanInfo.Status.GENERATED, System.nanoTime() - start, System.nanoTime());
                }
            }
            return m;
        }

        @Override
        public PlanInfo planInfo() {
            return planInfo;
        }
    }
}
