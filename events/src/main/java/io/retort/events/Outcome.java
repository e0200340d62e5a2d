package io.retort.events;

import java.sql.SQLException;

/**
 * What came of an execution.
 *
 * @param elapsedNanos wall time spent, in nanoseconds
 * @param rowCount the update count (summed over a batch), or -1 when the statement produced a result set
 * @param error the exception, or null when it succeeded
 */
public record Outcome(long elapsedNanos, long rowCount, SQLException error) {

    public boolean failed() {
        return error != null;
    }
}
