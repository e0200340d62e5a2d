package io.retort.events;

import java.sql.SQLException;

/**
 * A listener that supplies the values of named parameters it adds to statements. A
 * {@link StatementTransformer} that adds a condition such as {@code tenant_id = :retort_tenant}
 * keeps the value out of the SQL text (so the rewritten tree is the same for every value and its
 * rendering can be cached) and lets the driver ask for the value when it binds the statement.
 *
 * <p>The driver binds every {@link io.retort.sql.Parameter} of kind {@code NAMED} whose name some
 * listener provides by calling {@link Listeners#parameterValue}; any other parameter is bound from
 * the application's values as usual.
 *
 * <pre>{@code
 * public final class SoftDeleteCutoff implements StatementTransformer, ParameterProvider {
 *     public boolean providesParameter(String name) { return name.equals("retort_cutoff"); }
 *     public Object parameterValue(String name, StatementEvent event) { return Instant.now(); }
 *     public Statement transform(StatementEvent event, Statement model) { ... }
 * }
 * }</pre>
 */
public interface ParameterProvider extends RetortListener {

    /** Whether this listener supplies the value of the named parameter {@code name}. */
    boolean providesParameter(String name);

    /**
     * The value to bind to {@code name} for this execution (any value a JDBC {@code setObject}
     * accepts).
     *
     * @throws SQLException to refuse the execution (the application sees it, naming this listener)
     */
    Object parameterValue(String name, StatementEvent event) throws SQLException;
}
