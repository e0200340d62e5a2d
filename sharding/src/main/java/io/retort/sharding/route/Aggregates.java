package io.retort.sharding.route;

import io.retort.sharding.merge.AggregateKind;
import io.retort.sql.FunctionCall;
import io.retort.sql.Node;
import io.retort.sql.Query;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Recognises aggregate and window function calls, without descending into subqueries. */
final class Aggregates {
    private static final Set<String> AGGREGATES = Set.of("count", "sum", "min", "max", "avg", "string_agg",
            "group_concat", "array_agg", "json_agg", "jsonb_agg", "json_object_agg", "jsonb_object_agg",
            "json_arrayagg", "json_objectagg", "json_group_array", "json_group_object", "bool_and", "bool_or", "every",
            "bit_and", "bit_or", "bit_xor", "stddev", "stddev_pop", "stddev_samp", "std", "variance", "var_pop",
            "var_samp", "percentile_cont", "percentile_disc", "mode", "listagg", "any_value", "xmlagg", "corr",
            "covar_pop", "covar_samp", "grouping", "median", "total", "count_big", "range_agg", "range_intersect_agg");

    private Aggregates() {}

    static String name(FunctionCall f) {
        return f.name().last().text().toLowerCase(Locale.ROOT);
    }

    /** An aggregate call (not a window function). */
    static boolean isAggregate(FunctionCall f) {
        if (f.over() != null) {
            return false;
        }
        String n = name(f);
        return AGGREGATES.contains(n) || n.startsWith("regr_");
    }

    /** The merge of a simple aggregate ({@code COUNT SUM MIN MAX AVG ANY_VALUE}), or null for any other. */
    static AggregateKind kind(FunctionCall f) {
        if (!isAggregate(f) || f.arguments().size() > 1 && !name(f).equals("count")) {
            return null;
        }
        return switch (name(f)) {
            case "count" -> f.distinct() ? AggregateKind.COUNT_DISTINCT : AggregateKind.COUNT;
            case "sum" -> AggregateKind.SUM;
            case "min" -> AggregateKind.MIN;
            case "max" -> AggregateKind.MAX;
            case "avg" -> AggregateKind.AVG;
            case "any_value" -> AggregateKind.ANY_VALUE;
            default -> null;
        };
    }

    static boolean containsAggregate(Node n) {
        return contains(n, false);
    }

    static boolean containsAggregate(List<? extends Node> nodes) {
        for (Node n : nodes) {
            if (contains(n, false)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsWindow(List<? extends Node> nodes) {
        for (Node n : nodes) {
            if (contains(n, true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(Node n, boolean window) {
        if (n == null || n instanceof Query) {
            return false;
        }
        if (n instanceof FunctionCall f && (window ? f.over() != null : isAggregate(f))) {
            return true;
        }
        for (Node c : n.children()) {
            if (contains(c, window)) {
                return true;
            }
        }
        return false;
    }
}
