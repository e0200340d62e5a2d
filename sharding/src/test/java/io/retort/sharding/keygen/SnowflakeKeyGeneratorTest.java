package io.retort.sharding.keygen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SnowflakeKeyGeneratorTest {
    private static final long T0 = SnowflakeKeyGenerator.EPOCH_MILLIS + 1_000_000;

    /** A clock the test moves; "sleeping" advances it, so nothing waits for real. */
    static final class FakeClock {
        final AtomicLong now = new AtomicLong(T0);
        final List<Long> sleeps = new ArrayList<>();

        SnowflakeKeyGenerator generator(int workerId) {
            return new SnowflakeKeyGenerator(workerId, now::get, millis -> {
                synchronized (sleeps) {
                    sleeps.add(millis);
                }
                now.addAndGet(millis);
            }, SnowflakeKeyGenerator.DEFAULT_MAX_BACKWARD_WAIT_MS);
        }
    }

    @Test
    void layoutIsTimestampWorkerSequence() throws SQLException {
        FakeClock clock = new FakeClock();
        SnowflakeKeyGenerator g = clock.generator(1023);
        long a = g.nextLong();
        long b = g.nextLong();
        assertThat(a).isPositive();
        assertThat(SnowflakeKeyGenerator.timestampOf(a)).isEqualTo(T0);
        assertThat(SnowflakeKeyGenerator.workerIdOf(a)).isEqualTo(1023);
        assertThat(SnowflakeKeyGenerator.sequenceOf(a)).isZero();
        assertThat(SnowflakeKeyGenerator.sequenceOf(b)).isEqualTo(1);
        assertThat(a).isEqualTo(((T0 - SnowflakeKeyGenerator.EPOCH_MILLIS) << 22) | (1023L << 12));
        clock.now.incrementAndGet();
        long c = g.nextLong();
        assertThat(SnowflakeKeyGenerator.timestampOf(c)).isEqualTo(T0 + 1);
        assertThat(SnowflakeKeyGenerator.sequenceOf(c)).isZero();
        assertThat(g.next()).isInstanceOf(Long.class);
        assertThat(g.type()).isEqualTo("snowflake");
    }

    @Test
    void workerIdRangeIsValidated() {
        assertThatThrownBy(() -> new SnowflakeKeyGenerator(1024)).hasMessageContaining("0..1023");
        assertThatThrownBy(() -> new SnowflakeKeyGenerator(-1)).hasMessageContaining("0..1023");
        assertThat(new SnowflakeKeyGenerator(0).workerId()).isZero();
    }

    @Test
    void sequenceOverflowMovesToTheNextMillisecondAndThenWaitsForTheClock() throws SQLException {
        FakeClock clock = new FakeClock();
        SnowflakeKeyGenerator g = clock.generator(1);
        long previous = -1;
        for (int i = 0; i < 4096 * 3; i++) {
            long id = g.nextLong();
            assertThat(id).isGreaterThan(previous);
            previous = id;
        }
        assertThat(SnowflakeKeyGenerator.timestampOf(previous)).isEqualTo(T0 + 2);
        assertThat(SnowflakeKeyGenerator.sequenceOf(previous)).isEqualTo(4095);
        // the first id of a new millisecond is taken ahead of the clock; the next call waits for the clock
        assertThat(clock.sleeps).containsExactly(1L, 1L);
        assertThat(clock.now.get()).isEqualTo(T0 + 2);
    }

    @Test
    void smallBackwardStepIsWaitedOut() throws SQLException {
        FakeClock clock = new FakeClock();
        SnowflakeKeyGenerator g = clock.generator(2);
        long a = g.nextLong();
        clock.now.addAndGet(-5);
        long b = g.nextLong();
        assertThat(clock.sleeps).containsExactly(5L);
        assertThat(b).isGreaterThan(a);
        assertThat(SnowflakeKeyGenerator.timestampOf(b)).isEqualTo(T0);
    }

    @Test
    void bigBackwardStepKeepsCountingFromTheLastTimestamp() throws SQLException {
        FakeClock clock = new FakeClock();
        SnowflakeKeyGenerator g = clock.generator(2);
        Set<Long> seen = new HashSet<>();
        long last = g.nextLong();
        seen.add(last);
        clock.now.addAndGet(-60_000); // an NTP step of a minute
        for (int i = 0; i < 10_000; i++) {
            long id = g.nextLong();
            assertThat(id).isGreaterThan(last);
            assertThat(seen.add(id)).isTrue();
            last = id;
        }
        assertThat(clock.sleeps).isEmpty();
        assertThat(SnowflakeKeyGenerator.timestampOf(last)).isBetween(T0, T0 + 3); // 10,000 ids borrow 2 ms
        clock.now.set(T0 + 100);
        long caughtUp = g.nextLong();
        assertThat(SnowflakeKeyGenerator.timestampOf(caughtUp)).isEqualTo(T0 + 100);
    }

    @Test
    void clockBeforeTheEpochFails() {
        SnowflakeKeyGenerator g = new SnowflakeKeyGenerator(0, () -> SnowflakeKeyGenerator.EPOCH_MILLIS - 1, m -> {}, 10);
        assertThatThrownBy(g::nextLong).isInstanceOf(SQLException.class).hasMessageContaining("before the snowflake epoch");
    }

    @Test
    void manyThreadsWithAClockThatGoesBackAndForthNeverDuplicate() throws Exception {
        // The clock jumps around under the threads' feet: forward, back a little, back a lot.
        AtomicLong ticks = new AtomicLong();
        long[] pattern = {0, 1, 2, -3, 4, -40_000, 5, -1, 6, 7};
        SnowflakeKeyGenerator g = new SnowflakeKeyGenerator(9,
                () -> T0 + pattern[(int) (ticks.getAndIncrement() / 1000 % pattern.length)], m -> Thread.onSpinWait(), 10);
        int threads = 8;
        int perThread = 25_000;
        Set<Long> all = ConcurrentHashMap.newKeySet();
        List<Throwable> failures = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    long previous = -1;
                    for (int i = 0; i < perThread; i++) {
                        long id = g.nextLong();
                        if (id <= previous) {
                            throw new AssertionError("not increasing within a thread: " + previous + " then " + id);
                        }
                        previous = id;
                        all.add(id);
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        assertThat(failures).isEmpty();
        assertThat(all).hasSize(threads * perThread);
        assertThat(all).allMatch(id -> SnowflakeKeyGenerator.workerIdOf(id) == 9);
    }

    @Test
    void generatorsWithDifferentWorkersNeverCollide() throws SQLException {
        FakeClock clock = new FakeClock();
        SnowflakeKeyGenerator a = clock.generator(1);
        SnowflakeKeyGenerator b = clock.generator(2);
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            assertThat(ids.add(a.nextLong())).isTrue();
            assertThat(ids.add(b.nextLong())).isTrue();
        }
    }
}
