package io.retort.events.builtin;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A lock-free latency histogram with log-linear buckets: four buckets per power of two of
 * nanoseconds, so a percentile read from it is within 25% of the true value (and never outside the
 * recorded minimum and maximum). Values above about 9.7 hours fall into the last bucket.
 */
final class LatencyHistogram {

    /** Buckets 0..3 hold 0..3 ns; then four per power of two up to 2^46 ns. */
    static final int BUCKETS = 4 + 44 * 4;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    void record(long nanos) {
        counts.incrementAndGet(index(nanos));
    }

    static int index(long nanos) {
        if (nanos < 4) {
            return (int) Math.max(nanos, 0);
        }
        int e = 63 - Long.numberOfLeadingZeros(nanos); // floor(log2), at least 2
        int sub = (int) (nanos >>> (e - 2)) & 3;
        return Math.min(4 + (e - 2) * 4 + sub, BUCKETS - 1);
    }

    /** The largest value that falls into bucket {@code index}. */
    static long upperBound(int index) {
        if (index < 4) {
            return index;
        }
        int e = (index - 4) / 4 + 2;
        int sub = (index - 4) % 4;
        return ((long) (4 + sub + 1) << (e - 2)) - 1;
    }

    /** A copy of the bucket counts. */
    long[] counts() {
        long[] out = new long[BUCKETS];
        for (int i = 0; i < BUCKETS; i++) {
            out[i] = counts.get(i);
        }
        return out;
    }

    /**
     * The value at quantile {@code q} (0 < q ≤ 1) of the counts: the upper bound of the bucket where
     * the cumulative count reaches {@code q} of the total, clamped to {@code [min, max]}; 0 when empty.
     */
    static long percentile(long[] counts, double q, long min, long max) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.max(min, Math.min(max, upperBound(i)));
            }
        }
        return max;
    }

    void reset() {
        for (int i = 0; i < BUCKETS; i++) {
            counts.set(i, 0);
        }
    }
}
