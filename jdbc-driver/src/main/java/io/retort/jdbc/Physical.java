package io.retort.jdbc;

import io.retort.dialect.RenderedSql;
import io.retort.events.Listeners;
import io.retort.events.Parameters;
import io.retort.events.StatementEvent;
import io.retort.sql.Parameter;
import io.retort.sql.ParameterKind;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * What the real driver runs for one logical statement: the SQL text, and how the application's
 * parameters map onto its markers. Either verbatim (the application's own text and parameter
 * order) or rendered (translated or rewritten: parameters may be reordered, repeated, or supplied
 * by a listener through a {@code retort_}-named parameter).
 */
final class Physical {

    final String sql;
    /** Null when verbatim. */
    private final List<Parameter> bindings;
    /** Per binding: whether a listener supplies its value (null when verbatim). */
    private final boolean[] provided;
    /** Whether binding is the application's parameters in their own order. */
    final boolean inSourceOrder;

    private Physical(String sql, List<Parameter> bindings, boolean inSourceOrder) {
        this.sql = sql;
        this.bindings = bindings;
        this.inSourceOrder = inSourceOrder;
        if (bindings == null) {
            this.provided = null;
        } else {
            this.provided = new boolean[bindings.size()];
            for (int i = 0; i < provided.length; i++) {
                provided[i] = isProvided(bindings.get(i));
            }
        }
    }

    static Physical verbatim(String sql) {
        return new Physical(sql, null, true);
    }

    static Physical of(RenderedSql rendered) {
        if (rendered.verbatim()) {
            return verbatim(rendered.sql());
        }
        List<Parameter> bindings = rendered.bindings();
        boolean inOrder = rendered.bindsInSourceOrder();
        for (Parameter p : bindings) {
            inOrder &= !isProvided(p);
        }
        return new Physical(rendered.sql(), bindings, inOrder);
    }

    /** A parameter Retort or a listener added to the statement: its value comes from a listener, not the application. */
    static boolean isProvided(Parameter p) {
        return p.kind() == ParameterKind.NAMED && p.name() != null && p.name().startsWith("retort_");
    }

    /** The number of parameters the application's indices map to (for the statement log and events). */
    int parameterCount(ParameterBuffer params) {
        return bindings == null ? params.size() : bindings.size();
    }

    /** Binds the application's parameters (and listener-supplied ones) onto {@code ps} in the physical order. */
    void bind(PreparedStatement ps, ParameterBuffer params, Listeners listeners, StatementEvent event) throws SQLException {
        if (inSourceOrder) {
            params.bindInOrder(ps);
            return;
        }
        for (int i = 0; i < bindings.size(); i++) {
            Parameter p = bindings.get(i);
            if (provided[i]) {
                ps.setObject(i + 1, provided(p, listeners, event));
            } else {
                params.bind(p.index(), ps, i + 1);
            }
        }
    }

    /**
     * Like {@link #bind(PreparedStatement, ParameterBuffer, Listeners, StatementEvent)}, with the
     * values {@link #parameters} computed for this execution: listeners are not asked twice.
     */
    void bind(PreparedStatement ps, ParameterBuffer params, Parameters values) throws SQLException {
        if (inSourceOrder) {
            params.bindInOrder(ps);
            return;
        }
        for (int i = 0; i < provided.length; i++) {
            if (provided[i]) {
                ps.setObject(i + 1, values.get(i + 1));
            } else {
                params.bind(bindings.get(i).index(), ps, i + 1);
            }
        }
    }

    /** The values in the physical order, as a cursor event shows them. */
    Parameters parameters(ParameterBuffer params, Listeners listeners, StatementEvent event) throws SQLException {
        if (inSourceOrder) {
            return params.view();
        }
        Object[] values = new Object[bindings.size()];
        for (int i = 0; i < values.length; i++) {
            Parameter p = bindings.get(i);
            values[i] = provided[i] ? provided(p, listeners, event) : params.value(p.index());
        }
        return Parameters.of(values);
    }

    private static Object provided(Parameter p, Listeners listeners, StatementEvent event) throws SQLException {
        if (event == null || !listeners.providesParameter(p.name())) {
            throw new SQLException("no listener supplies the value of parameter :" + p.name()
                    + " (names starting with retort_ are reserved for values Retort's listeners add)", "07001");
        }
        return listeners.parameterValue(p.name(), event);
    }

    /** Whether the statement has parameters some listener must supply. */
    boolean needsProvidedValues() {
        if (bindings == null) {
            return false;
        }
        for (boolean p : provided) {
            if (p) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return sql;
    }
}
