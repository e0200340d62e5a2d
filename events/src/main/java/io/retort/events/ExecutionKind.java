package io.retort.events;

/** How the application asked for a statement to run. */
public enum ExecutionKind {
    /** {@code executeQuery}. */
    QUERY,
    /** {@code executeUpdate} / {@code executeLargeUpdate}. */
    UPDATE,
    /** {@code execute}: may return result sets, update counts or both. */
    EXECUTE,
    /** {@code executeBatch} / {@code executeLargeBatch}. */
    BATCH
}
