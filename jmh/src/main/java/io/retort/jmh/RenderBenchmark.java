package io.retort.jmh;

import io.retort.dialect.Dialect;
import io.retort.dialect.RenderOptions;
import io.retort.dialect.RenderedSql;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Render time per statement, per dialect (issue 4): the ten statements of the parser benchmark,
 * written for PostgreSQL and parsed once in setup, turned into SQL text for each target database.
 * {@code render}: {@code Dialect.render} of the tree already rewritten for the target (printing
 * only); {@code translate}: {@code SqlTranslator.translate}, the rewrite passes plus rendering (what
 * the driver does once per distinct SQL text and target; for the target {@code postgresql} it is a
 * plain render). A statement a target cannot express fails its setup with the translator's message.
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar RenderBenchmark -prof gc
 * java -cp jmh/target/benchmarks.jar io.retort.jmh.RenderBenchmark   # prints every rendering
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RenderBenchmark {

    static final String[] TARGETS = {"postgresql", "mysql", "mariadb", "sqlite", "h2", "oracle", "sqlserver"};

    @Param({"postgresql", "mysql", "mariadb", "sqlite", "h2", "oracle", "sqlserver"})
    public String target;

    @Param({"point_select", "join_filter", "insert_10_params", "update_by_key", "delete_range", "aggregate",
            "window", "cte_join", "exists_between", "upsert"})
    public String statement;

    private Statement model;
    private Statement rewritten;
    private Dialect dialect;
    private final RenderOptions options = RenderOptions.JDBC.from(SqlDialect.POSTGRESQL);

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        model = SqlParser.parseStrict(OltpStatement.valueOf(statement).sql("postgresql"), SqlDialect.POSTGRESQL);
        dialect = Dialect.of(SqlDialect.fromName(target));
        try {
            rewritten = SqlTranslator.rewrite(model, SqlDialect.POSTGRESQL, dialect, TranslationOptions.DEFAULT);
            dialect.render(rewritten, options);
        } catch (SQLException e) {
            throw new IllegalStateException("the PostgreSQL statement '" + statement + "' cannot be rendered for "
                    + target + ": " + e.getMessage(), e);
        }
    }

    @Benchmark
    public RenderedSql render() throws SQLException {
        return dialect.render(rewritten, options);
    }

    @Benchmark
    public RenderedSql translate() throws SQLException {
        return SqlTranslator.translate(model, SqlDialect.POSTGRESQL, dialect);
    }

    /** Prints what the benchmark renders: each statement for each target, or why it cannot be. */
    public static void main(String[] args) throws SQLException {
        for (OltpStatement s : OltpStatement.values()) {
            String sql = s.sql("postgresql");
            System.out.println("== " + s.name() + ": " + sql);
            Statement parsed = SqlParser.parseStrict(sql, SqlDialect.POSTGRESQL);
            for (String t : TARGETS) {
                String out;
                try {
                    out = SqlTranslator.translate(parsed, SqlDialect.POSTGRESQL, Dialect.of(SqlDialect.fromName(t))).sql();
                } catch (SQLException e) {
                    out = "CANNOT: " + e.getMessage();
                }
                System.out.printf("  %-10s %s%n", t, out);
            }
        }
    }
}
