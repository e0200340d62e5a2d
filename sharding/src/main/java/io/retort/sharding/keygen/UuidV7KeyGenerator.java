package io.retort.sharding.keygen;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * RFC 9562 version 7 UUIDs: a 48-bit Unix millisecond timestamp, then 74 bits of which the first
 * 42 are a counter (RFC 9562 section 6.2, method 1) and the last 32 random. Within a process the
 * UUIDs strictly increase in byte order (the order databases sort UUIDs in): a new millisecond
 * seeds the counter randomly with its top bit clear, each further UUID in the same millisecond
 * adds one, an exhausted counter moves to the next millisecond, and a clock that goes back keeps
 * the last timestamp.
 *
 * <pre>{@code
 * UUID id = new UuidV7KeyGenerator().nextUuid();   // e.g. 0191e3b2-5c2a-7d3e-8f4b-2a9c1e0b7d44
 * }</pre>
 */
public final class UuidV7KeyGenerator implements KeyGenerator {
    private static final long COUNTER_BITS = 42;
    private static final long COUNTER_MAX = (1L << COUNTER_BITS) - 1;

    private final LongSupplier clock;
    private final SecureRandom random = new SecureRandom();
    private final ReentrantLock lock = new ReentrantLock();
    private long lastMillis = -1;
    private long counter;

    public UuidV7KeyGenerator() {
        this(System::currentTimeMillis);
    }

    UuidV7KeyGenerator(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public String type() {
        return "uuid-v7";
    }

    @Override
    public UUID next() {
        return nextUuid();
    }

    /** The next UUID. */
    public UUID nextUuid() {
        // Random bits are drawn outside the lock: SecureRandom may read the OS and should not hold it.
        long bits = random.nextLong();
        long seed = (bits >>> 23) & (COUNTER_MAX >>> 1); // 41 bits: leaves room to count up
        long tail = bits & 0xFFFF_FFFFL;
        long millis;
        long count;
        lock.lock();
        try {
            long now = clock.getAsLong();
            if (now > lastMillis) {
                lastMillis = now;
                counter = seed;
            } else if (counter < COUNTER_MAX) {
                counter++;
            } else {
                lastMillis++;
                counter = seed;
            }
            millis = lastMillis;
            count = counter;
        } finally {
            lock.unlock();
        }
        long msb = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (count >>> 30);
        long lsb = 0x8000_0000_0000_0000L | (count & 0x3FFF_FFFFL) << 32 | tail;
        return new UUID(msb, lsb);
    }

    /** The Unix millisecond timestamp of a version 7 UUID. */
    public static long timestampOf(UUID uuid) {
        return uuid.getMostSignificantBits() >>> 16;
    }

    @Override
    public String toString() {
        return "uuid-v7";
    }
}
