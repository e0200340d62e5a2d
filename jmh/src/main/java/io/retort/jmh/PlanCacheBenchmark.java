package io.retort.jmh;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.retort.parser.SqlParser;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.Connection;
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

/**
 * A plan-cache hit (issue 3, target under 100 ns), measured two ways since the driver's
 * {@code PlanCache} is package-private:
 * <ul>
 *   <li>{@code caffeineHit}: the same lookup the driver does, reproduced here: a Caffeine cache
 *       (maximum size 10,000, statistics on) of parsed statements keyed by a record of
 *       (SQL text, dialect), {@code cache.get(key, parse)} on a warm entry;</li>
 *   <li>{@code nativeSqlRetortStrict} minus {@code nativeSqlRaw}: {@code Connection.nativeSQL} on an
 *       H2 in-memory connection through Retort with {@code retort.strict=true} (which looks the text
 *       up in the real plan cache before asking H2) and on the raw H2 connection; the difference is
 *       the driver's plan-cache hit plus a few checks.</li>
 * </ul>
 * {@code key=same-instance} looks up with the very String the cache holds (a constant in the
 * application's code); {@code key=equal-copy} with an equal String that is another object, so the
 * key comparison reads the characters.
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar PlanCacheBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PlanCacheBenchmark {

    /** The key shape of the driver's plan cache. */
    private record Key(String sql, SqlDialect dialect) {}

    @Param({"point_select", "cte_join"})
    public String statement;

    @Param({"same-instance", "equal-copy"})
    public String key;

    private final Cache<Key, Statement> plans = Caffeine.newBuilder().maximumSize(10_000).recordStats().build();
    private String lookup;
    private Connection raw;
    private Connection strict;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        String sql = OltpStatement.valueOf(statement).sql("postgresql");
        lookup = switch (key) {
            case "same-instance" -> sql;
            case "equal-copy" -> new String(sql.toCharArray());
            default -> throw new IllegalArgumentException("key is same-instance or equal-copy, not " + key);
        };
        // Other entries, so the hit is not in a cache of one.
        for (OltpStatement s : OltpStatement.values()) {
            for (SqlDialect d : new SqlDialect[] {SqlDialect.POSTGRESQL, SqlDialect.MYSQL, SqlDialect.H2}) {
                String text = s.sql(d == SqlDialect.MYSQL ? "mysql" : "postgresql");
                plans.get(new Key(text, d), k -> SqlParser.parse(k.sql(), k.dialect()));
            }
        }
        plans.get(new Key(sql, SqlDialect.POSTGRESQL), k -> SqlParser.parse(k.sql(), k.dialect()));

        String rawUrl = BenchDatabases.rawUrl("h2", "plancache");
        raw = BenchDatabases.connect(rawUrl);
        strict = BenchDatabases.connect(BenchDatabases.url("retort", rawUrl) + "?retort.strict=true");
        strict.nativeSQL(sql); // parsed once here; every later call is a hit
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        if (plans.stats().missCount() > plans.estimatedSize()) {
            throw new IllegalStateException("the benchmark missed the cache: " + plans.stats());
        }
        raw.close();
        strict.close();
    }

    @Benchmark
    public Statement caffeineHit() {
        return plans.get(new Key(lookup, SqlDialect.POSTGRESQL), k -> SqlParser.parse(k.sql(), k.dialect()));
    }

    @Benchmark
    public String nativeSqlRaw() throws SQLException {
        return raw.nativeSQL(lookup);
    }

    @Benchmark
    public String nativeSqlRetortStrict() throws SQLException {
        return strict.nativeSQL(lookup);
    }
}
