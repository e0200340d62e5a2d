package io.retort.jdbc;

import io.retort.dialect.RenderedSql;
import io.retort.sharding.route.RouteUnit;
import io.retort.sql.Parameter;
import io.retort.sql.ParameterKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code EXPLAIN ROUTE <statement>}: a result with one row per physical statement the statement
 * would run — {@code data_source}, {@code sql} (as that data source would receive it),
 * {@code parameters} — and nothing executed. On a plain wrapped URL it shows the one database.
 */
final class ExplainRoute {

    private static final String PREFIX = "EXPLAIN ROUTE";

    private ExplainRoute() {}

    /** Whether {@code sql} starts (after white space) with {@code EXPLAIN ROUTE}; cheap enough for every statement. */
    static boolean matches(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        if (n - i < PREFIX.length() || (sql.charAt(i) | 0x20) != 'e') {
            return false;
        }
        return sql.regionMatches(true, i, "EXPLAIN", 0, 7) && rest(sql, i + 7) >= 0;
    }

    /** The statement after {@code EXPLAIN ROUTE}, or null when {@code sql} is not one. */
    static String statement(String sql) {
        if (!matches(sql)) {
            return null;
        }
        int i = sql.toUpperCase(Locale.ROOT).indexOf("EXPLAIN") + 7;
        return sql.substring(rest(sql, i));
    }

    /** The index after "ROUTE" following position {@code from}, or -1. */
    private static int rest(String sql, int from) {
        int i = from;
        int n = sql.length();
        if (i >= n || !Character.isWhitespace(sql.charAt(i))) {
            return -1;
        }
        while (i < n && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        if (!sql.regionMatches(true, i, "ROUTE", 0, 5)) {
            return -1;
        }
        i += 5;
        return i < n && Character.isWhitespace(sql.charAt(i)) ? i + 1 : -1;
    }

    static ResultSet result(List<List<Object>> rows) throws SQLException {
        return InMemoryResults.of(List.of(InMemoryResults.text("data_source"), InMemoryResults.text("sql"),
                InMemoryResults.text("parameters")), rows);
    }

    /** The values a unit's physical statement binds, in order, as text. */
    static String parameters(RenderedSql rendered, RouteUnit unit, ParameterBuffer parameters) {
        List<String> out = new ArrayList<>();
        if (rendered.verbatim()) {
            for (Object v : parameters.asList()) {
                out.add(String.valueOf(v));
            }
        } else {
            for (Parameter p : rendered.bindings()) {
                boolean retort = p.kind() == ParameterKind.NAMED && p.name() != null && p.name().startsWith("retort_");
                out.add(retort ? String.valueOf(unit.extraParameters().getOrDefault(p.name(), ":" + p.name()))
                        : String.valueOf(parameters.value(p.index())));
            }
        }
        return out.toString();
    }
}
