package io.retort.events;

/**
 * Where a statement's model came from, for logs in the spirit of SQLAlchemy's echo
 * ({@code [generated in 0.00012s]}, {@code [cached since 12.3s ago]}).
 *
 * @param status whether the SQL was parsed at all, just now, or earlier
 * @param parseNanos how long parsing (and planning) took when it happened; 0 when not parsed
 * @param createdAtNanos {@link System#nanoTime()} when the plan was made; 0 when not parsed
 */
public record PlanInfo(Status status, long parseNanos, long createdAtNanos) {

    /** The fast path: no listener asked for the model, no rewrite or routing needed it. */
    public static final PlanInfo NOT_PARSED = new PlanInfo(Status.NOT_PARSED, 0, 0);

    public enum Status {
        /** Nothing needed the model: the SQL text went to the real driver as written. */
        NOT_PARSED,
        /** Parsed for this execution (a plan-cache miss). */
        GENERATED,
        /** Taken from the plan cache. */
        CACHED
    }
}
