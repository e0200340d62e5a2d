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
 * A point select by sharding key (issue 6): through Retort over 4 shards ({@code retort-4-shards}:
 * parse once, route by the key's hash to one shard, borrow that shard's pooled connection, run,
 * return it) vs the raw driver on one database holding all the rows ({@code raw}); and
 * {@code retort-4-shards-held}: the same with {@code connections: { mode: held }} (the logical
 * connection keeps one real connection per shard and reuses their physical prepared statements).
 * Both on a cached PreparedStatement, auto-commit on. Target: retort / raw ≤ 1.05.
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar ShardedPointSelectBenchmark -prof gc -prof io.retort.jmh.ProcessCpuProfiler
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ShardedPointSelectBenchmark {

    private static final int ROWS = 10_000;

    @Param({"h2", "postgresql"})
    public String database;

    @Param({"raw", "retort-4-shards", "retort-4-shards-held"})
    public String driver;

    private ShardFixture fixture;
    private Connection conn;
    private PreparedStatement select;
    private long nextKey;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        boolean raw = driver.equals("raw");
        String connections = switch (driver) {
            case "raw", "retort-4-shards" -> "mode: per-statement";
            case "retort-4-shards-held" -> "mode: held";
            default -> throw new IllegalArgumentException("driver is raw, retort-4-shards or retort-4-shards-held, not " + driver);
        };
        fixture = new ShardFixture(database, raw ? 0 : 4, ROWS, 2, connections);
        conn = fixture.connection();
        select = conn.prepareStatement(ShardFixture.POINT_SELECT);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        fixture.close(); // closes conn too
    }

    @Benchmark
    public void pointSelect(Blackhole bh) throws SQLException {
        select.setLong(1, nextKey);
        nextKey = (nextKey + 7919) % ROWS;
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no row for a key that exists: the route missed");
            }
            bh.consume(rs.getLong(1));
            bh.consume(rs.getString(2));
            bh.consume(rs.getBigDecimal(3));
        }
    }
}
