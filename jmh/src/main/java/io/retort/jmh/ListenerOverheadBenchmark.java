package io.retort.jmh;

import io.retort.events.builtin.StatementLog;
import io.retort.jdbc.RetortDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
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
import org.slf4j.LoggerFactory;

/**
 * What listeners cost per statement (issue 5), on the fastest statement there is: an H2 in-memory
 * primary-key point select on a cached PreparedStatement. {@code raw}: the H2 driver;
 * {@code none}: Retort without listeners (passthrough, the driver issue's ratio);
 * {@code text-observer}: one {@link TextObserver} (reads {@code event.sql()} only);
 * {@code statement-log-off}: the built-in {@link StatementLog} whose logger is off.
 * Target: each listener variant ≤ 100 ns per statement over {@code none}.
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar ListenerOverheadBenchmark -prof gc -prof io.retort.jmh.ProcessCpuProfiler
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ListenerOverheadBenchmark {

    private static final int ROWS = 10_000;
    /** StatementLog logs here; the slf4j-simple level of this logger is set to off in setup. */
    private static final String LOGGER = "io.retort.jmh.sql";

    @Param({"raw", "none", "text-observer", "statement-log-off"})
    public String listeners;

    private Connection conn;
    private PreparedStatement select;
    private TextObserver observer;
    private int nextKey;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        String rawUrl = BenchDatabases.rawUrl("h2", "listeners");
        try (Connection c = BenchDatabases.connect(rawUrl)) {
            createAndLoad(c);
        }
        if (listeners.equals("raw")) {
            conn = BenchDatabases.connect(rawUrl);
        } else {
            RetortDataSource ds = new RetortDataSource();
            ds.setUrl(BenchDatabases.url("retort", rawUrl));
            ds.setUser("postgres");
            ds.setPassword("");
            switch (listeners) {
                case "none" -> { }
                case "text-observer" -> ds.listen(observer = new TextObserver());
                case "statement-log-off" -> {
                    // slf4j-simple reads a logger's level when the logger is created: set it first.
                    System.setProperty("org.slf4j.simpleLogger.log." + LOGGER, "off");
                    if (LoggerFactory.getLogger(LOGGER).isErrorEnabled()) {
                        throw new IllegalStateException("the logger " + LOGGER + " is not off");
                    }
                    ds.listen(new StatementLog(Map.of("logger", LOGGER)));
                }
                default -> throw new IllegalArgumentException("unknown listeners variant " + listeners);
            }
            conn = ds.getConnection();
        }
        select = conn.prepareStatement("SELECT id, name, price FROM bench_item WHERE id = ?");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        if (observer != null && observer.statements() == 0) {
            throw new IllegalStateException("the observer saw no statement: it was not called");
        }
        try (Statement st = conn.createStatement()) {
            st.execute("DROP TABLE bench_item");
        }
        conn.close();
    }

    @Benchmark
    public void pointSelect(Blackhole bh) throws SQLException {
        select.setInt(1, nextKey);
        nextKey = (nextKey + 7919) % ROWS;
        try (ResultSet rs = select.executeQuery()) {
            rs.next();
            bh.consume(rs.getInt(1));
            bh.consume(rs.getString(2));
            bh.consume(rs.getBigDecimal(3));
        }
    }

    private static void createAndLoad(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE bench_item (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, price NUMERIC(10,2) NOT NULL)");
        }
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_item (id, name, price) VALUES (?, ?, ?)")) {
            for (int i = 0; i < ROWS; i++) {
                ps.setInt(1, i);
                ps.setString(2, "item " + i);
                ps.setBigDecimal(3, BigDecimal.valueOf(i, 2));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }
}
