package io.retort.events;

import io.retort.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One logical execution of a statement, as the application asked for it: its SQL text, its
 * parameters and, on demand, its parsed model. The same event object is passed to every callback of
 * that execution (before-execute, after-route, the cursor events, after-execute), so listeners can
 * keep state between them in {@link #attributes()}.
 *
 * <pre>{@code
 * public void beforeExecute(StatementEvent e) { e.attributes().put("start", System.nanoTime()); }
 * }</pre>
 */
public final class StatementEvent {

    private final ConnectionInfo connection;
    private final String sql;
    private final ExecutionKind kind;
    private final Parameters parameters;
    private final List<Parameters> batch;
    private final ModelSource modelSource;
    private volatile Map<String, Object> attributes;
    /** The first attribute set through {@link #attribute(String, Object)} while there is no map (most executions need one at most). */
    private String firstKey;
    private Object firstValue;

    /**
     * @param batch for a PreparedStatement batch, one parameter set per row; otherwise empty
     * @param modelSource gives the model when asked (the driver's plan cache)
     */
    public StatementEvent(ConnectionInfo connection, String sql, ExecutionKind kind, Parameters parameters,
            List<Parameters> batch, ModelSource modelSource) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.sql = Objects.requireNonNull(sql, "sql");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.batch = List.copyOf(batch);
        this.modelSource = Objects.requireNonNull(modelSource, "modelSource");
    }

    public ConnectionInfo connection() {
        return connection;
    }

    /** The SQL text as the application wrote it. */
    public String sql() {
        return sql;
    }

    public ExecutionKind kind() {
        return kind;
    }

    /** The parameters bound for this execution (for a batch: those of the last row added). */
    public Parameters parameters() {
        return parameters;
    }

    /** For a PreparedStatement batch, the parameters of each row; otherwise empty. */
    public List<Parameters> batch() {
        return batch;
    }

    /**
     * The parsed statement. Parsing happens on the first call (once per distinct SQL text: plans are
     * cached); an observer that needs it should say so in {@link StatementObserver#needsModel()}.
     */
    public Statement model() {
        return modelSource.model();
    }

    /** Whether, and when, the SQL was parsed. */
    public PlanInfo planInfo() {
        return modelSource.planInfo();
    }

    /**
     * Per-execution scratch space shared by all listeners and callbacks of this execution. The map is
     * synchronized: the cursor callbacks of a statement that runs on several data sources may come
     * from several threads at once (iterate it inside {@code synchronized (map)}).
     */
    public Map<String, Object> attributes() {
        Map<String, Object> map = attributes;
        if (map == null) {
            // Created on first use (most executions never need it); the lock only guards creation.
            synchronized (this) {
                map = attributes;
                if (map == null) {
                    map = Collections.synchronizedMap(new HashMap<>(4));
                    if (firstKey != null) {
                        map.put(firstKey, firstValue);
                        firstKey = null;
                        firstValue = null;
                    }
                    attributes = map;
                }
            }
        }
        return map;
    }

    /** The attribute {@code key}, or null; unlike {@code attributes().get(key)} it never creates the map. */
    public Object attribute(String key) {
        Map<String, Object> map = attributes;
        if (map != null) {
            return map.get(key);
        }
        synchronized (this) {
            map = attributes;
            if (map != null) {
                return map.get(key);
            }
            return key.equals(firstKey) ? firstValue : null;
        }
    }

    /**
     * Sets an attribute, like {@code attributes().put(key, value)}, without creating the map for
     * the first one (a listener that keeps one value per execution allocates nothing for it).
     */
    public void attribute(String key, Object value) {
        Objects.requireNonNull(key, "key");
        if (attributes == null) {
            synchronized (this) {
                if (attributes == null && (firstKey == null || firstKey.equals(key))) {
                    firstKey = key;
                    firstValue = value;
                    return;
                }
            }
        }
        attributes().put(key, value);
    }

    @Override
    public String toString() {
        return "StatementEvent[" + kind + " " + sql + " " + parameters + "]";
    }
}
