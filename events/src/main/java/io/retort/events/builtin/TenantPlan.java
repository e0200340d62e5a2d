package io.retort.events.builtin;

import io.retort.events.Parameters;
import io.retort.events.StatementEvent;
import io.retort.sql.Parameter;
import io.retort.sql.Statement;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the tenant filter does with one input statement, computed once per model instance: the
 * rewritten tree (the same for every tenant), the checks to run at each execution (tenant values an
 * INSERT gives itself), or a refusal.
 */
final class TenantPlan {

    private static final TenantPlan UNTOUCHED = new TenantPlan(null, false, List.of(), null, Set.of());

    /** A value an INSERT gives the tenant column, which must be the current tenant. */
    sealed interface Check permits ParameterCheck, LiteralCheck {}

    /** The application's parameter {@code parameter} fills the tenant column of {@code table}. */
    record ParameterCheck(Parameter parameter, String table) implements Check {}

    /** The literal {@code text} fills the tenant column of {@code table}. */
    record LiteralCheck(String text, boolean numeric, String table) implements Check {}

    /** The rewritten statement, or null when it is the input itself. */
    final Statement output;
    final boolean touched;
    final List<Check> checks;
    final String refusal;
    final Set<String> tables;

    private TenantPlan(Statement output, boolean touched, List<Check> checks, String refusal, Set<String> tables) {
        this.output = output;
        this.touched = touched;
        this.checks = List.copyOf(checks);
        this.refusal = refusal;
        this.tables = tables;
    }

    static TenantPlan untouched() {
        return UNTOUCHED;
    }

    static TenantPlan of(Statement output, List<Check> checks, Set<String> tables) {
        return new TenantPlan(output, true, checks, null, new TreeSet<>(tables));
    }

    static TenantPlan refused(String message) {
        return new TenantPlan(null, true, List.of(), message, Set.of());
    }

    /**
     * Runs the checks against this execution's parameters (every batch row) and the tenant.
     *
     * @throws SQLException (42501) naming the table and the value when a row would belong to another tenant
     */
    void verify(StatementEvent event, Object tenant) throws SQLException {
        if (checks.isEmpty()) {
            return;
        }
        List<Parameters> rows = event.batch().isEmpty() ? List.of(event.parameters()) : event.batch();
        for (Check check : checks) {
            switch (check) {
                case LiteralCheck l -> {
                    if (!sameTenant(l.text(), l.numeric(), tenant)) {
                        throw refusal(l.table(), "the literal " + (l.numeric() ? l.text() : "'" + l.text() + "'"));
                    }
                }
                case ParameterCheck p -> {
                    int index = p.parameter().index();
                    for (Parameters row : rows) {
                        if (index < 1 || index > row.size()) {
                            throw new SQLException("tenant filter: parameter " + index + " (the tenant column of "
                                    + p.table() + ") is not bound", "42501");
                        }
                        Object value = row.get(index);
                        if (!sameTenant(value, tenant)) {
                            throw refusal(p.table(), "parameter " + index);
                        }
                    }
                }
            }
        }
    }

    private static SQLException refusal(String table, String what) {
        // the values themselves stay out of the message: they may be another tenant's id
        return new SQLException("tenant filter: the INSERT into " + table + " gives the tenant column " + what
                + ", which is not the current tenant; leave the column out to have it filled", "42501");
    }

    private static boolean sameTenant(String literal, boolean numeric, Object tenant) {
        if (numeric && tenant instanceof Number n) {
            return sameNumber(literal, n.toString());
        }
        return literal.equals(String.valueOf(tenant));
    }

    static boolean sameTenant(Object value, Object tenant) {
        if (value == null) {
            return false;
        }
        if (value.equals(tenant)) {
            return true;
        }
        if (value instanceof Number || tenant instanceof Number) {
            return sameNumber(value.toString(), tenant.toString());
        }
        return value.toString().equals(tenant.toString());
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return new BigDecimal(a.trim()).compareTo(new BigDecimal(b.trim())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
