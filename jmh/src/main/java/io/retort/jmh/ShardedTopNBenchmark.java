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
 * {@code ORDER BY balance DESC, id LIMIT 10} with no sharding key (issue 6): through Retort over 4
 * shards (each shard runs the query with LIMIT 10, in parallel on virtual threads, and Retort
 * merges the four sorted streams) vs the same query on the raw driver on one database holding all
 * the rows. Same rows, same index on {@code (balance, id)} everywhere; reads all ten rows.
 * {@code retort-4-shards-sequential}: the same with {@code connections: { parallelism: 1 }} (the
 * shards queried one after another on the calling thread, no hand-off to other threads).
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar ShardedTopNBenchmark -prof gc -prof io.retort.jmh.ProcessCpuProfiler
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ShardedTopNBenchmark {

    private static final int ROWS = 10_000;

    @Param({"h2", "postgresql"})
    public String database;

    @Param({"raw", "retort-4-shards", "retort-4-shards-sequential"})
    public String driver;

    private ShardFixture fixture;
    private Connection conn;
    private PreparedStatement top;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        boolean raw = driver.equals("raw");
        String connections = switch (driver) {
            case "raw", "retort-4-shards" -> "parallelism: 0";
            case "retort-4-shards-sequential" -> "parallelism: 1";
            default -> throw new IllegalArgumentException(
                    "driver is raw, retort-4-shards or retort-4-shards-sequential, not " + driver);
        };
        fixture = new ShardFixture(database, raw ? 0 : 4, ROWS, 2, connections);
        conn = fixture.connection();
        top = conn.prepareStatement(ShardFixture.TOP_10);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        fixture.close(); // closes conn too
    }

    @Benchmark
    public void top10(Blackhole bh) throws SQLException {
        int n = 0;
        try (ResultSet rs = top.executeQuery()) {
            while (rs.next()) {
                bh.consume(rs.getLong(1));
                bh.consume(rs.getString(2));
                bh.consume(rs.getBigDecimal(3));
                n++;
            }
        }
        if (n != 10) {
            throw new IllegalStateException("expected 10 rows, got " + n);
        }
    }
}
