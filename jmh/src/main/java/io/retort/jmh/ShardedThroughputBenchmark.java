package io.retort.jmh;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of a mixed read/write workload (issue 6): each operation picks a random account and
 * does a point select by key (80%) or {@code UPDATE accounts SET balance = balance + ? WHERE id = ?}
 * (20%), auto-commit on, from as many client threads as {@code -t} says, over {@code shards} = 1, 2
 * or 4 shards through Retort, or ({@code raw}) the raw driver on one database with all the rows.
 * Each client thread has its own connection (raw) or logical Retort connection (which borrows a
 * pooled real connection per statement; pools of 8 per shard).
 *
 * <pre>{@code
 * for t in 1 2 4 8; do
 *   java -jar jmh/target/benchmarks.jar ShardedThroughputBenchmark -t $t -rf json -rff throughput-t$t.json
 * done
 * }</pre>
 *
 * On one machine the shards share the CPUs and the disk: the interesting part is how throughput
 * moves with threads for each layout, next to the raw single database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ShardedThroughputBenchmark {

    static final int ROWS = 10_000;

    @Param({"h2", "postgresql"})
    public String database;

    @Param({"raw", "1", "2", "4"})
    public String shards;

    ShardFixture fixture;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        fixture = new ShardFixture(database, shards.equals("raw") ? 0 : Integer.parseInt(shards), ROWS, 8);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        fixture.close();
    }

    /** One client: its connection and its prepared statements. */
    @State(Scope.Thread)
    public static class Client {
        Connection conn;
        PreparedStatement select;
        PreparedStatement update;

        @Setup(Level.Trial)
        public void open(ShardedThroughputBenchmark bench) throws SQLException {
            conn = bench.fixture.connection();
            select = conn.prepareStatement(ShardFixture.POINT_SELECT);
            update = conn.prepareStatement(ShardFixture.UPDATE);
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            conn.close();
        }
    }

    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Benchmark
    public void mixed(Client client, Blackhole bh) throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long id = random.nextInt(ROWS);
        if (random.nextInt(10) < 2) {
            client.update.setBigDecimal(1, CENT);
            client.update.setLong(2, id);
            if (client.update.executeUpdate() != 1) {
                throw new IllegalStateException("the update of account " + id + " changed no row");
            }
        } else {
            client.select.setLong(1, id);
            try (ResultSet rs = client.select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row for account " + id);
                }
                bh.consume(rs.getLong(1));
                bh.consume(rs.getString(2));
                bh.consume(rs.getBigDecimal(3));
            }
        }
    }
}
