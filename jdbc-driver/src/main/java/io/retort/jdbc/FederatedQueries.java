package io.retort.jdbc;

import io.retort.dialect.Dialect;
import io.retort.dialect.RenderedSql;
import io.retort.sharding.federation.Federation;
import io.retort.sharding.federation.TableSource;
import io.retort.sql.Cast;
import io.retort.sql.CastSyntax;
import io.retort.sql.ColumnRef;
import io.retort.sql.Cte;
import io.retort.sql.DataType;
import io.retort.sql.Expression;
import io.retort.sql.FunctionCall;
import io.retort.sql.Identifier;
import io.retort.sql.Query;
import io.retort.sql.Select;
import io.retort.sql.SelectItem;
import io.retort.sql.Sql;
import io.retort.sql.SqlDialect;
import io.retort.sql.Star;
import io.retort.sql.Statement;
import io.retort.sql.TableRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * {@code sharding.federation: true}: a query the router refused runs in Calcite
 * ({@link Federation}), over scans of each table it reads. Each scan is a single-table query run
 * through this logical connection, so it is routed (a condition on the sharding key reaches only
 * its shards), seen by listeners, and part of the connection's transaction. An instance is one
 * Calcite plan with its scans, kept by the connection between executions ({@link FederatedStatements}).
 */
final class FederatedQueries implements TableSource, Cancellable {

    private final ShardedConnection connection;
    private final Dialect dialect;
    /** The Calcite plan this instance scans for; null for an instance that only reads columns. */
    private Federation.Prepared prepared;
    /** The scans running now (for cancel), and the query timeout of the current execution (for each scan). */
    private final Set<PreparedStatement> openScans = ConcurrentHashMap.newKeySet();
    private volatile int queryTimeout;

    private FederatedQueries(ShardedConnection connection) {
        this.connection = connection;
        this.dialect = Dialect.of(connection.runtime.appDialect);
    }

    /** The scans of {@code connection}: a {@link TableSource} over its tables. */
    static FederatedQueries scans(ShardedConnection connection) {
        return new FederatedQueries(connection);
    }

    /** Whether federation may take over a statement the router refused. */
    static boolean applies(ShardedRuntime runtime, Statement model) {
        return runtime.config.sharding().federation() && model instanceof Query;
    }

    /**
     * Runs {@code model} in Calcite, with a plan this connection kept or a new one; when Calcite cannot
     * plan it, the router's refusal is thrown, with Calcite's reason added. The statement's query
     * timeout applies to every scan and to Calcite; {@code started} gets what cancels them.
     */
    static ShardedExecution.Result run(ShardedConnection connection, Statement model, List<?> parameters,
            ShardedUnits.Settings settings, Consumer<Cancellable> started, SQLFeatureNotSupportedException refused)
            throws SQLException {
        SqlDialect app = connection.runtime.appDialect;
        RenderedSql rendered = forCalcite(model, app);
        List<Object> bound = inTextOrder(rendered, parameters);
        FederatedStatements.Key key = new FederatedStatements.Key(rendered.sql(), connection.runtime.schemaVersion());
        FederatedStatements cache = connection.federatedStatements();
        FederatedQueries plan = cache.take(key);
        if (plan == null) {
            plan = new FederatedQueries(connection);
            try {
                plan.prepared = Federation.prepare(rendered.sql(), app, tables(model), plan);
            } catch (SQLException e) {
                throw withRefusal(e, refused);
            }
        }
        started.accept(plan);
        ResultSet rows;
        try {
            plan.queryTimeout = settings.queryTimeout();
            rows = plan.prepared.execute(bound, settings.queryTimeout());
        } catch (SQLException e) {
            plan.close();
            throw e;
        }
        FederatedQueries done = plan;
        AutoCloseable giveBack = new AutoCloseable() {
            private boolean released;

            @Override
            public void close() throws SQLException {
                if (!released) {
                    released = true;
                    rows.close();
                    cache.giveBack(key, done);
                }
            }
        };
        return new ShardedExecution.Result(rows, -1, null, giveBack);
    }

    /** Cancels the scans running now and Calcite's execution (from any thread). */
    @Override
    public void cancelAll() {
        for (PreparedStatement scan : openScans) {
            try {
                scan.cancel();
            } catch (SQLException ignored) {
                // best effort: the cancelled scan reports to the thread that runs it
            }
        }
        Federation.Prepared p = prepared;
        if (p != null) {
            p.cancel();
        }
    }

