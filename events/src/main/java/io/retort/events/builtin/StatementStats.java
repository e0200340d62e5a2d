package io.retort.events.builtin;

import io.retort.events.Outcome;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The live counters of one statement shape on one data source. */
final class StatementStats {

    final String shape;
    final String dataSource;
    private final LongAdder count = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder rows = new LongAdder();
    private final LongAdder totalNanos = new LongAdder();
    private final AtomicLong minNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong maxNanos = new AtomicLong(Long.MIN_VALUE);
    private final LatencyHistogram histogram = new LatencyHistogram();

    StatementStats(String shape, String dataSource) {
        this.shape = shape;
        this.dataSource = dataSource;
    }

    void record(Outcome outcome) {
        long nanos = Math.max(0, outcome.elapsedNanos());
        count.increment();
        totalNanos.add(nanos);
        histogram.record(nanos);
        if (outcome.failed()) {
            errors.increment();
        } else if (outcome.rowCount() > 0) {
            rows.add(outcome.rowCount());
        }
        long min;
        while (nanos < (min = minNanos.get()) && !minNanos.compareAndSet(min, nanos)) {
            // retry: another thread changed the minimum
        }
        long max;
        while (nanos > (max = maxNanos.get()) && !maxNanos.compareAndSet(max, nanos)) {
            // retry
        }
    }

    StatementMetrics snapshot() {
        long n = count.sum();
        long min = n == 0 ? 0 : minNanos.get();
        long max = n == 0 ? 0 : maxNanos.get();
        long[] buckets = histogram.counts();
        return new StatementMetrics(shape, dataSource, n, errors.sum(), rows.sum(), totalNanos.sum(), min, max,
                LatencyHistogram.percentile(buckets, 0.50, min, max),
                LatencyHistogram.percentile(buckets, 0.95, min, max),
                LatencyHistogram.percentile(buckets, 0.99, min, max));
    }
}
