package io.retort.jdbc;

import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A parsed statement as the plan cache keeps it: the model of one SQL text in one dialect, when
 * it was made and how long parsing took. Immutable but for whether its first use was reported.
 */
final class Plan {

    final String sql;
    final SqlDialect dialect;
    final Statement model;
    final long parseNanos;
    final long createdAtNanos;
    private final AtomicBoolean reported = new AtomicBoolean();

    Plan(String sql, SqlDialect dialect, Statement model, long parseNanos, long createdAtNanos) {
        this.sql = sql;
        this.dialect = dialect;
        this.model = model;
        this.parseNanos = parseNanos;
        this.createdAtNanos = createdAtNanos;
    }

    /** True exactly once: for the execution that made this plan (a cache miss), as opposed to later ones. */
    boolean firstUse() {
        return !reported.get() && reported.compareAndSet(false, true);
    }
}