    /** Closes this plan's Calcite connection. */
    void close() {
        Federation.Prepared p = prepared;
        if (p != null) {
            try {
                p.close();
            } catch (SQLException e) {
                // an in-memory Calcite connection: nothing of the databases' is held
            }
        }
    }

    /**
     * {@code EXPLAIN ROUTE} of a federated query: one row per line of Calcite's plan, data source
     * {@code (federation)}; the scans in it run through the router when the query runs.
     */
    static ResultSet explain(ShardedConnection connection, Statement model, SQLFeatureNotSupportedException refused)
            throws SQLException {
        SqlDialect app = connection.runtime.appDialect;
        List<String> plan;
        try {
            plan = Federation.explain(forCalcite(model, app).sql(), app, tables(model), new FederatedQueries(connection));
        } catch (SQLException e) {
            throw withRefusal(e, refused);
        }
        List<List<Object>> rows = new ArrayList<>(plan.size());
        for (String line : plan) {
            rows.add(List.of("(federation)", line, ""));
        }
        return ExplainRoute.result(rows);
    }

    /** The values of {@code rendered}'s markers, in text order, from the statement's parameters (parameter 1 first). */
    static List<Object> inTextOrder(RenderedSql rendered, List<?> parameters) throws SQLException {
        List<Object> bound = new ArrayList<>(rendered.parameterCount());
        for (int i = 1; i <= rendered.parameterCount(); i++) {
            int source = rendered.sourceIndex(i);
            if (source > parameters.size()) {
                throw new SQLException("parameter " + source + " is not set", "07001");
            }
            bound.add(parameters.get(source - 1));
        }
        return bound;
    }

    /** The statement as Calcite reads it, in the application's dialect (its latest version). */
    private static RenderedSql forCalcite(Statement model, SqlDialect app) throws SQLException {
        Statement adapted = app == SqlDialect.POSTGRESQL ? withPostgresLabels(postgresCasts(model)) : model;
        return Dialect.of(app, Dialect.latestVersion(app)).render(adapted);
    }

    /** Calcite's 0A000 joined to the router's refusal: the application sees why neither could run the query. */
    private static SQLException withRefusal(SQLException calcite, SQLFeatureNotSupportedException refused) {
        if (!"0A000".equals(calcite.getSQLState())) {
            return calcite;
        }
        SQLFeatureNotSupportedException both = new SQLFeatureNotSupportedException(refused.getMessage() + "; and "
                + calcite.getMessage(), "0A000", refused);
        both.addSuppressed(calcite);
        return both;
    }

    /**
     * Calcite labels an unnamed expression {@code EXPR$n}; PostgreSQL labels a function call by the
     * function's name and anything else but a column {@code ?column?}. The application gets PostgreSQL's.
     */
    static Statement withPostgresLabels(Statement model) {
        if (!(model instanceof Select select)) {
            return model;
        }
        List<SelectItem> items = new ArrayList<>(select.items().size());
        for (SelectItem item : select.items()) {
            Expression e = item.expression();
            if (item.alias() != null || e instanceof ColumnRef || e instanceof Star) {
                items.add(item);
            } else {
                String label = e instanceof FunctionCall f
                        ? f.name().parts().get(f.name().parts().size() - 1).text().toLowerCase(Locale.ROOT) : "?column?";
                items.add(new SelectItem(e, Identifier.quoted(label)));
            }
        }
        return new Select(select.with(), select.modifiers(), select.distinct(), select.distinctOn(), items, select.into(),
                select.from(), select.where(), select.groupBy(), select.withRollup(), select.having(), select.windows(),
                select.orderBy(), select.limit(), select.locks(), select.comments());
    }

    /** PostgreSQL's casts as Calcite reads them: {@code CAST(x AS t)} for {@code x::t}, {@code VARCHAR} for {@code text}. */
    private static Statement postgresCasts(Statement model) {
        return (Statement) model.transform(n -> {
            if (n instanceof Cast c && (c.syntax() == CastSyntax.DOUBLE_COLON || c.type().name().equalsIgnoreCase("text"))) {
                return new Cast(c.operand(), c.type().name().equalsIgnoreCase("text") ? DataType.of("VARCHAR") : c.type(),
                        CastSyntax.CAST);
            }
            return n;
        });
    }

