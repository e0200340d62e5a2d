package io.retort.jmh;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A statement written for PostgreSQL, run on H2 in memory through Retort with
 * {@code retort.dialect=postgresql} ({@code translated}), vs the same statement written natively
 * for H2 on the raw H2 driver ({@code native-raw}), same run (issue 4). Target: translated /
 * native-raw ≤ 1.15 with the caches warm.
 *
 * <p>{@code usage=cached-ps}: one PreparedStatement prepared in setup and executed again and again
 * (the translation happened once, when it was prepared). {@code usage=prepare-each-time}: every
 * operation prepares the statement, executes it and closes it, so Retort does a plan-cache hit and
 * a render-cache hit per operation (and H2 prepares it anew on both sides).
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar TranslatedDriverBenchmark -prof gc -prof io.retort.jmh.ProcessCpuProfiler
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TranslatedDriverBenchmark {

    private static final int ROWS = 10_000;
    /**
     * PostgreSQL: a {@code $1} parameter and a {@code ::} cast (which rounds). A primary-key lookup, so
     * that the database's own work is small and Retort's share shows.
     */
    static final String POSTGRESQL_SQL = "SELECT o.id, o.status, o.total::int AS whole FROM orders o WHERE o.id = $1";
    /** The same, as one would write it for H2 (H2's CAST to INTEGER rounds too). */
    static final String H2_SQL = "SELECT o.id, o.status, CAST(o.total AS INTEGER) AS whole FROM orders o WHERE o.id = ?";

    @Param({"native-raw", "translated"})
    public String driver;

    @Param({"cached-ps", "prepare-each-time"})
    public String usage;

    private Connection conn;
    private String sql;
    private PreparedStatement cached;
    private int nextKey;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        String rawUrl = BenchDatabases.rawUrl("h2", "translated");
        try (Connection c = BenchDatabases.connect(rawUrl)) {
            createAndLoad(c);
        }
        switch (driver) {
            case "native-raw" -> {
                conn = BenchDatabases.connect(rawUrl);
                sql = H2_SQL;
            }
            case "translated" -> {
                conn = BenchDatabases.connect(BenchDatabases.url("retort", rawUrl) + "?retort.dialect=postgresql");
                sql = POSTGRESQL_SQL;
            }
            default -> throw new IllegalArgumentException("driver is native-raw or translated, not " + driver);
        }
        if (!usage.equals("cached-ps") && !usage.equals("prepare-each-time")) {
            throw new IllegalArgumentException("usage is cached-ps or prepare-each-time, not " + usage);
        }
        cached = conn.prepareStatement(sql);
        check();
    }

    /** Both sides must return the same row: order 42, 'paid', 42.50 rounded to 43. */
    private void check() throws SQLException {
        cached.setInt(1, 42);
        try (ResultSet rs = cached.executeQuery()) {
            if (!rs.next() || rs.getInt(1) != 42 || !rs.getString(2).equals("paid") || rs.getInt(3) != 43 || rs.next()) {
                throw new IllegalStateException(driver + " did not return the expected row for: " + sql);
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("DROP TABLE orders");
        }
        conn.close();
    }

    @Benchmark
    public void pointSelect(Blackhole bh) throws SQLException {
        int key = nextKey;
        nextKey = (nextKey + 7919) % ROWS;
        if (usage.equals("cached-ps")) {
            run(cached, key, bh);
        } else {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                run(ps, key, bh);
            }
        }
    }

    private static void run(PreparedStatement ps, int key, Blackhole bh) throws SQLException {
        ps.setInt(1, key);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            bh.consume(rs.getInt(1));
            bh.consume(rs.getString(2));
            bh.consume(rs.getInt(3));
        }
    }

    private static void createAndLoad(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, status VARCHAR(20) NOT NULL, total NUMERIC(10,2) NOT NULL)");
        }
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders (id, status, total) VALUES (?, ?, ?)")) {
            for (int i = 0; i < ROWS; i++) {
                ps.setInt(1, i);
                ps.setString(2, "paid");
                ps.setBigDecimal(3, BigDecimal.valueOf(i * 100L + 50, 2));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }
}
