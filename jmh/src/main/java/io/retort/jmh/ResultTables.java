package io.retort.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a JMH CSV result file into the Markdown table BENCHMARKS.md shows: one row per benchmark
 * and parameter combination, with the score, its error, the allocation per operation
 * ({@code -prof gc}), the process CPU per operation ({@code -prof io.retort.jmh.ProcessCpuProfiler})
 * and, with {@code --ratio param=value}, the ratio of each row to the row that differs from it only
 * in that parameter having that value (the baseline of the same run).
 *
 * <pre>{@code
 * java -jar jmh/target/benchmarks.jar DriverOverheadBenchmark -prof gc -rf csv -rff overhead.csv
 * java -cp jmh/target/benchmarks.jar io.retort.jmh.ResultTables overhead.csv --ratio driver=raw
 * }</pre>
 */
public final class ResultTables {

    private static final String ALLOC = "gc.alloc.rate.norm";
    private static final String CPU = "cpu.ns/op";

    /** One benchmark and parameter combination, with its secondary results. */
    static final class Row {
        final String benchmark;
        final Map<String, String> params;
        double score;
        double error;
        String unit;
        final Map<String, Double> secondary = new LinkedHashMap<>();

        Row(String benchmark, Map<String, String> params) {
            this.benchmark = benchmark;
            this.params = params;
        }
    }

    private ResultTables() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--ratio") && args[2].contains("="))) {
            System.err.println("usage: ResultTables <jmh result .csv> [--ratio <param>=<baseline value>]");
            System.exit(2);
        }
        List<Row> rows = read(Path.of(args[0]));
        String ratioParam = args.length == 3 ? args[2].substring(0, args[2].indexOf('=')) : null;
        String ratioValue = args.length == 3 ? args[2].substring(args[2].indexOf('=') + 1) : null;
        System.out.print(table(rows, ratioParam, ratioValue));
    }

    static List<Row> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        if (lines.isEmpty()) {
            throw new IOException(csv + " is empty: expected a JMH result written with -rf csv");
        }
        List<String> header = fields(lines.get(0));
        int benchmark = column(header, "Benchmark", csv);
        int score = column(header, "Score", csv);
        int error = column(header, "Score Error (99.9%)", csv);
        int unit = column(header, "Unit", csv);
        Map<String, Row> byKey = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line);
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).startsWith("Param: ") && i < f.size() && !f.get(i).isEmpty()) {
                    params.put(header.get(i).substring("Param: ".length()), f.get(i));
                }
            }
            String name = shortName(f.get(benchmark));
            int colon = name.indexOf(':');
            String base = colon < 0 ? name : name.substring(0, colon);
            Row row = byKey.computeIfAbsent(base + params, k -> new Row(base, params));
            double value = number(f.get(score));
            if (colon < 0) {
                row.score = value;
                row.error = number(f.get(error));
                row.unit = f.get(unit);
            } else {
                String metric = name.substring(colon + 1);
                // Older JMH versions put a middle dot before secondary results' names.
                row.secondary.put(metric.startsWith("\u00b7") ? metric.substring(1) : metric, value);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    static String table(List<Row> rows, String ratioParam, String ratioValue) {
        List<String> paramNames = new ArrayList<>();
        for (Row r : rows) {
            for (String p : r.params.keySet()) {
                if (!paramNames.contains(p)) {
                    paramNames.add(p);
                }
            }
        }
        StringBuilder out = new StringBuilder("| benchmark |");
        paramNames.forEach(p -> out.append(' ').append(p).append(" |"));
        out.append(" score | ± error | unit | alloc B/op | cpu ns/op |");
        if (ratioParam != null) {
            out.append(" / ").append(ratioParam).append('=').append(ratioValue).append(" |");
        }
        out.append("\n|---|");
        out.append("---|".repeat(paramNames.size())).append("--:|--:|---|--:|--:|");
        if (ratioParam != null) {
            out.append("--:|");
        }
        out.append('\n');
        for (Row r : rows) {
            out.append("| ").append(r.benchmark).append(" |");
            paramNames.forEach(p -> out.append(' ').append(r.params.getOrDefault(p, "")).append(" |"));
            out.append(' ').append(format(r.score)).append(" | ").append(format(r.error)).append(" | ")
                    .append(Objects.requireNonNullElse(r.unit, "")).append(" | ")
                    .append(secondary(r, ALLOC)).append(" | ").append(secondary(r, CPU)).append(" |");
            if (ratioParam != null) {
                Row baseline = baseline(rows, r, ratioParam, ratioValue);
                out.append(' ').append(baseline == null ? "" : String.format(Locale.ROOT, "%.3f", r.score / baseline.score))
                        .append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static Row baseline(List<Row> rows, Row r, String param, String value) {
        if (!r.params.containsKey(param)) {
            return null;
        }
        Map<String, String> wanted = new LinkedHashMap<>(r.params);
        wanted.put(param, value);
        for (Row candidate : rows) {
            if (candidate.benchmark.equals(r.benchmark) && candidate.params.equals(wanted)) {
                return candidate;
            }
        }
        return null;
    }

    private static String secondary(Row r, String name) {
        Double v = r.secondary.get(name);
        return v == null ? "" : format(v);
    }

    private static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static double number(String s) {
        try {
            return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN; // JMH writes "NaN" or "≈ 0"-like values for some secondary results
        }
    }

    private static String shortName(String benchmark) {
        String prefix = ResultTables.class.getPackageName() + ".";
        return benchmark.startsWith(prefix) ? benchmark.substring(prefix.length()) : benchmark;
    }

    private static int column(List<String> header, String name, Path csv) throws IOException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IOException(csv + " has no column \"" + name + "\": expected a JMH result written with -rf csv");
        }
        return i;
    }

    /** The fields of one CSV line as JMH writes it: comma-separated, text in double quotes. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
