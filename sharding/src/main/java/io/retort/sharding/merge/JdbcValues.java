package io.retort.sharding.merge;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;

/**
 * The usual JDBC getter conversions for values the merge computed (merged groups, re-sorted
 * rows), where there is no driver to convert them: {@code getInt} on a BigDecimal, {@code getString}
 * on a number, {@code getObject(i, LocalDate.class)} on a {@code java.sql.Date}, and so on. Values
 * that pass through from a shard are converted by that shard's driver instead. A value that does
 * not convert fails with SQLState 22018 (22003 when a number is out of the target's range).
 */
final class JdbcValues {

    private JdbcValues() {
    }

    static String toText(Object v) throws SQLException {
        return switch (v) {
            case null -> null;
            case String s -> s;
            case BigDecimal d -> d.toPlainString();
            case byte[] b -> HexFormat.of().formatHex(b);
            case LocalDateTime t -> t.toString().replace('T', ' ');
            case Clob c -> c.getSubString(1, (int) Math.min(c.length(), Integer.MAX_VALUE));
            default -> v.toString();
        };
    }

    static boolean toBoolean(Object v) throws SQLException {
        return switch (v) {
            case null -> false;
            case Boolean b -> b;
            case BigDecimal d -> d.signum() != 0;
            case BigInteger i -> i.signum() != 0;
            case Number n -> n.doubleValue() != 0;
            case String s -> switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "true", "t", "yes", "y", "on", "1" -> true;
                case "false", "f", "no", "n", "off", "0" -> false;
                default -> throw cannot(v, "boolean");
            };
            default -> throw cannot(v, "boolean");
        };
    }

    static long toLong(Object v, String target, long min, long max) throws SQLException {
        long x;
        switch (v) {
            case null -> {
                return 0;
            }
            case Long l -> x = l;
            case Integer i -> x = i;
            case Short s -> x = s;
            case Byte b -> x = b;
            case Boolean b -> x = b ? 1 : 0;
            case Double d -> x = fromDouble(d, v, target);
            case Float f -> x = fromDouble(f.doubleValue(), v, target);
            case BigDecimal d -> x = fromDecimal(d, v, target);
            case BigInteger i -> x = fromDecimal(new BigDecimal(i), v, target);
            case String s -> x = fromDecimal(parseDecimal(s, target), v, target);
            default -> throw cannot(v, target);
        }
        if (x < min || x > max) {
            throw outOfRange(v, target);
        }
        return x;
    }

    private static long fromDouble(double d, Object v, String target) throws SQLException {
        if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) {
            throw outOfRange(v, target);
        }
        return (long) d;
    }

    private static long fromDecimal(BigDecimal d, Object v, String target) throws SQLException {
        try {
            return d.setScale(0, RoundingMode.DOWN).longValueExact();
        } catch (ArithmeticException e) {
            throw outOfRange(v, target);
        }
    }

    private static BigDecimal parseDecimal(String s, String target) throws SQLException {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw cannot(s, target);
        }
    }

    static double toDouble(Object v) throws SQLException {
        return switch (v) {
            case null -> 0;
            case Number n -> n.doubleValue();
            case Boolean b -> b ? 1 : 0;
            case String s -> {
                try {
                    yield Double.parseDouble(s.trim());
                } catch (NumberFormatException e) {
                    throw cannot(v, "double");
                }
            }
            default -> throw cannot(v, "double");
        };
    }

    static BigDecimal toBigDecimal(Object v) throws SQLException {
        return switch (v) {
            case null -> null;
            case Double d when d.isNaN() || d.isInfinite() -> throw cannot(v, "BigDecimal");
            case Float f when f.isNaN() || f.isInfinite() -> throw cannot(v, "BigDecimal");
            case Double d -> BigDecimal.valueOf(d);
            case Float f -> new BigDecimal(f.toString());
            case Number n -> ValueComparator.decimal(n);
            case Boolean b -> b ? BigDecimal.ONE : BigDecimal.ZERO;
            case String s -> parseDecimal(s, "BigDecimal");
            default -> throw cannot(v, "BigDecimal");
        };
    }

    static byte[] toBytes(Object v) throws SQLException {
        return switch (v) {
            case null -> null;
            case byte[] b -> b;
            case Blob b -> b.getBytes(1, (int) Math.min(b.length(), Integer.MAX_VALUE));
            case UUID u -> ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array();
            case String s -> s.getBytes(StandardCharsets.UTF_8);
            default -> throw cannot(v, "byte[]");
        };
    }

    // ---------------------------------------------------------------- dates and times

    /** Whether the value is a point in time (rather than a wall-clock reading that a Calendar places). */
    private static Instant instant(Object v) {
        return switch (v) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case java.util.Date d when !(d instanceof Date) && !(d instanceof Time) && !(d instanceof Timestamp) -> d.toInstant();
            default -> null;
        };
    }

    private static LocalDateTime localDateTime(Object v, String target) throws SQLException {
        return switch (v) {
            case Timestamp t -> t.toLocalDateTime();
            case LocalDateTime t -> t;
            case Date d -> d.toLocalDate().atStartOfDay();
            case LocalDate d -> d.atStartOfDay();
            case Time t -> t.toLocalTime().atDate(LocalDate.EPOCH);
            case LocalTime t -> t.atDate(LocalDate.EPOCH);
            case OffsetTime t -> t.toLocalTime().atDate(LocalDate.EPOCH);
            case String s -> parseDateTime(s, target);
            default -> {
                Instant i = instant(v);
                if (i == null) {
                    throw cannot(v, target);
                }
                yield LocalDateTime.ofInstant(i, ZoneId.systemDefault());
            }
        };
    }

    private static LocalDateTime parseDateTime(String s, String target) throws SQLException {
        String t = s.trim();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay();
            }
            if (t.length() <= 18 && t.indexOf('-') < 0) {
                return LocalTime.parse(t).atDate(LocalDate.EPOCH);
            }
            return LocalDateTime.parse(t.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw cannot(s, target);
        }
    }

    private static ZoneId zone(Calendar cal) {
        return cal == null ? ZoneId.systemDefault() : cal.getTimeZone().toZoneId();
    }

    static Date toDate(Object v, Calendar cal) throws SQLException {
        if (v == null) {
            return null;
        }
        if (v instanceof Date d && cal == null) {
            return d;
        }
        Instant i = instant(v);
        LocalDate date = i != null ? LocalDate.ofInstant(i, zone(cal)) : localDateTime(v, "Date").toLocalDate();
        return cal == null ? Date.valueOf(date) : new Date(date.atStartOfDay(zone(cal)).toInstant().toEpochMilli());
    }

    static Time toTime(Object v, Calendar cal) throws SQLException {
        if (v == null) {
            return null;
        }
        if (v instanceof Time t && cal == null) {
            return t;
        }
        Instant i = instant(v);
        LocalTime time = i != null ? LocalTime.ofInstant(i, zone(cal)) : localDateTime(v, "Time").toLocalTime();
        if (v instanceof OffsetTime o) {
            time = o.toLocalTime();
        }
        if (cal == null) {
            Time t = Time.valueOf(time);
            t.setTime(t.getTime() + time.getNano() / 1_000_000);
            return t;
        }
        return new Time(time.atDate(LocalDate.EPOCH).atZone(zone(cal)).toInstant().toEpochMilli());
    }

    static Timestamp toTimestamp(Object v, Calendar cal) throws SQLException {
        if (v == null) {
            return null;
        }
        if (v instanceof Timestamp t && cal == null) {
            return t;
        }
        Instant i = instant(v);
        if (i != null) {
            return Timestamp.from(i);
        }
        LocalDateTime t = localDateTime(v, "Timestamp");
        return cal == null ? Timestamp.valueOf(t) : Timestamp.from(t.atZone(zone(cal)).toInstant());
    }

    // ---------------------------------------------------------------- getObject(i, Class)

    static <T> T convert(Object v, Class<T> type) throws SQLException {
        if (type == null) {
            throw new SQLException("getObject needs a target type, not null", "HY009");
        }
        if (v == null) {
            return null;
        }
        if (type.isInstance(v)) {
            return type.cast(v);
        }
        Object out;
        if (type == String.class) {
            out = toText(v);
        } else if (type == Integer.class) {
            out = (int) toLong(v, "int", Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (type == Long.class) {
            out = toLong(v, "long", Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (type == Short.class) {
            out = (short) toLong(v, "short", Short.MIN_VALUE, Short.MAX_VALUE);
        } else if (type == Byte.class) {
            out = (byte) toLong(v, "byte", Byte.MIN_VALUE, Byte.MAX_VALUE);
        } else if (type == Double.class) {
            out = toDouble(v);
        } else if (type == Float.class) {
            out = (float) toDouble(v);
        } else if (type == BigDecimal.class) {
            out = toBigDecimal(v);
        } else if (type == BigInteger.class) {
            out = toBigDecimal(v).setScale(0, RoundingMode.DOWN).toBigInteger();
        } else if (type == Boolean.class) {
            out = toBoolean(v);
        } else if (type == byte[].class) {
            out = toBytes(v);
        } else if (type == Date.class) {
            out = toDate(v, null);
        } else if (type == Time.class) {
            out = toTime(v, null);
        } else if (type == Timestamp.class) {
            out = toTimestamp(v, null);
        } else if (type == LocalDate.class) {
            Instant i = instant(v);
            out = i != null ? LocalDate.ofInstant(i, ZoneId.systemDefault()) : localDateTime(v, "LocalDate").toLocalDate();
        } else if (type == LocalTime.class) {
            out = v instanceof OffsetTime o ? o.toLocalTime() : localDateTime(v, "LocalTime").toLocalTime();
        } else if (type == LocalDateTime.class) {
            out = localDateTime(v, "LocalDateTime");
        } else if (type == Instant.class) {
            Instant i = instant(v);
            out = i != null ? i : localDateTime(v, "Instant").atZone(ZoneId.systemDefault()).toInstant();
        } else if (type == OffsetDateTime.class) {
            Instant i = instant(v);
            out = v instanceof ZonedDateTime z ? z.toOffsetDateTime()
                    : i != null ? i.atZone(ZoneId.systemDefault()).toOffsetDateTime()
                    : localDateTime(v, "OffsetDateTime").atZone(ZoneId.systemDefault()).toOffsetDateTime();
        } else if (type == ZonedDateTime.class) {
            Instant i = instant(v);
            out = v instanceof OffsetDateTime o ? o.toZonedDateTime()
                    : i != null ? i.atZone(ZoneId.systemDefault())
                    : localDateTime(v, "ZonedDateTime").atZone(ZoneId.systemDefault());
        } else if (type == OffsetTime.class) {
            out = v instanceof OffsetDateTime o ? o.toOffsetTime() : null;
            if (out == null) {
                LocalTime t = localDateTime(v, "OffsetTime").toLocalTime();
                out = t.atOffset(ZoneId.systemDefault().getRules().getOffset(Instant.now()));
            }
        } else if (type == UUID.class) {
            out = toUuid(v);
        } else if (type == Blob.class) {
            out = new SerialBlob(toBytes(v));
        } else if (type == Clob.class) {
            out = new SerialClob(toText(v).toCharArray());
        } else if (type == URL.class) {
            out = toUrl(v);
        } else if (type == Object.class) {
            out = v;
        } else {
            throw new SQLFeatureNotSupportedException("getObject cannot convert a " + v.getClass().getName()
                    + " to " + type.getName() + " in a merged result; read it as " + v.getClass().getName() + " instead",
                    "0A000");
        }
        return type.cast(out);
    }

    static UUID toUuid(Object v) throws SQLException {
        return switch (v) {
            case UUID u -> u;
            case String s -> {
                try {
                    yield UUID.fromString(s.trim());
                } catch (IllegalArgumentException e) {
                    throw cannot(v, "UUID");
                }
            }
            case byte[] b when b.length == 16 -> {
                ByteBuffer buf = ByteBuffer.wrap(b);
                yield new UUID(buf.getLong(), buf.getLong());
            }
            default -> throw cannot(v, "UUID");
        };
    }

    static URL toUrl(Object v) throws SQLException {
        if (v instanceof URL u) {
            return u;
        }
        try {
            return URI.create(toText(v)).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw cannot(v, "URL");
        }
    }

    static SQLDataException cannot(Object v, String target) {
        return new SQLDataException("cannot read the " + v.getClass().getSimpleName() + " value '" + v + "' as "
                + target + " (merged result)", "22018");
    }

    static SQLDataException outOfRange(Object v, String target) {
        return new SQLDataException("the value " + v + " is out of range for " + target + " (merged result)", "22003");
    }
}
