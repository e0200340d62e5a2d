package io.retort.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * The figure directly: the average parse time per statement over the ten OLTP statements
 * of {@link OltpStatement}, each parser parsing all ten in turn (one operation = one statement, via
 * {@code @OperationsPerInvocation}). A parser that cannot read a statement is measured on the ones it
 * can, and the setup says which it skipped (Calcite cannot read either upsert form). Per-statement
 * figures are {@link ParserBenchmark}'s.
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar ParserMixBenchmark -prof gc -rf csv -rff parser-mix.csv
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParserMixBenchmark {

    @Param({"retort", "shardingsphere", "calcite", "calcite-babel", "jsqlparser-direct", "jsqlparser"})
    public String parser;

    @Param({"postgresql", "mysql"})
    public String dialect;

    private SqlParsers.Parser under;
    private String[] statements;

    @Setup
    public void setUp() {
        under = SqlParsers.create(parser, dialect);
        List<String> readable = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (OltpStatement s : OltpStatement.values()) {
            String sql = s.sql(dialect);
            try {
                under.parse(sql);
                readable.add(sql);
            } catch (Exception | LinkageError e) {
                skipped.add(s.name());
            }
        }
        if (!skipped.isEmpty()) {
            System.out.println(parser + " (" + dialect + ") cannot read " + skipped + ": measured on the other "
                    + readable.size());
        }
        // Repeat the readable ones up to ten so every parser does ten parses per invocation.
        statements = new String[OltpStatement.values().length];
        for (int i = 0; i < statements.length; i++) {
            statements[i] = readable.get(i % readable.size());
        }
    }

    @Benchmark
    @OperationsPerInvocation(10)
    public void parseTen(Blackhole bh) throws Exception {
        for (String sql : statements) {
            bh.consume(under.parse(sql));
        }
    }
}
