package io.retort.events;

/**
 * Observes statements: before they run, where they were routed, each physical statement on a real
 * driver, and after. Observers cannot change anything (use a {@link StatementTransformer} for that);
 * every method defaults to doing nothing.
 *
 * <pre>{@code
 * public final class SlowWarning implements StatementObserver {
 *     public void afterExecute(StatementEvent e, Outcome o) {
 *         if (o.elapsedNanos() > 200_000_000) log.warn("slow: {}", e.sql());
 *     }
 * }
 * }</pre>
 */
public interface StatementObserver extends RetortListener {

    /**
     * Whether this observer reads {@link StatementEvent#model()}. Declared up front: when no
     * registered listener needs the model (and no rewrite or routing does), statements are never
     * parsed and go to the real driver as written.
     */
    default boolean needsModel() {
        return false;
    }

    /** Before anything runs (after the transformers, if any, have run). */
    default void beforeExecute(StatementEvent event) {}

    /** After routing decided where the statement runs (sharded configurations and {@code EXPLAIN ROUTE}). */
    default void afterRoute(RouteEvent event) {}

    /** Before one physical statement runs on a real driver. */
    default void beforeCursorExecute(CursorEvent event) {}

    /** After one physical statement ran (or failed) on a real driver. */
    default void afterCursorExecute(CursorEvent event, Outcome outcome) {}

    /** After the whole logical execution, merged results included (or after it failed). */
    default void afterExecute(StatementEvent event, Outcome outcome) {}
}
