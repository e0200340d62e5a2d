package io.retort.sharding.keygen;

import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 64-bit snowflake ids: {@code 0 | 41-bit milliseconds since 2024-01-01T00:00:00Z | 10-bit worker
 * id | 12-bit sequence}. Ids from one generator strictly increase; ids from generators with
 * different worker ids never collide.
 *
 * <p>The clock going backwards never produces a duplicate: the state is the last
 * (timestamp, sequence) pair and every id takes {@code max(last + 1, now << 12)}, so
 * <ul>
 *   <li>a step back of up to {@value #DEFAULT_MAX_BACKWARD_WAIT_MS} ms is waited out (once per
 *       call), so timestamps stay honest after a small NTP adjustment;</li>
 *   <li>a bigger step keeps counting from the last timestamp (logging a warning once), and the
 *       ids keep increasing; when the clock has caught up, ids follow it again;</li>
 *   <li>the 4097th id of a millisecond takes the next millisecond at once; the call after it
 *       finds the last id ahead of the clock and waits for the clock, as for a small step back.</li>
 * </ul>
 * Only a process restart while the clock is behind the ids handed out before can repeat ids:
 * nothing in memory survives a restart.
 *
 * <pre>{@code
 * SnowflakeKeyGenerator ids = new SnowflakeKeyGenerator(7);
 * long id = ids.nextLong();
 * int worker = SnowflakeKeyGenerator.workerIdOf(id);   // 7
 * }</pre>
 */
public final class SnowflakeKeyGenerator implements KeyGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(SnowflakeKeyGenerator.class);

    /** 2024-01-01T00:00:00Z in Unix milliseconds. */
    public static final long EPOCH_MILLIS = 1_704_067_200_000L;
    public static final int MAX_WORKER_ID = 1023;
    static final int SEQUENCE_BITS = 12;
    static final int WORKER_BITS = 10;
    static final long MAX_TIMESTAMP = (1L << 41) - 1;
    static final long DEFAULT_MAX_BACKWARD_WAIT_MS = 10;

    /** Sleeps; injectable so that tests of a backwards clock do not wait. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final int workerId;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private final long maxBackwardWaitMs;
    /** (timestamp << 12) | sequence of the last id. */
    private final AtomicLong state = new AtomicLong();
    private volatile boolean warnedBackwards;

    /**
     * @param workerId 0..1023, unique among the processes that write the same tables
     * @throws IllegalArgumentException outside that range
     */
    public SnowflakeKeyGenerator(int workerId) {
        this(workerId, System::currentTimeMillis, Thread::sleep, DEFAULT_MAX_BACKWARD_WAIT_MS);
    }

    SnowflakeKeyGenerator(int workerId, LongSupplier clock, Sleeper sleeper, long maxBackwardWaitMs) {
        if (workerId < 0 || workerId > MAX_WORKER_ID) {
            throw new IllegalArgumentException("snowflake workerId must be 0.." + MAX_WORKER_ID + ", not " + workerId);
        }
        this.workerId = workerId;
        this.clock = clock;
        this.sleeper = sleeper;
        this.maxBackwardWaitMs = maxBackwardWaitMs;
    }

    public int workerId() {
        return workerId;
    }

    @Override
    public String type() {
        return "snowflake";
    }

    @Override
    public Long next() throws SQLException {
        return nextLong();
    }

    /** The next id. */
    public long nextLong() throws SQLException {
        boolean waited = false;
        while (true) {
            long now = clock.getAsLong() - EPOCH_MILLIS;
            if (now < 0) {
                throw new SQLException("The system clock reads " + Instant.ofEpochMilli(now + EPOCH_MILLIS)
                        + ", before the snowflake epoch 2024-01-01T00:00:00Z; fix the clock", "22008");
            }
            long last = state.get();
            long lastTimestamp = last >>> SEQUENCE_BITS;
            long behind = lastTimestamp - now;
            if (behind > 0 && behind <= maxBackwardWaitMs && !waited) {
                waited = true;
                sleep(behind);
                continue;
            }
            long next = Math.max(last + 1, now << SEQUENCE_BITS);
            long timestamp = next >>> SEQUENCE_BITS;
            if (timestamp > MAX_TIMESTAMP) {
                throw new SQLException("Snowflake ids are exhausted: 41 bits of milliseconds since 2024-01-01 end in 2093",
                        "22003");
            }
            if (state.compareAndSet(last, next)) {
                if (behind > maxBackwardWaitMs) {
                    warnOnce(behind);
                } else if (behind <= 0) {
                    warnedBackwards = false;
                }
                return (timestamp << (WORKER_BITS + SEQUENCE_BITS))
                        | ((long) workerId << SEQUENCE_BITS)
                        | (next & ((1L << SEQUENCE_BITS) - 1));
            }
        }
    }

    private void sleep(long millis) {
        try {
            sleeper.sleep(millis);
        } catch (InterruptedException e) {
            // Keep the interrupt for the caller; the id is still unique, just ahead of the clock.
            Thread.currentThread().interrupt();
        }
    }

    private void warnOnce(long behind) {
        if (!warnedBackwards) {
            warnedBackwards = true;
            LOG.warn("The clock went back {} ms; snowflake worker {} keeps counting from its last timestamp "
                    + "(ids stay unique and increasing) until the clock catches up", behind, workerId);
        }
    }

    /** The Unix millisecond timestamp of an id. */
    public static long timestampOf(long id) {
        return (id >>> (WORKER_BITS + SEQUENCE_BITS)) + EPOCH_MILLIS;
    }

    /** The worker id of an id. */
    public static int workerIdOf(long id) {
        return (int) ((id >>> SEQUENCE_BITS) & MAX_WORKER_ID);
    }

    /** The sequence number of an id within its millisecond. */
    public static int sequenceOf(long id) {
        return (int) (id & ((1L << SEQUENCE_BITS) - 1));
    }

    @Override
    public String toString() {
        return "snowflake(workerId=" + workerId + ")";
    }

}
