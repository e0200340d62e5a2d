package io.retort.sharding;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLDataException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.UUID;

/**
 * A sharding value in its canonical form: the JDBC type it arrived as no longer matters.
 *
 * <p>{@code 42}, {@code 42L}, {@code (short) 42}, {@code BigInteger.valueOf(42)},
 * {@code new BigDecimal("42")} and {@code new BigDecimal("42.00")} are all the integer 42 and have
 * the same {@linkplain #bytes() canonical bytes}, hence the same {@linkplain #hash() hash} and the
 * same node under {@code hash-mod}. The byte format and the hash are specified in
 * {@code sharding/HASHING.md} and never change between releases: data placement depends on them.
 *
 * <pre>{@code
 * int node = Integer.remainderUnsigned(CanonicalValue.of(42L).hash(), 8);   // hash-mod over 8 nodes
 * }</pre>
 */
public final class CanonicalValue {

    /** The value families; the tag byte starts the canonical bytes. */
    public enum Family {
        /** Integral numbers of any Java type, including integral {@code BigDecimal}s. */
        INTEGER(0x01),
        /** Non-integral numbers, trailing zeros stripped. */
        DECIMAL(0x02),
        /** Character strings, compared and hashed by their exact code points. */
        STRING(0x03),
        UUID(0x04),
        DATE(0x05),
        TIME(0x06),
        /** A date-time without a time zone ({@code TIMESTAMP}). */
        TIMESTAMP(0x07),
        /** An instant ({@code TIMESTAMP WITH TIME ZONE}): the offset it was written with does not matter. */
        TIMESTAMP_TZ(0x08),
        BOOLEAN(0x09),
        BYTES(0x0a);

        final byte tag;

        Family(int tag) {
            this.tag = (byte) tag;
        }

        boolean isNumeric() {
            return this == INTEGER || this == DECIMAL;
        }
    }

    /** The hash seed of {@code hash-mod}; part of the placement contract. */
    static final int SEED = 0;

    private final Family family;
    private final Object value;
    private final byte[] bytes;

    private CanonicalValue(Family family, Object value, byte[] bytes) {
        this.family = family;
        this.value = value;
        this.bytes = bytes;
    }

    /**
     * Canonicalises a JDBC value: any {@link Number} (integral values of every type are one
     * {@link Family#INTEGER}), {@link CharSequence}, {@link Character}, {@link UUID},
     * {@code java.time} dates and times, {@code java.sql.Date/Time/Timestamp} (read in the JVM's
     * time zone, as JDBC drivers do), {@link Boolean}, {@code byte[]}.
     *
     * @throws SQLDataException (SQLState 22004) for {@code null}, (22023) for another type or a
     *     NaN or infinite floating-point number
     */
    public static CanonicalValue of(Object value) throws SQLDataException {
        if (value instanceof CanonicalValue c) {
            return c;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            long v = ((Number) value).longValue();
            return new CanonicalValue(Family.INTEGER, v, integerBytes(v));
        }
        if (value == null) {
            throw new SQLDataException(
                    "A sharding value is NULL: rows are placed by their sharding key, which must not be NULL",
                    "22004");
        }
        if (value instanceof BigInteger b) {
            return integer(b);
        }
        if (value instanceof BigDecimal d) {
            return decimal(d);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new SQLDataException("A sharding value cannot be " + d, "22023");
            }
            // The shortest decimal text of the float or double, so 0.1d and the literal 0.1 agree.
            return decimal(value instanceof Float f ? new BigDecimal(Float.toString(f)) : BigDecimal.valueOf(d));
        }
        if (value instanceof java.util.concurrent.atomic.AtomicInteger
                || value instanceof java.util.concurrent.atomic.AtomicLong) {
            return of(((Number) value).longValue());
        }
        if (value instanceof CharSequence || value instanceof Character) {
            String s = value.toString();
            return new CanonicalValue(Family.STRING, s, tagged(Family.STRING, s.getBytes(StandardCharsets.UTF_8)));
        }
        if (value instanceof UUID u) {
            ByteWriter w = new ByteWriter(Family.UUID, 16);
            w.putLong(u.getMostSignificantBits());
            w.putLong(u.getLeastSignificantBits());
            return new CanonicalValue(Family.UUID, u, w.bytes());
        }
        if (value instanceof java.sql.Date d) {
            return date(d.toLocalDate());
        }
        if (value instanceof java.sql.Time t) {
            return time(t.toLocalTime());
        }
        if (value instanceof java.sql.Timestamp t) {
            return timestamp(t.toLocalDateTime());
        }
        if (value instanceof java.util.Date d) {
            // JDBC drivers bind a plain java.util.Date as a TIMESTAMP in the JVM's time zone.
            return timestamp(new java.sql.Timestamp(d.getTime()).toLocalDateTime());
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        if (value instanceof LocalTime t) {
            return time(t);
        }
        if (value instanceof LocalDateTime t) {
            return timestamp(t);
        }
        if (value instanceof Instant i) {
            return instant(i);
        }
        if (value instanceof OffsetDateTime o) {
            return instant(o.toInstant());
        }
        if (value instanceof ZonedDateTime z) {
            return instant(z.toInstant());
        }
        if (value instanceof Boolean b) {
            return new CanonicalValue(Family.BOOLEAN, b, tagged(Family.BOOLEAN, new byte[] {(byte) (b ? 1 : 0)}));
        }
        if (value instanceof byte[] b) {
            byte[] copy = b.clone();
            return new CanonicalValue(Family.BYTES, copy, tagged(Family.BYTES, copy));
        }
        throw new SQLDataException(
                "Cannot shard on a value of type " + value.getClass().getName()
                        + "; a sharding value is a number, string, UUID, date, time, timestamp, boolean or byte[]",
                "22023");
    }

