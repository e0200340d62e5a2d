package io.retort.sharding.federation;

import io.retort.sql.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * Federation: a query the router cannot split over the shards runs in Apache Calcite. Calcite
 * parses and plans the statement (in the application's dialect), and each table it reads is a
 * {@link FederatedTable}, scanned through the driver with Calcite's projection and pushable filters,
 * so a filter on a sharding key still reaches only its shards. Joins, subqueries, window functions
 * and aggregates run in Calcite, in this process: rows of every table a query reads come here, so
 * federation suits reporting over modest tables, not a hot path.
 *
 * <pre>{@code
 * try (Federation.Prepared p = Federation.prepare(sql, SqlDialect.POSTGRESQL, tables, scans);
 *         ResultSet rows = p.execute(List.of(42), 0)) {
 *     ...
 * }
 * }</pre>
 */
public final class Federation {

    private Federation() {}

    /**
     * A statement Calcite parsed and planned, ready to run again with other parameter values (planning
     * is most of federation's cost); one execution at a time. Closing it closes its Calcite connection.
     */
    public static final class Prepared implements AutoCloseable {
        private final Connection calcite;
        private final PreparedStatement statement;

        private Prepared(Connection calcite, PreparedStatement statement) {
            this.calcite = calcite;
            this.statement = statement;
        }

        /**
         * Runs the statement with {@code parameters} (the values of its markers, in order), within
         * {@code queryTimeoutSeconds} (0: no limit).
         *
         * @throws SQLException from a scan as the driver raised it
         */
        public ResultSet execute(List<?> parameters, int queryTimeoutSeconds) throws SQLException {
            try {
                statement.setQueryTimeout(queryTimeoutSeconds);
                statement.clearParameters();
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                return statement.executeQuery();
            } catch (SQLException | RuntimeException e) {
                throw unwrap(e);
            }
        }

        /** Asks Calcite to stop the running execution (from any thread). */
        public void cancel() {
            try {
                statement.cancel();
            } catch (SQLException ignored) {
                // nothing running
            }
        }

        @Override
        public void close() throws SQLException {
            calcite.close();
        }
    }

    /**
     * Parses and plans {@code sql} in Calcite.
     *
     * @param sql the statement with {@code ?} parameter markers, written in {@code dialect}
     * @param tables the tables it reads, each as its name's parts
     * @throws SQLException from reading a table's columns as the driver raised it; or Calcite's own
     *     error when it cannot parse or plan the statement (SQLState 0A000)
     */
    public static Prepared prepare(String sql, SqlDialect dialect, List<List<String>> tables, TableSource source)
            throws SQLException {
        Connection calcite = connect(dialect, tables, source);
        try {
            return new Prepared(calcite, prepare(calcite, sql));
        } catch (SQLException e) {
            closeAfter(calcite, e);
            throw e;
        }
    }

    /**
     * Calcite's plan of {@code sql}, one line per operator, without running it: the scans show their
     * projections and the filters Calcite offers them.
     */
    public static List<String> explain(String sql, SqlDialect dialect, List<List<String>> tables, TableSource source)
            throws SQLException {
        Connection calcite = connect(dialect, tables, source);
        try (calcite; PreparedStatement ps = prepare(calcite, "EXPLAIN PLAN FOR " + sql)) {
            for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                ps.setObject(i, null); // the plan does not depend on the values
            }
            List<String> lines = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1).lines().filter(l -> !l.isBlank()).forEach(lines::add);
                }
            }
            return lines;
        }
    }

    /** A Calcite connection that knows {@code tables}. */
    private static Connection connect(SqlDialect dialect, List<List<String>> tables, TableSource source) throws SQLException {
        Connection calcite = new org.apache.calcite.jdbc.Driver().connect("jdbc:calcite:", properties(dialect));
        try {
            SchemaPlus root = calcite.unwrap(CalciteConnection.class).getRootSchema();
            for (List<String> table : tables) {
                register(root, table, new FederatedTable(table, source.columns(table), source));
            }
            return calcite;
        } catch (SQLException | RuntimeException e) {
            closeAfter(calcite, e);
            throw e instanceof SQLException s ? s : unwrap(e);
        }
    }

    private static PreparedStatement prepare(Connection calcite, String sql) throws SQLException {
        try {
            return calcite.prepareStatement(sql);
        } catch (SQLException e) {
            throw new SQLException("federation (Apache Calcite) cannot run this statement: " + firstLine(e), "0A000", e);
        }
    }

    private static void closeAfter(Connection calcite, Exception failure) {
        try {
            calcite.close();
        } catch (SQLException closing) {
            failure.addSuppressed(closing);
        }
    }

    private static void register(SchemaPlus root, List<String> name, FederatedTable table) {
        SchemaPlus schema = root;
        for (String part : name.subList(0, name.size() - 1)) {
            SchemaPlus sub = schema.subSchemas().get(part);
            schema = sub != null ? sub : schema.add(part, new AbstractSchema());
        }
        schema.add(name.get(name.size() - 1), table);
    }

    /** Calcite reads the statement as the application's database would: its quoting, its functions, names in any case. */
    private static Properties properties(SqlDialect dialect) {
        Properties p = new Properties();
        p.setProperty("caseSensitive", "false");
        p.setProperty("unquotedCasing", "UNCHANGED");
        p.setProperty("quotedCasing", "UNCHANGED");
        p.setProperty("conformance", "LENIENT");
        p.setProperty("typeSystem", FederationTypes.class.getName() + "#INSTANCE");
        p.setProperty("quoting", switch (dialect) {
            case MYSQL, MARIADB -> "BACK_TICK";
            case SQLSERVER -> "BRACKET";
            default -> "DOUBLE_QUOTE";
        });
        p.setProperty("fun", switch (dialect) {
            case POSTGRESQL -> "standard,postgresql";
            case MYSQL, MARIADB -> "standard,mysql";
            case ORACLE -> "standard,oracle";
            case SQLSERVER -> "standard,mssql";
            default -> "standard";
        });
        return p;
    }

    /** A scan's own SQLException when one is behind {@code e}; otherwise {@code e} as an SQLException. */
    static SQLException unwrap(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FederatedTable.ScanFailure f) {
                return f.sqlException();
            }
        }
        if (e instanceof SQLException s) {
            return s;
        }
        String state = !(e instanceof ArithmeticException) ? "XX000"
                : String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("zero") ? "22012" : "22003";
        return new SQLException("federation (Apache Calcite) failed: " + e, state, e);
    }

    private static String firstLine(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String m = String.valueOf(deepest.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
