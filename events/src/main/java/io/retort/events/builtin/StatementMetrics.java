package io.retort.events.builtin;

/**
 * What {@link Metrics} counted for one statement shape on one data source. Times are in
 * nanoseconds; percentiles come from a histogram and are within 25% of the true value.
 *
 * @param shape the SQL of the first statement seen with this shape (others differ only in literals, IN-list lengths or comments)
 * @param dataSource the data source it ran on; {@code (none)} for statements that failed before reaching one
 * @param count executions
 * @param errors executions that failed
 * @param rows rows changed, summed over successful executions that reported an update count
 * @param totalNanos time spent, summed
 * @param minNanos the fastest execution
 * @param maxNanos the slowest execution
 * @param p50Nanos the median
 * @param p95Nanos the 95th percentile
 * @param p99Nanos the 99th percentile
 */
public record StatementMetrics(String shape, String dataSource, long count, long errors, long rows, long totalNanos,
        long minNanos, long maxNanos, long p50Nanos, long p95Nanos, long p99Nanos) {

    /** The mean time of one execution, 0 when there was none. */
    public long meanNanos() {
        return count == 0 ? 0 : totalNanos / count;
    }
}
