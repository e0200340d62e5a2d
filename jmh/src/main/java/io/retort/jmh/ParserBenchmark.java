package io.retort.jmh;

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
 * Parse time per statement, model construction included (issue 3): Retort's parser beside Apache
 * Calcite's (core and Babel), JSqlParser (its default API and its parser used directly) and
 * ShardingSphere's ANTLR parser, on the ten OLTP statements of {@link OltpStatement}, written for
 * PostgreSQL and for MySQL. See {@link SqlParsers} for exactly what each parser does and returns.
 *
 * <p>A parser that cannot read a statement fails that benchmark in its setup, with the parser's
 * message (JMH prints it and goes on with the others); {@link ParserCoverage} prints the whole
 * matrix up front. Nothing is dropped silently.
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar ParserBenchmark -prof gc -rf json -rff parser.json
 * java -jar jmh/target/benchmarks.jar ParserBenchmark -p parser=retort,shardingsphere -p dialect=mysql
 * }</pre>
 *
 * The average over the ten statements is the mean of the ten rows of one parser and dialect;
 * {@code gc.alloc.rate.norm} is the allocation per parse.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParserBenchmark {

    @Param({"retort", "calcite", "calcite-babel", "jsqlparser", "jsqlparser-direct", "shardingsphere"})
    public String parser;

    @Param({"postgresql", "mysql"})
    public String dialect;

    @Param({"point_select", "join_filter", "insert_10_params", "update_by_key", "delete_range", "aggregate",
            "window", "cte_join", "exists_between", "upsert"})
    public String statement;

    private SqlParsers.Parser under;
    private String sql;

    @Setup(Level.Trial)
    public void setUp() {
        under = SqlParsers.create(parser, dialect);
        sql = OltpStatement.valueOf(statement).sql(dialect);
        try {
            under.parse(sql);
        } catch (Exception | LinkageError e) {
            throw new IllegalStateException(parser + " cannot parse the " + dialect + " statement '" + statement + "' (" + sql
                    + "): " + e, e);
        }
    }

    @Benchmark
    public Object parse() throws Exception {
        return under.parse(sql);
    }
}
