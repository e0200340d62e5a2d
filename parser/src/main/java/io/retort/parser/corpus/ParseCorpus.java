package io.retort.parser.corpus;

import io.retort.parser.SqlParser;
import io.retort.sql.Passthrough;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the parser on a corpus of statements: a TSV file with the columns {@code id}, {@code dialects}
 * (comma-separated; {@code all} and {@code sql92} mean the ANSI default), {@code category} and {@code sql},
 * with a header line. Every statement is parsed once per dialect it is tagged with. Prints, per category
 * and per dialect, how many statements became a real tree and how many fell back to a passthrough node,
 * then the first failures with their reason, and ends with exactly {@code parsed: N of M (P%)}.
 *
 * <pre>{@code
 * ./retort parse-corpus ../shared/corpus/shardingsphere-sql-cases.tsv
 * java -cp ... io.retort.parser.corpus.ParseCorpus corpus.tsv [--failures 50]
 * }</pre>
 */
public final class ParseCorpus {

    /** How many failures {@link #run(Path, PrintStream)} lists. */
    public static final int DEFAULT_FAILURES_SHOWN = 30;

    private ParseCorpus() {
    }

    /**
     * Runs the corpus and prints the report.
     *
     * @return a process exit status: 0 when the file was read and measured, 1 when it could not be read or
     *     has no statements
     */
    public static int run(Path tsv, PrintStream out) {
        return run(tsv, out, DEFAULT_FAILURES_SHOWN);
    }

    public static int run(Path tsv, PrintStream out, int failuresShown) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println("cannot read " + tsv + ": " + e.getMessage());
            return 1;
        }
        Map<String, Tally> byCategory = new TreeMap<>();
        Map<String, Tally> byDialect = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Tally total = new Tally();
        long nanos = 0;
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("id\t")) {
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", 4);
            if (cols.length < 4) {
                out.println("line " + lineNo + ": expected 4 tab-separated columns (id, dialects, category, sql); skipped");
                continue;
            }
            String id = cols[0];
            String category = cols[2];
            String sql = cols[3];
            for (String tag : cols[1].split(",")) {
                SqlDialect dialect;
                try {
                    dialect = SqlDialect.fromName(tag);
                } catch (IllegalArgumentException e) {
                    out.println("line " + lineNo + ": " + e.getMessage() + "; skipped");
                    continue;
                }
                long start = System.nanoTime();
                Statement s = SqlParser.parse(sql, dialect);
                nanos += System.nanoTime() - start;
                boolean ok = !(s instanceof Passthrough);
                total.add(ok);
                byCategory.computeIfAbsent(category, k -> new Tally()).add(ok);
                byDialect.computeIfAbsent(dialect.configName(), k -> new Tally()).add(ok);
                if (!ok) {
                    failures.add(id + " [" + dialect.configName() + ", " + category + "] " + ((Passthrough) s).reason()
                            + "\n      " + sql);
                }
            }
        }
        if (total.count == 0) {
            out.println("no statements in " + tsv);
            return 1;
        }
        out.println("by category:");
        byCategory.forEach((k, v) -> out.println(v.format(k)));
        out.println("by dialect:");
        byDialect.forEach((k, v) -> out.println(v.format(k)));
        if (!failures.isEmpty()) {
            out.println("first failures (" + Math.min(failuresShown, failures.size()) + " of " + failures.size() + "):");
            for (int i = 0; i < failures.size() && i < failuresShown; i++) {
                out.println("  " + failures.get(i));
            }
        }
        out.printf(Locale.ROOT, "time: %.1f ms in total, %.1f us per statement (including warm-up)%n", nanos / 1e6,
                nanos / 1e3 / total.count);
        out.printf(Locale.ROOT, "parsed: %d of %d (%.1f%%)%n", total.ok, total.count, 100.0 * total.ok / total.count);
        return 0;
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ParseCorpus FILE.tsv [--failures N]");
            System.exit(2);
        }
        int shown = DEFAULT_FAILURES_SHOWN;
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals("--failures")) {
                shown = Integer.parseInt(args[i + 1]);
            }
        }
        System.exit(run(Path.of(args[0]), System.out, shown));
    }

    private static final class Tally {
        int count;
        int ok;

        void add(boolean parsed) {
            count++;
            if (parsed) {
                ok++;
            }
        }

        String format(String name) {
            return String.format(Locale.ROOT, "  %-42s %5d statements  %5d trees  %4d passthrough  %6.1f%%", name, count, ok,
                    count - ok, 100.0 * ok / count);
        }
    }
}
