package io.retort.sharding.merge;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.UUID;

/**
 * Compares the values JDBC drivers return from {@code getObject}, the way databases compare them,
 * across Java types: shards of one logical table may answer with different classes for the same
 * column (an {@code INT} column on one database, {@code BIGINT} or {@code NUMERIC} on another).
 *
 * <ul>
 *   <li>numbers compare by value whatever their class ({@code 1 == 1L == 1.00}); doubles exactly
 *       (their binary value), NaN above every number, as PostgreSQL sorts it;</li>
 *   <li>strings by the {@link StringCollation};</li>
 *   <li>dates and times by their local value: {@code java.sql.Date}/{@code LocalDate},
 *       {@code Time}/{@code LocalTime}, {@code Timestamp}/{@code LocalDateTime} (a date is its
 *       midnight); instants and offset/zoned date-times by the instant (a local date-time meeting an
 *       instant is read in the JVM's zone, as JDBC drivers do);</li>
 *   <li>booleans {@code false < true}, and as 0/1 against numbers (MySQL's {@code TINYINT(1)});</li>
 *   <li>byte arrays as unsigned bytes, lexicographically (PostgreSQL {@code bytea}, MySQL binary);</li>
 *   <li>UUIDs as 128-bit unsigned numbers (PostgreSQL's order; {@link UUID#compareTo} is signed and
 *       would disagree), against strings by parsing them;</li>
 *   <li>other values of one class by their {@link Comparable} order.</li>
 * </ul>
 *
 * {@link #key} gives each value a hashing key that agrees with {@code compare == 0}, for GROUP BY,
 * DISTINCT and COUNT(DISTINCT) by hashing.
 *
 * <pre>{@code
 * ValueComparator values = new ValueComparator(StringCollation.caseInsensitive());
 * values.compare(7, new BigDecimal("7.0"));   // 0
 * values.compare("apple", "Banana");          // < 0
 * }</pre>
 *
 * An instance is confined to one thread (one merge), because a locale collation is stateful.
 */
public final class ValueComparator {

    private final StringCollation collation;
    private final StringCollation.Order strings;

    public ValueComparator(StringCollation collation) {
        this.collation = collation;
        this.strings = collation.newOrder();
    }

    public StringCollation collation() {
        return collation;
    }

    /**
     * Compares two non-null values.
     *
     * @throws SQLDataException (SQLState 42804) when the values cannot be compared, e.g. a number with a
     *     string: the shards disagree about the type of one column
     */
    public int compare(Object a, Object b) throws SQLException {
        if (a instanceof String x && b instanceof String y) {
            return strings.compare(x, y);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y);
        }
        Object na = normalize(a);
        Object nb = normalize(b);
        if (na instanceof Number x && nb instanceof Number y) {
            return compareNumbers(x, y);
        }
        if (na instanceof String x && nb instanceof String y) {
            return strings.compare(x, y);
        }
        if (na instanceof Bytes x && nb instanceof Bytes y) {
            return Arrays.compareUnsigned(x.bytes, y.bytes);
        }
        if (na instanceof UUID x && nb instanceof UUID y) {
            return compareUuids(x, y);
        }
        if (na instanceof UUID x && nb instanceof String y) {
            UUID u = parseUuid(y);
            return u == null ? strings.compare(x.toString(), y) : compareUuids(x, u);
        }
        if (na instanceof String x && nb instanceof UUID y) {
            UUID u = parseUuid(x);
            return u == null ? strings.compare(x, y.toString()) : compareUuids(u, y);
        }
        if (na instanceof LocalDateTime x && nb instanceof LocalDateTime y) {
            return x.compareTo(y);
        }
        if (na instanceof Instant x && nb instanceof Instant y) {
            return x.compareTo(y);
        }
        if (na instanceof LocalDateTime x && nb instanceof Instant y) {
            return x.atZone(ZoneId.systemDefault()).toInstant().compareTo(y);
        }
        if (na instanceof Instant x && nb instanceof LocalDateTime y) {
            return x.compareTo(y.atZone(ZoneId.systemDefault()).toInstant());
        }
        if (na instanceof LocalTime x && nb instanceof LocalTime y) {
            return x.compareTo(y);
        }
        if (na instanceof OffsetTime x && nb instanceof OffsetTime y) {
            return x.compareTo(y);
        }
        if (na.getClass() == nb.getClass() && na instanceof Comparable<?>) {
            @SuppressWarnings("unchecked")
            Comparable<Object> c = (Comparable<Object>) na;
            return c.compareTo(nb);
        }
        throw new SQLDataException("cannot compare a " + a.getClass().getName() + " (" + a + ") with a "
                + b.getClass().getName() + " (" + b + ") while merging shard results: the shards return different"
                + " types for one column; make the column's type the same on every shard, or CAST it in the query",
                "42804");
    }

    /** Whether two values (either may be null) are the same for GROUP BY and DISTINCT: NULL equals NULL. */
    public boolean same(Object a, Object b) throws SQLException {
        if (a == null || b == null) {
            return a == b;
        }
        return compare(a, b) == 0;
    }

    /**
     * A key whose {@code equals}/{@code hashCode} agree with {@code compare(a, b) == 0} (and NULL with
     * NULL), for hashing groups and distinct values.
     */
    public Object key(Object value) {
        if (value == null) {
            return NullKey.NULL;
        }
        if (value instanceof String s) {
            return strings.key(s);
        }
        Object n = normalize(value);
        return switch (n) {
            case String s -> strings.key(s);
            case Number num -> numberKey(num);
            default -> n;
        };
    }

    // ---------------------------------------------------------------- numbers

    private static int compareNumbers(Number a, Number b) {
        if (isIntegral(a) && isIntegral(b)) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (isFloating(a) || isFloating(b)) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)
                    || (isFloating(a) && isFloating(b))) {
                // Double.compare puts NaN above +Infinity, as PostgreSQL does; -0.0 and 0.0 are one value in SQL.
                return x == y ? 0 : Double.compare(x, y);
            }
        }
        return decimal(a).compareTo(decimal(b));
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    private static boolean isFloating(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    /** The exact decimal value of a finite number. */
    static BigDecimal decimal(Number n) {
        return switch (n) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            case Double d -> new BigDecimal(d);
            case Float f -> new BigDecimal(f.doubleValue());
            default -> new BigDecimal(n.toString());
        };
    }

    private static Object numberKey(Number n) {
        if (isFloating(n)) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return d;
            }
        }
        BigDecimal d = decimal(n);
        return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }

    // ---------------------------------------------------------------- other types

    /** One representation per kind of value, so that equal values of different classes meet. */
    private static Object normalize(Object v) {
        return switch (v) {
            case Boolean b -> b ? 1 : 0;
            case Character c -> c.toString();
            case byte[] bytes -> new Bytes(bytes);
            case java.sql.Date d -> d.toLocalDate().atStartOfDay();
            case java.sql.Time t -> t.toLocalTime();
            case java.sql.Timestamp t -> t.toLocalDateTime();
            case java.util.Date d -> d.toInstant();
            case LocalDate d -> d.atStartOfDay();
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            default -> v;
        };
    }

    private static int compareUuids(UUID a, UUID b) {
        int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    private static UUID parseUuid(String s) {
        try {
            return s.length() == 36 ? UUID.fromString(s) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Byte arrays with content equality. */
    private record Bytes(byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(b.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return java.util.HexFormat.of().formatHex(bytes);
        }
    }

    /** The hashing key of SQL NULL (a map or set key must not be null). */
    private enum NullKey { NULL }
}
