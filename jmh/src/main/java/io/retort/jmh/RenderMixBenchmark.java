package io.retort.jmh;

import io.retort.dialect.Dialect;
import io.retort.dialect.RenderOptions;
import io.retort.parser.SqlParser;
import io.retort.rewrite.SqlTranslator;
import io.retort.rewrite.TranslationOptions;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The average render and translate time per statement over the ten statements of
 * {@link OltpStatement} (written for PostgreSQL), per target dialect: one operation = one statement
 * ({@code @OperationsPerInvocation}). Per-statement figures are {@link RenderBenchmark}'s.
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar RenderMixBenchmark -prof gc -rf csv -rff render-mix.csv
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RenderMixBenchmark {

    @Param({"postgresql", "mysql", "mariadb", "sqlite", "h2", "oracle", "sqlserver"})
    public String target;

    private final Statement[] models = new Statement[OltpStatement.values().length];
    private final Statement[] rewritten = new Statement[models.length];
    private Dialect dialect;
    private final RenderOptions options = RenderOptions.JDBC.from(SqlDialect.POSTGRESQL);

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        dialect = Dialect.of(SqlDialect.fromName(target));
        OltpStatement[] all = OltpStatement.values();
        for (int i = 0; i < all.length; i++) {
            models[i] = SqlParser.parseStrict(all[i].sql("postgresql"), SqlDialect.POSTGRESQL);
            rewritten[i] = SqlTranslator.rewrite(models[i], SqlDialect.POSTGRESQL, dialect, TranslationOptions.DEFAULT);
        }
    }

    /** Printing only: the trees already rewritten for the target. */
    @Benchmark
    @OperationsPerInvocation(10)
    public void render(Blackhole bh) throws SQLException {
        for (Statement s : rewritten) {
            bh.consume(dialect.render(s, options));
        }
    }

    /** The rewrite passes plus printing: what the driver does once per distinct SQL text and target. */
    @Benchmark
    @OperationsPerInvocation(10)
    public void translate(Blackhole bh) throws SQLException {
        for (Statement s : models) {
            bh.consume(SqlTranslator.translate(s, SqlDialect.POSTGRESQL, dialect));
        }
    }
}