    /** The tables a query reads (CTE names excluded), each once, in order of first appearance. */
    static List<List<String>> tables(Statement model) {
        List<Identifier> ctes = new ArrayList<>();
        for (Cte c : model.findAll(Cte.class)) {
            ctes.add(c.name());
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (TableRef t : model.findAll(TableRef.class)) {
            List<Identifier> parts = t.name().parts();
            if (parts.size() == 1 && ctes.stream().anyMatch(c -> c.matches(parts.get(0)))) {
                continue;
            }
            List<String> name = parts.stream().map(Identifier::text).toList();
            out.putIfAbsent(String.join(".", name).toLowerCase(Locale.ROOT), name);
        }
        return List.copyOf(out.values());
    }

    /** The columns of a table, read once per table and schema version (DDL through Retort reads them again). */
    @Override
    public List<Column> columns(List<String> table) throws SQLException {
        ShardedRuntime runtime = connection.runtime;
        long version = runtime.schemaVersion();
        String key = String.join(".", table).toLowerCase(Locale.ROOT);
        ShardedRuntime.Columns known = runtime.federatedColumns.get(key);
        if (known != null && known.schemaVersion() == version) {
            return known.columns();
        }
        List<Column> columns = readColumns(table);
        runtime.federatedColumns.put(key, new ShardedRuntime.Columns(version, columns));
        return columns;
    }

    private List<Column> readColumns(List<String> table) throws SQLException {
        Select probe = Sql.select(Sql.star()).from(table(table)).where(Sql.number(1).eq(Sql.number(0)));
        try (PreparedStatement ps = connection.prepareStatement(dialect.render(probe).sql());
                ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            List<Column> columns = new ArrayList<>(md.getColumnCount());
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(new Column(md.getColumnName(i), md.getColumnType(i), md.getPrecision(i), md.getScale(i),
                        md.isNullable(i) != ResultSetMetaData.columnNoNulls));
            }
            return columns;
        }
    }

    @Override
    public Rows scan(List<String> table, List<String> columns, List<Condition> conditions) throws SQLException {
        List<Expression> selected = new ArrayList<>(columns.size());
        for (String c : columns) {
            selected.add(Sql.column(c));
        }
        Select scan = Sql.select(selected.isEmpty() ? new Expression[] {Sql.number(1)} : selected.toArray(Expression[]::new))
                .from(table(table));
        List<Object> values = new ArrayList<>();
        Expression where = null;
        for (Condition c : conditions) {
            Expression e = condition(c, values);
            where = where == null ? e : where.and(e);
        }
        if (where != null) {
            scan = scan.where(where);
        }
        PreparedStatement ps = connection.prepareStatement(dialect.render(scan).sql());
        ResultSet rs;
        openScans.add(ps);
        try {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            if (queryTimeout > 0) {
                ps.setQueryTimeout(queryTimeout);
            }
            rs = ps.executeQuery();
        } catch (SQLException e) {
            openScans.remove(ps);
            ps.close();
            throw e;
        }
        int width = columns.size();
        return new Rows() {
            @Override
            public Object[] next() throws SQLException {
                if (!rs.next()) {
                    return null;
                }
                Object[] row = new Object[width];
                for (int i = 0; i < width; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                return row;
            }

            @Override
            public void close() throws SQLException {
                openScans.remove(ps);
                try {
                    rs.close();
                } finally {
                    ps.close();
                }
            }
        };
    }

    private static Expression condition(Condition c, List<Object> values) {
        Expression column = Sql.column(c.column());
        if (c.operator().equals("IN")) {
            List<?> list = (List<?>) c.value();
            Object[] params = new Object[list.size()];
            for (int i = 0; i < params.length; i++) {
                values.add(list.get(i));
                params[i] = Sql.param(values.size());
            }
            return column.in(params);
        }
        values.add(c.value());
        Expression p = Sql.param(values.size());
        return switch (c.operator()) {
            case "=" -> column.eq(p);
            case "<>" -> column.ne(p);
            case "<" -> column.lt(p);
            case "<=" -> column.le(p);
            case ">" -> column.gt(p);
            case ">=" -> column.ge(p);
            default -> throw new IllegalArgumentException("operator " + c.operator());
        };
    }

    private static TableRef table(List<String> name) {
        return Sql.table(name.toArray(String[]::new));
    }
}
