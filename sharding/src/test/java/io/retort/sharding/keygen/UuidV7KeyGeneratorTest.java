package io.retort.sharding.keygen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UuidV7KeyGeneratorTest {
    private static final long T = 1_726_000_000_000L;

    /** Unsigned byte order: how databases sort UUIDs. */
    static int compareUnsigned(UUID a, UUID b) {
        int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @Test
    void versionVariantAndTimestampFollowRfc9562() {
        UuidV7KeyGenerator g = new UuidV7KeyGenerator(() -> T);
        UUID u = g.nextUuid();
        assertThat(u.version()).isEqualTo(7);
        assertThat(u.variant()).isEqualTo(2);
        assertThat(UuidV7KeyGenerator.timestampOf(u)).isEqualTo(T);
        assertThat(u.toString()).startsWith(String.format("%08x-%04x-7", T >>> 16, T & 0xFFFF));
        assertThat(g.next()).isInstanceOf(UUID.class);
        assertThat(g.type()).isEqualTo("uuid-v7");
    }

    @Test
    void monotonicWithinAMillisecondAndWhenTheClockGoesBack() {
        AtomicLong now = new AtomicLong(T);
        UuidV7KeyGenerator g = new UuidV7KeyGenerator(now::get);
        UUID previous = g.nextUuid();
        for (int i = 0; i < 100_000; i++) {
            if (i == 50_000) {
                now.addAndGet(-10_000);
            }
            if (i == 70_000) {
                now.set(T + 5);
            }
            UUID u = g.nextUuid();
            assertThat(compareUnsigned(u, previous)).as("uuid %d", i).isPositive();
            assertThat(u.version()).isEqualTo(7);
            previous = u;
        }
        assertThat(UuidV7KeyGenerator.timestampOf(previous)).isEqualTo(T + 5);
    }

    @Test
    void uniqueAcrossThreads() throws Exception {
        UuidV7KeyGenerator g = new UuidV7KeyGenerator();
        Set<UUID> all = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                UUID previous = null;
                for (int i = 0; i < 20_000; i++) {
                    UUID u = g.nextUuid();
                    if (previous != null && compareUnsigned(u, previous) <= 0) {
                        throw new AssertionError("not increasing");
                    }
                    previous = u;
                    all.add(u);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(all).hasSize(160_000);
    }

    @Test
    void uuidsSortByTimeInByteOrder() {
        UUID early = new UuidV7KeyGenerator(() -> T).nextUuid();
        UUID late = new UuidV7KeyGenerator(() -> T + 1).nextUuid();
        byte[] a = bytes(early);
        byte[] b = bytes(late);
        assertThat(Arrays.compareUnsigned(a, b)).isNegative();
    }

    private static byte[] bytes(UUID u) {
        return java.nio.ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array();
    }
}
