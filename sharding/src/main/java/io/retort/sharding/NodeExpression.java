package io.retort.sharding;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands data node expressions.
 *
 * <ul>
 *   <li>{@code ds${0..1}.orders_${0..3}}: every combination of the {@code ${...}} groups, the
 *       leftmost group varying slowest (like nested loops read left to right):
 *       {@code ds0.orders_0, ds0.orders_1, ..., ds0.orders_3, ds1.orders_0, ...}</li>
 *   <li>{@code ${a..b}} is the integers a to b inclusive; a start written with leading zeros pads
 *       every number to its width ({@code ${00..15}} gives {@code 00, 01, ..., 15})</li>
 *   <li>{@code ${['x','y']}} (or {@code ${[x, y]}}) is the listed texts</li>
 *   <li>top-level commas separate expressions: {@code "ds0.orders_0, ds1.orders_1"}; their
 *       results follow each other in the written order</li>
 * </ul>
 */
final class NodeExpression {
    /** More nodes than this is a typo such as {@code ${0..99999999}}, not a layout. */
    static final int MAX_NODES = 100_000;

    private NodeExpression() {}

    /** The expanded {@code ds.table} texts; an {@link IllegalArgumentException} says what is wrong. */
    static List<String> expand(String text) {
        List<String> out = new ArrayList<>();
        for (String part : splitTopLevel(text)) {
            String p = part.trim();
            if (p.isEmpty()) {
                throw new IllegalArgumentException("empty data node in '" + text + "'");
            }
            out.addAll(expandOne(p));
            if (out.size() > MAX_NODES) {
                throw new IllegalArgumentException("more than " + MAX_NODES + " data nodes");
            }
        }
        return out;
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                depth++;
                i++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("'${' without a closing '}' in '" + text + "'");
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static List<String> expandOne(String expr) {
        List<String> results = new ArrayList<>(List.of(""));
        int i = 0;
        while (i < expr.length()) {
            int open = expr.indexOf("${", i);
            String literal = open < 0 ? expr.substring(i) : expr.substring(i, open);
            if (!literal.isEmpty()) {
                results.replaceAll(r -> r + literal);
            }
            if (open < 0) {
                break;
            }
            int close = expr.indexOf('}', open);
            List<String> values = group(expr.substring(open + 2, close).trim(), expr);
            if ((long) results.size() * values.size() > MAX_NODES) {
                throw new IllegalArgumentException("'" + expr + "' gives more than " + MAX_NODES + " data nodes");
            }
            List<String> next = new ArrayList<>(results.size() * values.size());
            for (String r : results) {
                for (String v : values) {
                    next.add(r + v);
                }
            }
            results = next;
            i = close + 1;
        }
        return results;
    }

    private static List<String> group(String body, String expr) {
        int dots = body.indexOf("..");
        if (dots > 0) {
            String from = body.substring(0, dots).trim();
            String to = body.substring(dots + 2).trim();
            if (!from.matches("[0-9]{1,9}") || !to.matches("[0-9]{1,9}")) {
                throw new IllegalArgumentException("'${" + body + "}' in '" + expr + "': a range is ${a..b} with non-negative integers a <= b");
            }
            int a = Integer.parseInt(from);
            int b = Integer.parseInt(to);
            if (a > b) {
                throw new IllegalArgumentException("'${" + body + "}' in '" + expr + "': the range runs backwards; write ${" + b + ".." + a + "}");
            }
            if (b - a + 1 > MAX_NODES) {
                throw new IllegalArgumentException("'${" + body + "}' in '" + expr + "' gives more than " + MAX_NODES + " values");
            }
            int width = from.length() > 1 && from.charAt(0) == '0' ? from.length() : 0;
            List<String> values = new ArrayList<>(b - a + 1);
            for (int v = a; v <= b; v++) {
                String s = Integer.toString(v);
                values.add(s.length() < width ? "0".repeat(width - s.length()) + s : s);
            }
            return values;
        }
        if (body.startsWith("[") && body.endsWith("]")) {
            List<String> values = new ArrayList<>();
            for (String item : body.substring(1, body.length() - 1).split(",", -1)) {
                String v = item.trim();
                if (v.length() >= 2 && (v.charAt(0) == '\'' || v.charAt(0) == '"') && v.charAt(v.length() - 1) == v.charAt(0)) {
                    v = v.substring(1, v.length() - 1);
                }
                if (v.isEmpty()) {
                    throw new IllegalArgumentException("empty value in '${" + body + "}' in '" + expr + "'");
                }
                values.add(v);
            }
            return values;
        }
        throw new IllegalArgumentException("'${" + body + "}' in '" + expr
                + "': expected a range ${0..3} or a list ${['a','b']}");
    }
}
