package io.retort.jmh;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Federation (issue 6, {@code sharding.federation: true}): two queries the router refuses over 4
 * shards, run through Apache Calcite over routed scans, vs the same query on the raw driver on one
 * database holding all 10,000 rows. {@code window}: a window function over the rows with
 * {@code id < 200} (the scan carries the condition: about 50 rows from each shard);
 * {@code aboveAverage}: a subquery that needs every row (two full scans of 10,000 rows).
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar FederationBenchmark -prof gc -prof io.retort.jmh.ProcessCpuProfiler
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FederationBenchmark {

    private static final int ROWS = 10_000;
    static final String WINDOW = "SELECT id, balance, rank() OVER (ORDER BY balance DESC) AS r FROM accounts WHERE id < 200";
    static final String ABOVE_AVERAGE = "SELECT count(*) FROM accounts WHERE balance > (SELECT avg(balance) FROM accounts)";

    @Param({"h2", "postgresql"})
    public String database;

    @Param({"raw", "retort-4-shards-federated"})
    public String driver;

    private ShardFixture fixture;
    private Connection conn;
    private PreparedStatement window;
    private PreparedStatement aboveAverage;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        boolean raw = driver.equals("raw");
        fixture = new ShardFixture(database, raw ? 0 : 4, ROWS, 4, "mode: per-statement", "federation: true");
        conn = fixture.connection();
        window = conn.prepareStatement(WINDOW);
        aboveAverage = conn.prepareStatement(ABOVE_AVERAGE);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        fixture.close(); // closes conn too
    }

    @Benchmark
    public void window(Blackhole bh) throws SQLException {
        int n = 0;
        try (ResultSet rs = window.executeQuery()) {
            while (rs.next()) {
                bh.consume(rs.getLong(3));
                n++;
            }
        }
        if (n != 200) {
            throw new IllegalStateException("expected 200 rows, read " + n);
        }
    }

    @Benchmark
    public void aboveAverage(Blackhole bh) throws SQLException {
        try (ResultSet rs = aboveAverage.executeQuery()) {
            rs.next();
            bh.consume(rs.getLong(1));
        }
    }
}
