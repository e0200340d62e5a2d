package io.retort.examples.audit;

import java.time.Instant;
import java.util.List;

/**
 * One statement an application ran.
 *
 * @param at when it finished
 * @param connectionId the logical connection's id
 * @param sql the SQL as the application wrote it
 * @param dataSources the data sources it ran on, in the order they finished (empty when it never reached one)
 * @param elapsedNanos how long it took
 * @param rowCount the update count, or -1 for a query
 * @param error the SQLState and message when it failed, otherwise null
 */
public record AuditEntry(Instant at, long connectionId, String sql, List<String> dataSources, long elapsedNanos,
        long rowCount, String error) {

    public AuditEntry {
        dataSources = List.copyOf(dataSources);
    }

    public boolean failed() {
        return error != null;
    }
}
