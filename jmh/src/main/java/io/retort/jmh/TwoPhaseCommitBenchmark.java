package io.retort.jmh;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
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

/**
 * What two-phase commit costs (issue 6, {@code transaction: { mode: two-phase }}): a transaction
 * updating 8 random accounts (spread over the 4 shards by their keys) and committing, on PostgreSQL,
 * with each data source committing in turn ({@code local}) or prepared first and committed after
 * the decision is forced to the recovery log ({@code two-phase}); and the same transaction on the
 * raw driver on one database. The server needs {@code max_prepared_transactions > 0}.
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar TwoPhaseCommitBenchmark -prof gc -prof io.retort.jmh.ProcessCpuProfiler
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TwoPhaseCommitBenchmark {

    private static final int ROWS = 10_000;
    private static final int UPDATES = 8;

    @Param({"raw", "retort-4-shards-local", "retort-4-shards-two-phase"})
    public String driver;

    private ShardFixture fixture;
    private Connection conn;
    private PreparedStatement update;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        boolean raw = driver.equals("raw");
        String transaction = switch (driver) {
            case "raw", "retort-4-shards-local" -> "";
            case "retort-4-shards-two-phase" -> "mode: two-phase";
            default -> throw new IllegalArgumentException(
                    "driver is raw, retort-4-shards-local or retort-4-shards-two-phase, not " + driver);
        };
        fixture = new ShardFixture("postgresql", raw ? 0 : 4, ROWS, 2, "mode: per-statement", "", transaction);
        conn = fixture.connection();
        conn.setAutoCommit(false);
        update = conn.prepareStatement(ShardFixture.UPDATE);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        fixture.close(); // closes conn too
    }

    @Benchmark
    public void transfer() throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < UPDATES; i++) {
            update.setBigDecimal(1, i % 2 == 0 ? BigDecimal.ONE : BigDecimal.ONE.negate());
            update.setLong(2, random.nextInt(ROWS));
            update.executeUpdate();
        }
        conn.commit();
    }
}
