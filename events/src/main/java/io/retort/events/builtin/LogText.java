package io.retort.events.builtin;

import io.retort.events.Outcome;
import io.retort.events.Parameters;
import io.retort.events.PlanInfo;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.SQLException;
import java.util.Locale;

/** The pieces of a log line, shared by the statement log and the slow-query log. */
final class LogText {

    private static final int MAX_SQL_IN_ROUTE = 200;

    private LogText() {}

    /** SQLAlchemy's echo: {@code [generated in 0.00012s]}, {@code [cached since 12.3s ago]}, {@code [not parsed]}. */
    static StringBuilder plan(StringBuilder sb, PlanInfo plan) {
        return switch (plan.status()) {
            case NOT_PARSED -> sb.append("[not parsed]");
            case GENERATED -> sb.append("[generated in ")
                    .append(String.format(Locale.ROOT, "%.5f", plan.parseNanos() / 1e9)).append("s]");
            case CACHED -> sb.append("[cached since ")
                    .append(seconds(Math.max(0, System.nanoTime() - plan.createdAtNanos()))).append("s ago]");
        };
    }

    /** Seconds with at most four significant digits: 12.3, 0.0001235, 4521. */
    static String seconds(long nanos) {
        if (nanos == 0) {
            return "0";
        }
        BigDecimal s = BigDecimal.valueOf(nanos).movePointLeft(9).round(new MathContext(4)).stripTrailingZeros();
        return s.toPlainString();
    }

    /** {@code [?, ?]} when masked, {@code [42, 'x', NULL]} when shown, {@code []} when there are none. */
    static StringBuilder parameters(StringBuilder sb, Parameters parameters, boolean show) {
        if (show) {
            return sb.append(parameters);
        }
        sb.append('[');
        for (int i = 0; i < parameters.size(); i++) {
            sb.append(i == 0 ? "?" : ", ?");
        }
        return sb.append(']');
    }

    /** {@code (0.412 ms, 1 row)} or {@code failed after 0.412 ms: [23505] duplicate key}. */
    static StringBuilder outcome(StringBuilder sb, Outcome outcome) {
        String ms = millis(outcome.elapsedNanos());
        if (outcome.failed()) {
            SQLException e = outcome.error();
            sb.append("failed after ").append(ms).append(" ms: ");
            if (e.getSQLState() != null) {
                sb.append('[').append(e.getSQLState()).append("] ");
            }
            return sb.append(e.getMessage());
        }
        sb.append('(').append(ms).append(" ms");
        if (outcome.rowCount() >= 0) {
            sb.append(", ").append(outcome.rowCount()).append(outcome.rowCount() == 1 ? " row" : " rows");
        }
        return sb.append(')');
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    static String abbreviate(String sql) {
        return sql.length() <= MAX_SQL_IN_ROUTE ? sql : sql.substring(0, MAX_SQL_IN_ROUTE) + "…";
    }
}
