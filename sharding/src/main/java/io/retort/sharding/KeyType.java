package io.retort.sharding;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.sql.SQLDataException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The SQL type of a sharding column, declared in the YAML as {@code keyType}. Values are converted
 * to it before an algorithm sees them, so that {@code WHERE id = '42'} (common in MySQL code) and
 * {@code setLong(1, 42)} reach the same node. {@link #AUTO} (the default) takes values as they
 * come: a string {@code '42'} is then a string, not the integer 42.
 *
 * <pre>{@code
 * KeyType.INTEGER.coerce("42")   // -> 42L
 * }</pre>
 */
public enum KeyType {
    /** Values keep their own type (see {@link CanonicalValue#of}). */
    AUTO("auto"),
    /** Integral numbers: {@code Long} (or {@code BigInteger} beyond 64 bits); numeric strings are parsed. */
    INTEGER("integer"),
    /** Exact numbers: {@code BigDecimal}; numeric strings are parsed. */
    DECIMAL("decimal"),
    /** Character strings; numbers, UUIDs and dates are turned into their SQL text. */
    STRING("string"),
    /** {@code UUID}; strings and 16-byte arrays are parsed. */
    UUID("uuid"),
    /** {@code LocalDate}; {@code yyyy-MM-dd} strings are parsed. */
    DATE("date"),
    /** {@code LocalTime}; {@code HH:mm[:ss[.f]]} strings are parsed. */
    TIME("time"),
    /** {@code LocalDateTime}; {@code yyyy-MM-dd[ T]HH:mm[:ss[.f]]} strings and dates (at midnight) are accepted. */
    TIMESTAMP("timestamp");

    private final String yamlName;

    KeyType(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name used in the YAML ({@code keyType: integer}). */
    public String yamlName() {
        return yamlName;
    }

    /** The key type with this YAML name, or {@code null}. */
    public static KeyType fromYamlName(String name) {
        for (KeyType t : values()) {
            if (t.yamlName.equals(name)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Converts a non-null value to this type.
     *
     * @throws SQLDataException with SQLState 22018 when the value cannot be converted, 22004 for null
     */
    public Object coerce(Object value) throws SQLDataException {
        if (value == null) {
            throw new SQLDataException(
                    "A sharding value is NULL: rows are placed by their sharding key, which must not be NULL",
                    "22004");
        }
        try {
            return switch (this) {
                case AUTO -> value;
                case INTEGER -> toInteger(value);
                case DECIMAL -> toDecimal(value);
                case STRING -> toText(value);
                case UUID -> toUuid(value);
                case DATE -> toDate(value);
                case TIME -> toTime(value);
                case TIMESTAMP -> toTimestamp(value);
            };
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            throw cannotConvert(value);
        } catch (IllegalArgumentException e) { // UUID.fromString
            throw cannotConvert(value);
        }
    }

    private SQLDataException cannotConvert(Object value) {
        return new SQLDataException(
                "Sharding value " + describe(value) + " is not a valid " + yamlName
                        + " (the column's keyType); pass a " + yamlName + " value",
                "22018");
    }

    static String describe(Object value) {
        String text = value instanceof byte[] b ? b.length + " bytes" : String.valueOf(value);
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return (value instanceof CharSequence ? "'" + text + "'" : text)
                + " (" + value.getClass().getSimpleName() + ")";
    }

    private Object toInteger(Object value) throws SQLDataException {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        BigDecimal d = value instanceof CharSequence s ? new BigDecimal(s.toString().trim()) : numberOrNull(value);
        if (d == null) {
            throw cannotConvert(value);
        }
        BigInteger b = d.stripTrailingZeros().toBigIntegerExact(); // ArithmeticException: not integral
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private Object toDecimal(Object value) throws SQLDataException {
        BigDecimal d = value instanceof CharSequence s ? new BigDecimal(s.toString().trim()) : numberOrNull(value);
        if (d == null) {
            throw cannotConvert(value);
        }
        return d;
    }

    private static BigDecimal numberOrNull(Object value) throws SQLDataException {
        if (value instanceof Number n) {
            CanonicalValue c = CanonicalValue.of(n);
            return c.family().isNumeric() ? c.toBigDecimal() : null;
        }
        return null;
    }

    private Object toText(Object value) throws SQLDataException {
        return switch (value) {
            case CharSequence s -> s.toString();
            case Character c -> c.toString();
            case BigDecimal d -> d.toPlainString();
            case Long l -> l.toString();
            case Integer i -> i.toString();
            case Short s -> s.toString();
            case Byte b -> b.toString();
            case BigInteger b -> b.toString();
            case java.util.UUID u -> u.toString();
            case LocalDate d -> d.toString();
            case java.sql.Date d -> d.toLocalDate().toString();
            default -> throw cannotConvert(value);
        };
    }

    private Object toUuid(Object value) throws SQLDataException {
        return switch (value) {
            case java.util.UUID u -> u;
            case CharSequence s -> java.util.UUID.fromString(s.toString().trim());
            case byte[] b when b.length == 16 -> {
                ByteBuffer buffer = ByteBuffer.wrap(b);
                yield new java.util.UUID(buffer.getLong(), buffer.getLong());
            }
            default -> throw cannotConvert(value);
        };
    }

    private Object toDate(Object value) throws SQLDataException {
        return switch (value) {
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            case CharSequence s -> LocalDate.parse(s.toString().trim());
            default -> throw cannotConvert(value);
        };
    }

    private Object toTime(Object value) throws SQLDataException {
        return switch (value) {
            case LocalTime t -> t;
            case java.sql.Time t -> t.toLocalTime();
            case CharSequence s -> LocalTime.parse(s.toString().trim());
            default -> throw cannotConvert(value);
        };
    }

    private Object toTimestamp(Object value) throws SQLDataException {
        return switch (value) {
            case LocalDateTime t -> t;
            case java.sql.Timestamp t -> t.toLocalDateTime();
            case LocalDate d -> d.atStartOfDay();
            case java.sql.Date d -> d.toLocalDate().atStartOfDay();
            case CharSequence s -> parseTimestamp(s.toString().trim());
            default -> throw cannotConvert(value);
        };
    }

    private static LocalDateTime parseTimestamp(String s) {
        if (s.length() == 10) {
            return LocalDate.parse(s).atStartOfDay();
        }
        // SQL writes a space between date and time; ISO-8601 writes a 'T'.
        return LocalDateTime.parse(s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s);
    }

    @Override
    public String toString() {
        return yamlName.toUpperCase(Locale.ROOT);
    }
}
