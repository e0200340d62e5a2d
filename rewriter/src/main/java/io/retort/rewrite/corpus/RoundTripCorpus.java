package io.retort.rewrite.corpus;

import io.retort.dialect.Dialect;
import io.retort.dialect.RenderOptions;
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
 * The printers' round trip over a corpus: every statement that parses is rendered in its own dialect
 * and parsed again, and the two trees must be equal. Reads a TSV with the columns {@code id},
 * {@code dialects} (comma-separated; {@code all} and {@code sql92} mean the standard), {@code category}
 * and {@code sql}; prints per category how many parsed statements round-trip, the first failures with
 * the rendered SQL and where the trees differ, and a last line {@code round-trip: N of M parsed (P%)}.
 *
 * <pre>{@code
 * java io.retort.rewrite.corpus.RoundTripCorpus ../shared/corpus/shardingsphere-sql-cases.tsv
 * }</pre>
 */
public final class RoundTripCorpus {

    /** How many failures are printed in full. */
    private static final int SHOWN_FAILURES = 25;

    private RoundTripCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RoundTripCorpus FILE.tsv");
            System.exit(2);
        }
        int failed = run(Path.of(args[0]), System.out);
        System.exit(failed == 0 ? 0 : 1);
    }

    /**
     * Runs the round trip over {@code tsv}, printing the report to {@code out}.
     *
     * @return the number of parsed statements that did not round-trip
     */
    public static int run(Path tsv, PrintStream out) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        Map<String, int[]> byCategory = new TreeMap<>();
        Map<SqlDialect, int[]> byDialect = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        int same = 0;
        for (String line : lines) {
            String[] cols = line.split("\t", 4);
            if (cols.length < 4 || cols[0].equals("id")) {
                continue;
            }
            for (String name : cols[1].split(",")) {
                SqlDialect dialect = dialect(name.trim());
                Statement tree;
                try {
                    tree = SqlParser.parse(cols[3], dialect);
                } catch (RuntimeException e) {
                    continue; // the parser's own corpus runner reports these
                }
                if (tree instanceof Passthrough) {
                    continue;
                }
                parsed++;
                int[] c = byCategory.computeIfAbsent(cols[2], k -> new int[2]);
                int[] d = byDialect.computeIfAbsent(dialect, k -> new int[2]);
                c[1]++;
                d[1]++;
                String failure = roundTrip(tree, dialect);
                if (failure == null) {
                    same++;
                    c[0]++;
                    d[0]++;
                } else {
                    failures.add(cols[0] + " [" + dialect.configName() + "]\n  sql:      " + cols[3] + "\n" + failure);
                }
            }
        }
        out.println("category                        round-trip / parsed");
        byCategory.forEach((category, c) -> out.printf(Locale.ROOT, "  %-30s %5d / %5d%n", category, c[0], c[1]));
        out.println("dialect");
        byDialect.forEach((dialect, c) -> out.printf(Locale.ROOT, "  %-30s %5d / %5d%n", dialect.configName(), c[0], c[1]));
        if (!failures.isEmpty()) {
            out.println("first failures (" + Math.min(SHOWN_FAILURES, failures.size()) + " of " + failures.size() + "):");
            for (String f : failures.subList(0, Math.min(SHOWN_FAILURES, failures.size()))) {
                out.println(f);
            }
        }
        double percent = parsed == 0 ? 100.0 : 100.0 * same / parsed;
        out.printf(Locale.ROOT, "round-trip: %d of %d parsed (%.1f%%)%n", same, parsed, percent);
        return parsed - same;
    }

    /** Null when {@code tree} prints and reads back as itself, else what went wrong. */
    static String roundTrip(Statement tree, SqlDialect dialect) {
        String rendered;
        try {
            rendered = printer(dialect).renderUnchecked(tree, RenderOptions.AS_WRITTEN).sql();
        } catch (RuntimeException e) {
            if (!dialect.isMySqlFamily()) {
                return "  render failed: " + e.getMessage();
            }
            // The corpus tags MariaDB's syntax (RETURNING, sequences) as "mysql"; the parser reads both
            // with MySQL's rules, so MariaDB's printer is the family's other printer.
            try {
                rendered = printer(SqlDialect.MARIADB).renderUnchecked(tree, RenderOptions.AS_WRITTEN).sql();
            } catch (RuntimeException again) {
                return "  render failed: " + e.getMessage();
            }
        }
        Statement back;
        try {
            back = SqlParser.parse(rendered, dialect);
        } catch (RuntimeException e) {
            return "  rendered: " + rendered + "\n  the parser failed on it: " + e;
        }
        if (back instanceof Passthrough p) {
            return "  rendered: " + rendered + "\n  does not parse again: " + p.reason();
        }
        if (back.equals(tree)) {
            return null;
        }
        return "  rendered: " + rendered + "\n  trees differ: " + difference(tree.toString(), back.toString());
    }

    private static Dialect printer(SqlDialect dialect) {
        return Dialect.of(dialect, Dialect.latestVersion(dialect));
    }

    /** The first place two tree descriptions differ, with some context. */
    static String difference(String expected, String actual) {
        int i = 0;
        int n = Math.min(expected.length(), actual.length());
        while (i < n && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "\n    parsed:  ..." + expected.substring(from, Math.min(expected.length(), i + 80))
                + "\n    again:   ..." + actual.substring(from, Math.min(actual.length(), i + 80));
    }

    private static SqlDialect dialect(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "all", "sql92", "" -> SqlDialect.ANSI;
            default -> SqlDialect.fromName(name);
        };
    }
}
