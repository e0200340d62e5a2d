package io.retort.jdbc;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Arrays;

/** A batch of routed statements that failed part way: the counts of those that ran, as JDBC reports them. */
final class BatchFailures {

    private BatchFailures() {}

    static BatchUpdateException failed(SQLException cause, long[] counts, int failedAt) {
        long[] done = Arrays.copyOf(counts, failedAt);
        return new BatchUpdateException("batch statement " + (failedAt + 1) + " failed: " + cause.getMessage(),
                cause.getSQLState(), cause.getErrorCode(), done, cause);
    }
}
