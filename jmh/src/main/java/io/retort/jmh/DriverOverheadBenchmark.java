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
 * The cost of the passthrough path: the same JDBC work on the raw driver and through a
 * {@code jdbc:retort:} URL, side by side in one run.
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar DriverOverheadBenchmark -prof gc -prof io.retort.jmh.ProcessCpuProfiler
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DriverOverheadBenchmark {

    private static final int ROWS = 10_000;

    @Param({"h2", "postgresql"})
    public String database;

    @Param({"raw", "retort"})
    public String driver;

    private Connection conn;
    private PreparedStatement pointSelect;
    private PreparedStatement insert;
    private int nextId;
    private int nextKey;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        conn = BenchDatabases.connect(BenchDatabases.url(driver, BenchDatabases.rawUrl(database, "overhead_" + driver)));
        try (Statement st = conn.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_item");
            st.execute("DROP TABLE IF EXISTS bench_insert");
            st.execute("CREATE TABLE bench_item (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, price NUMERIC(10,2) NOT NULL)");
            st.execute("CREATE TABLE bench_insert (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, price NUMERIC(10,2) NOT NULL)");
        }
        conn.setAutoCommit(false);
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO bench_item (id, name, price) VALUES (?, ?, ?)")) {
            for (int i = 0; i < ROWS; i++) {
                ps.setInt(1, i);
                ps.setString(2, "item " + i);
                ps.setBigDecimal(3, BigDecimal.valueOf(i, 2));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        conn.commit();
        conn.setAutoCommit(true);
        try (Statement st = conn.createStatement()) {
            if (database.equals("postgresql")) {
                st.execute("ANALYZE bench_item");
            }
        }
        pointSelect = conn.prepareStatement("SELECT id, name, price FROM bench_item WHERE id = ?");
        insert = conn.prepareStatement("INSERT INTO bench_insert (id, name, price) VALUES (?, ?, ?)");
    }

    @Setup(Level.Iteration)
    public void emptyInsertTable() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("DELETE FROM bench_insert");
        }
        nextId = 0;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("DROP TABLE bench_item");
            st.execute("DROP TABLE bench_insert");
        }
        conn.close();
    }

    /** A primary-key point select on a cached PreparedStatement, reading every column. */
    @Benchmark
    public void pointSelect(Blackhole bh) throws SQLException {
        pointSelect.setInt(1, nextKey);
        nextKey = (nextKey + 7919) % ROWS;
        try (ResultSet rs = pointSelect.executeQuery()) {
            rs.next();
            bh.consume(rs.getInt(1));
            bh.consume(rs.getString(2));
            bh.consume(rs.getBigDecimal(3));
        }
    }

    /** One row, auto-commit on. */
    @Benchmark
    public int insertRow() throws SQLException {
        bind(insert, nextId++);
        return insert.executeUpdate();
    }

    /** 1,000 rows in one JDBC batch, in one transaction. */
    @Benchmark
    public int[] batchInsert1000() throws SQLException {
        conn.setAutoCommit(false);
        for (int i = 0; i < 1000; i++) {
            bind(insert, nextId++);
            insert.addBatch();
        }
        int[] counts = insert.executeBatch();
        conn.commit();
        conn.setAutoCommit(true);
        return counts;
    }

    private static void bind(PreparedStatement ps, int id) throws SQLException {
        ps.setInt(1, id);
        ps.setString(2, "row");
        ps.setBigDecimal(3, BigDecimal.TEN);
    }
}