    /**
     * The {@code hash-mod} hash of a value: MurmurHash3 x86_32, seed 0, of its canonical bytes.
     * Equivalent to {@code of(value).hash()}.
     */
    public static int hash(Object value) throws SQLDataException {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            // The common case, without allocating a CanonicalValue.
            byte[] b = integerBytes(((Number) value).longValue());
            return Murmur3.hash32(b, b.length, SEED);
        }
        return of(value).hash();
    }

    /** The family of this value. */
    public Family family() {
        return family;
    }

    /**
     * The normalised Java value: {@code Long} or {@code BigInteger} (INTEGER), {@code BigDecimal}
     * without trailing zeros (DECIMAL), {@code String}, {@code UUID}, {@code LocalDate},
     * {@code LocalTime}, {@code LocalDateTime}, {@code Instant}, {@code Boolean} or {@code byte[]}.
     */
    public Object value() {
        return value instanceof byte[] b ? b.clone() : value;
    }

    /** The canonical bytes (tag byte first), as specified in {@code HASHING.md}. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** MurmurHash3 x86_32 with seed 0 of the canonical bytes. */
    public int hash() {
        return Murmur3.hash32(bytes, bytes.length, SEED);
    }

    /** Whether {@link #compareTo} can order the two values: same family, or both numeric. */
    public boolean isComparableTo(CanonicalValue other) {
        return family == other.family || (family.isNumeric() && other.family.isNumeric());
    }

    /**
     * Orders two comparable values: numbers numerically, strings by code point, UUIDs and byte
     * strings as unsigned bytes, dates and times chronologically, {@code false < true}.
     *
     * @throws IllegalArgumentException when the values are not {@linkplain #isComparableTo comparable}
     */
    public int compareTo(CanonicalValue other) {
        if (!isComparableTo(other)) {
            throw new IllegalArgumentException("Cannot compare a " + family + " with a " + other.family);
        }
        return switch (family) {
            case INTEGER, DECIMAL -> {
                if (value instanceof Long a && other.value instanceof Long b) {
                    yield Long.compare(a, b);
                }
                yield toBigDecimal().compareTo(other.toBigDecimal());
            }
            // UTF-8 byte order is code point order; for UUID and BYTES it is unsigned byte order.
            case STRING, UUID, BYTES, BOOLEAN -> Arrays.compareUnsigned(bytes, other.bytes);
            case DATE -> ((LocalDate) value).compareTo((LocalDate) other.value);
            case TIME -> ((LocalTime) value).compareTo((LocalTime) other.value);
            case TIMESTAMP -> ((LocalDateTime) value).compareTo((LocalDateTime) other.value);
            case TIMESTAMP_TZ -> ((Instant) value).compareTo((Instant) other.value);
        };
    }

    BigDecimal toBigDecimal() {
        return switch (value) {
            case Long l -> BigDecimal.valueOf(l);
            case BigInteger b -> new BigDecimal(b);
            case BigDecimal d -> d;
            default -> throw new IllegalStateException("not a number: " + family);
        };
    }

    /** The integer value, for INTEGER values only. */
    BigInteger toBigInteger() {
        return value instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CanonicalValue c && Arrays.equals(bytes, c.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return switch (family) {
            case STRING -> "'" + value + "'";
            case BYTES -> "X'" + java.util.HexFormat.of().formatHex((byte[]) value) + "'";
            default -> String.valueOf(value);
        };
    }

    // ----- construction -----

    private static CanonicalValue integer(BigInteger b) {
        if (b.bitLength() < 64) {
            long v = b.longValue();
            return new CanonicalValue(Family.INTEGER, v, integerBytes(v));
        }
        return new CanonicalValue(Family.INTEGER, b, tagged(Family.INTEGER, b.toByteArray()));
    }

    private static CanonicalValue decimal(BigDecimal d) {
        BigDecimal stripped = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return integer(stripped.toBigIntegerExact());
        }
        byte[] unscaled = stripped.unscaledValue().toByteArray();
        ByteWriter w = new ByteWriter(Family.DECIMAL, 4 + unscaled.length);
        w.putInt(stripped.scale());
        w.put(unscaled);
        return new CanonicalValue(Family.DECIMAL, stripped, w.bytes());
    }

    private static CanonicalValue date(LocalDate d) {
        ByteWriter w = new ByteWriter(Family.DATE, 8);
        w.putLong(d.toEpochDay());
        return new CanonicalValue(Family.DATE, d, w.bytes());
    }

    private static CanonicalValue time(LocalTime t) {
        ByteWriter w = new ByteWriter(Family.TIME, 8);
        w.putLong(t.toNanoOfDay());
        return new CanonicalValue(Family.TIME, t, w.bytes());
    }

    private static CanonicalValue timestamp(LocalDateTime t) {
        ByteWriter w = new ByteWriter(Family.TIMESTAMP, 12);
        w.putLong(t.toEpochSecond(ZoneOffset.UTC));
        w.putInt(t.getNano());
        return new CanonicalValue(Family.TIMESTAMP, t, w.bytes());
    }

    private static CanonicalValue instant(Instant i) {
        ByteWriter w = new ByteWriter(Family.TIMESTAMP_TZ, 12);
        w.putLong(i.getEpochSecond());
        w.putInt(i.getNano());
        return new CanonicalValue(Family.TIMESTAMP_TZ, i, w.bytes());
    }

    /** Tag byte, then the minimal big-endian two's-complement bytes of v (as BigInteger.toByteArray). */
    static byte[] integerBytes(long v) {
        int bitLength = 64 - Long.numberOfLeadingZeros(v ^ (v >> 63));
        int n = bitLength / 8 + 1;
        byte[] b = new byte[n + 1];
        b[0] = Family.INTEGER.tag;
        for (int i = n; i >= 1; i--) {
            b[i] = (byte) v;
            v >>= 8;
        }
        return b;
    }

    private static byte[] tagged(Family family, byte[] payload) {
        byte[] b = new byte[payload.length + 1];
        b[0] = family.tag;
        System.arraycopy(payload, 0, b, 1, payload.length);
        return b;
    }

    /** Big-endian writer of a fixed-size canonical form. */
    private static final class ByteWriter {
        private final byte[] b;
        private int pos = 1;

        ByteWriter(Family family, int payloadLength) {
            b = new byte[payloadLength + 1];
            b[0] = family.tag;
        }

        void putLong(long v) {
            for (int i = 7; i >= 0; i--) {
                b[pos + i] = (byte) v;
                v >>>= 8;
            }
            pos += 8;
        }

        void putInt(int v) {
            for (int i = 3; i >= 0; i--) {
                b[pos + i] = (byte) v;
                v >>>= 8;
            }
            pos += 4;
        }

        void put(byte[] bytes) {
            System.arraycopy(bytes, 0, b, pos, bytes.length);
            pos += bytes.length;
        }

        byte[] bytes() {
            return b;
        }
    }
}
