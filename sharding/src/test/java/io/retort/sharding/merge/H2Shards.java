package io.retort.sharding.merge;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * A test harness: N in-memory H2 databases (the shards) and one more holding all rows (the
 * oracle). A query runs on every shard directly through JDBC, and the merged result is compared
 * with the oracle's answer to the same query.
 */
final class H2Shards implements AutoCloseable {

    final List<Connection> shards = new ArrayList<>();
    final Connection oracle;
    /** Rows returned by next() on the shards' result sets, over all queries (counted by {@link #counting}). */
    final AtomicLong rowsFetched = new AtomicLong();
    /** The same, per shard (for result sets of {@link #query} and {@link #counting(ResultSet, int)}). */
    final java.util.concurrent.atomic.AtomicLongArray rowsFetchedByShard;
    private final List<Statement> statements = new ArrayList<>();

    H2Shards(int count) throws SQLException {
        this(count, null);
    }

    /** @param init SQL run first on every database (e.g. SET COLLATION), or null */
    H2Shards(int count, String init) throws SQLException {
        String run = UUID.randomUUID().toString().replace("-", "");
        for (int i = 0; i < count; i++) {
            shards.add(open("jdbc:h2:mem:shard_" + run + "_" + i, init));
        }
        oracle = open("jdbc:h2:mem:oracle_" + run, init);
        rowsFetchedByShard = new java.util.concurrent.atomic.AtomicLongArray(count);
    }

    private static Connection open(String url, String init) throws SQLException {
        Connection c = DriverManager.getConnection(url + ";DB_CLOSE_DELAY=0", "sa", "");
        if (init != null) {
            try (Statement s = c.createStatement()) {
                s.execute(init);
            }
        }
        return c;
    }

    int size() {
        return shards.size();
    }

    /** Runs DDL (or any statement) on every shard and the oracle. */
    H2Shards everywhere(String sql) throws SQLException {
        for (Connection c : all()) {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
        return this;
    }

    /** Runs a statement on one shard only (e.g. a different column type there). */
    H2Shards on(int shard, String sql) throws SQLException {
        try (Statement s = shards.get(shard).createStatement()) {
            s.execute(sql);
        }
        return this;
    }

    /** Inserts rows into the oracle and into the shard {@code placement} chooses for each. */
    H2Shards insert(String table, List<Object[]> rows, ToIntFunction<Object[]> placement) throws SQLException {
        return insert(table, rows, placement, true);
    }

    /** Inserts rows into the shard {@code placement} chooses for each, and into the oracle if asked. */
    H2Shards insert(String table, List<Object[]> rows, ToIntFunction<Object[]> placement, boolean oracleToo)
            throws SQLException {
        if (rows.isEmpty()) {
            return this;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(rows.get(0).length, "?"));
        String sql = "INSERT INTO " + table + " VALUES (" + marks + ")";
        List<PreparedStatement> perShard = new ArrayList<>();
        for (Connection c : shards) {
            perShard.add(c.prepareStatement(sql));
        }
        try (PreparedStatement o = oracle.prepareStatement(sql)) {
            for (Object[] row : rows) {
                PreparedStatement s = perShard.get(placement.applyAsInt(row));
                for (int i = 0; i < row.length; i++) {
                    s.setObject(i + 1, row[i]);
                    if (oracleToo) {
                        o.setObject(i + 1, row[i]);
                    }
                }
                s.addBatch();
                if (oracleToo) {
                    o.addBatch();
                }
            }
            if (oracleToo) {
                o.executeBatch();
            }
            for (PreparedStatement s : perShard) {
                s.executeBatch();
            }
        } finally {
            for (PreparedStatement s : perShard) {
                s.close();
            }
        }
        return this;
    }

    /** The query's result set on every shard, each counting the rows it returns. */
    List<ResultSet> query(String sql) throws SQLException {
        List<ResultSet> out = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) {
            Statement s = shards.get(i).createStatement();
            statements.add(s);
            out.add(counting(s.executeQuery(sql), i));
        }
        return out;
    }

    /** The oracle's rows for a query (all columns). */
    List<List<Object>> oracle(String sql) throws SQLException {
        try (Statement s = oracle.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rows(rs);
        }
    }

    /** Wraps a result set so that every row its next() returns is counted in {@link #rowsFetched}. */
    ResultSet counting(ResultSet rs) {
        return counting(rs, -1);
    }

    /** {@link #counting(ResultSet)}, also counting in {@link #rowsFetchedByShard} for {@code shard} (unless -1). */
    ResultSet counting(ResultSet rs, int shard) {
        return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, args) -> {
                    try {
                        Object r = method.invoke(rs, args);
                        if (method.getName().equals("next") && Boolean.TRUE.equals(r)) {
                            rowsFetched.incrementAndGet();
                            if (shard >= 0) {
                                rowsFetchedByShard.incrementAndGet(shard);
                            }
                        }
                        return r;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Every row of a result set, its visible columns read with getObject, numbers normalized (see {@link #norm}). */
    static List<List<Object>> rows(ResultSet rs) throws SQLException {
        int n = rs.getMetaData().getColumnCount();
        List<List<Object>> out = new ArrayList<>();
        while (rs.next()) {
            List<Object> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                row.add(norm(rs.getObject(i)));
            }
            out.add(row);
        }
        return out;
    }

    /** Numbers as stripped BigDecimals, so that 3 (INT), 3L (BIGINT) and 3.00 (DECIMAL) compare equal. */
    static Object norm(Object v) {
        if (v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)) {
            BigDecimal d = new BigDecimal(n.toString());
            return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        }
        return v;
    }

    private List<Connection> all() {
        List<Connection> all = new ArrayList<>(shards);
        all.add(oracle);
        return all;
    }

    @Override
    public void close() throws SQLException {
        for (Statement s : statements) {
            s.close();
        }
        for (Connection c : all()) {
            c.close();
        }
    }
}
