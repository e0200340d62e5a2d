package io.retort.orm;

import io.retort.sql.DataType;
import io.retort.sql.SqlDialect;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * How values of one Java type are written to and read from JDBC on each database, and which SQL type
 * holds them. Typed setters and getters are used instead of {@code setObject}/{@code getObject}: drivers
 * disagree on what {@code getObject} returns (a MariaDB TINYINT(1) is a Boolean, a SQLite date is text).
 * SQLite stores dates, times and UUIDs as ISO text; MariaDB stores an {@code Instant} as a UTC DATETIME(6).
 */
final class ValueType {

    enum Kind {
        STRING, LONG, INT, SHORT, BYTE, BOOLEAN, DOUBLE, FLOAT, BIG_DECIMAL, BIG_INTEGER, LOCAL_DATE, LOCAL_DATE_TIME,
        LOCAL_TIME, INSTANT, OFFSET_DATE_TIME, UUID, BYTES, ENUM
    }

    final Class<?> javaType;
    final Kind kind;
    final boolean primitive;

    private ValueType(Class<?> javaType, Kind kind, boolean primitive) {
        this.javaType = javaType;
        this.kind = kind;
        this.primitive = primitive;
    }

    /** The type of a field of class {@code type}, or null when the ORM has no column type for it. */
    static ValueType of(Class<?> type) {
        boolean primitive = type.isPrimitive();
        Kind kind;
        if (type == String.class) {
            kind = Kind.STRING;
        } else if (type == Long.class || type == long.class) {
            kind = Kind.LONG;
        } else if (type == Integer.class || type == int.class) {
            kind = Kind.INT;
        } else if (type == Short.class || type == short.class) {
            kind = Kind.SHORT;
        } else if (type == Byte.class || type == byte.class) {
            kind = Kind.BYTE;
        } else if (type == Boolean.class || type == boolean.class) {
            kind = Kind.BOOLEAN;
        } else if (type == Double.class || type == double.class) {
            kind = Kind.DOUBLE;
        } else if (type == Float.class || type == float.class) {
            kind = Kind.FLOAT;
        } else if (type == BigDecimal.class) {
            kind = Kind.BIG_DECIMAL;
        } else if (type == BigInteger.class) {
            kind = Kind.BIG_INTEGER;
        } else if (type == LocalDate.class) {
            kind = Kind.LOCAL_DATE;
        } else if (type == LocalDateTime.class) {
            kind = Kind.LOCAL_DATE_TIME;
        } else if (type == LocalTime.class) {
            kind = Kind.LOCAL_TIME;
        } else if (type == Instant.class) {
            kind = Kind.INSTANT;
        } else if (type == OffsetDateTime.class) {
            kind = Kind.OFFSET_DATE_TIME;
        } else if (type == UUID.class) {
            kind = Kind.UUID;
        } else if (type == byte[].class) {
            kind = Kind.BYTES;
        } else if (type.isEnum()) {
            kind = Kind.ENUM;
        } else {
            return null;
        }
        return new ValueType(type, kind, primitive);
    }

    /** The column type as PostgreSQL writes it; {@code createAll} translates it per database. */
    DataType ddlType(int length, int precision, int scale) {
        return switch (kind) {
            case STRING -> DataType.varchar(length);
            case LONG -> DataType.BIGINT;
            case INT -> DataType.INTEGER;
            case SHORT, BYTE -> DataType.SMALLINT;
            case BOOLEAN -> DataType.BOOLEAN;
            case DOUBLE -> DataType.DOUBLE_PRECISION;
            case FLOAT -> DataType.of("REAL");
            case BIG_DECIMAL -> DataType.numeric(precision, scale);
            case BIG_INTEGER -> DataType.of("NUMERIC", 38, 0);
            case LOCAL_DATE -> DataType.DATE;
            case LOCAL_DATE_TIME -> DataType.of("TIMESTAMP", 6);
            case LOCAL_TIME -> DataType.of("TIME");
            case INSTANT, OFFSET_DATE_TIME -> DataType.of("TIMESTAMP WITH TIME ZONE", 6);
            case UUID -> DataType.UUID;
            case BYTES -> DataType.of("BYTEA");
            case ENUM -> DataType.varchar(Math.max(32, longestConstant()));
        };
    }

    private int longestConstant() {
        int n = 0;
        for (Object c : javaType.getEnumConstants()) {
            n = Math.max(n, ((Enum<?>) c).name().length());
        }
        return n;
    }

    /** The JDBC type for {@code setNull}. */
    int sqlType(SqlDialect family) {
        return switch (kind) {
            case STRING, ENUM -> Types.VARCHAR;
            case LONG -> Types.BIGINT;
            case INT -> Types.INTEGER;
            case SHORT, BYTE -> Types.SMALLINT;
            case BOOLEAN -> Types.BOOLEAN;
            case DOUBLE -> Types.DOUBLE;
            case FLOAT -> Types.REAL;
            case BIG_DECIMAL, BIG_INTEGER -> Types.NUMERIC;
            case LOCAL_DATE -> family == SqlDialect.SQLITE ? Types.VARCHAR : Types.DATE;
            case LOCAL_DATE_TIME -> family == SqlDialect.SQLITE ? Types.VARCHAR : Types.TIMESTAMP;
            case LOCAL_TIME -> family == SqlDialect.SQLITE ? Types.VARCHAR : Types.TIME;
            case INSTANT, OFFSET_DATE_TIME -> switch (family) {
                case POSTGRESQL, H2 -> Types.TIMESTAMP_WITH_TIMEZONE;
                case SQLITE -> Types.VARCHAR;
                default -> Types.TIMESTAMP;
            };
            case UUID -> switch (family) {
                case POSTGRESQL -> Types.OTHER;
                case H2 -> Types.OTHER;
                default -> Types.VARCHAR;
            };
            case BYTES -> Types.VARBINARY;
        };
    }

    /**
     * Converts a value given by the application (e.g. an {@code int} id for a {@code Long} key) to this
     * type, so that identity keys compare equal.
     */
    Object coerce(Object value) {
        if (value == null || javaType.isInstance(value) || primitive && boxed().isInstance(value)) {
            return value;
        }
        if (value instanceof Number n) {
            switch (kind) {
                case LONG:
                    return n.longValue();
                case INT:
                    return n.intValue();
                case SHORT:
                    return n.shortValue();
                case BYTE:
                    return n.byteValue();
                case DOUBLE:
                    return n.doubleValue();
                case FLOAT:
                    return n.floatValue();
                case BIG_DECIMAL:
                    return new BigDecimal(n.toString());
                case BIG_INTEGER:
                    return new BigInteger(n.toString());
                default:
                    break;
            }
        }
        if (kind == Kind.UUID && value instanceof String s) {
            return UUID.fromString(s);
        }
        throw new IllegalArgumentException("a " + value.getClass().getName() + " is not a " + javaType.getName());
    }

    private Class<?> boxed() {
        return switch (kind) {
            case LONG -> Long.class;
            case INT -> Integer.class;
            case SHORT -> Short.class;
            case BYTE -> Byte.class;
            case BOOLEAN -> Boolean.class;
            case DOUBLE -> Double.class;
            case FLOAT -> Float.class;
            default -> javaType;
        };
    }

    void bind(PreparedStatement ps, int index, Object value, SqlDialect family) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType(family));
            return;
        }
        switch (kind) {
            case STRING -> ps.setString(index, (String) value);
            case LONG -> ps.setLong(index, (Long) value);
            case INT -> ps.setInt(index, (Integer) value);
            case SHORT -> ps.setShort(index, (Short) value);
            case BYTE -> ps.setShort(index, (Byte) value);
            case BOOLEAN -> ps.setBoolean(index, (Boolean) value);
            case DOUBLE -> ps.setDouble(index, (Double) value);
            case FLOAT -> ps.setFloat(index, (Float) value);
            case BIG_DECIMAL -> ps.setBigDecimal(index, (BigDecimal) value);
            case BIG_INTEGER -> ps.setBigDecimal(index, new BigDecimal((BigInteger) value));
            case LOCAL_DATE, LOCAL_DATE_TIME, LOCAL_TIME -> {
                if (family == SqlDialect.SQLITE) {
                    ps.setString(index, value.toString());
                } else {
                    ps.setObject(index, value);
                }
            }
            case INSTANT -> bindInstant(ps, index, (Instant) value, family);
            case OFFSET_DATE_TIME -> bindInstant(ps, index, ((OffsetDateTime) value).toInstant(), family);
            case UUID -> {
                if (family == SqlDialect.POSTGRESQL || family == SqlDialect.H2) {
                    ps.setObject(index, value);
                } else {
                    ps.setString(index, value.toString());
                }
            }
            case BYTES -> ps.setBytes(index, (byte[]) value);
            case ENUM -> ps.setString(index, ((Enum<?>) value).name());
        }
    }

    private static void bindInstant(PreparedStatement ps, int index, Instant value, SqlDialect family) throws SQLException {
        switch (family) {
            case POSTGRESQL, H2 -> ps.setObject(index, value.atOffset(ZoneOffset.UTC));
            case SQLITE -> ps.setString(index, value.toString());
            default -> ps.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    Object read(ResultSet rs, int index, SqlDialect family) throws SQLException {
        switch (kind) {
            case STRING:
                return rs.getString(index);
            case LONG: {
                long v = rs.getLong(index);
                return rs.wasNull() ? null : v;
            }
            case INT: {
                int v = rs.getInt(index);
                return rs.wasNull() ? null : v;
            }
            case SHORT: {
                short v = rs.getShort(index);
                return rs.wasNull() ? null : v;
            }
            case BYTE: {
                byte v = rs.getByte(index);
                return rs.wasNull() ? null : v;
            }
            case BOOLEAN: {
                boolean v = rs.getBoolean(index);
                return rs.wasNull() ? null : v;
            }
            case DOUBLE: {
                double v = rs.getDouble(index);
                return rs.wasNull() ? null : v;
            }
            case FLOAT: {
                float v = rs.getFloat(index);
                return rs.wasNull() ? null : v;
            }
            case BIG_DECIMAL:
                return rs.getBigDecimal(index);
            case BIG_INTEGER: {
                BigDecimal d = rs.getBigDecimal(index);
                return d == null ? null : d.toBigIntegerExact();
            }
            case LOCAL_DATE:
                return family == SqlDialect.SQLITE ? parse(rs.getString(index), LocalDate::parse)
                        : rs.getObject(index, LocalDate.class);
            case LOCAL_DATE_TIME:
                return family == SqlDialect.SQLITE ? parse(rs.getString(index), LocalDateTime::parse)
                        : rs.getObject(index, LocalDateTime.class);
            case LOCAL_TIME:
                return family == SqlDialect.SQLITE ? parse(rs.getString(index), LocalTime::parse)
                        : rs.getObject(index, LocalTime.class);
            case INSTANT:
                return readInstant(rs, index, family);
            case OFFSET_DATE_TIME: {
                Instant i = readInstant(rs, index, family);
                return i == null ? null : i.atOffset(ZoneOffset.UTC);
            }
            case UUID: {
                if (family == SqlDialect.POSTGRESQL || family == SqlDialect.H2) {
                    return rs.getObject(index, java.util.UUID.class);
                }
                String s = rs.getString(index);
                return s == null ? null : java.util.UUID.fromString(s);
            }
            case BYTES:
                return rs.getBytes(index);
            case ENUM: {
                String s = rs.getString(index);
                return s == null ? null : enumValue(s);
            }
            default:
                throw new AssertionError(kind);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object enumValue(String name) {
        return Enum.valueOf((Class) javaType, name);
    }

    private static Instant readInstant(ResultSet rs, int index, SqlDialect family) throws SQLException {
        switch (family) {
            case POSTGRESQL, H2 -> {
                OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
                return t == null ? null : t.toInstant();
            }
            case SQLITE -> {
                return parse(rs.getString(index), Instant::parse);
            }
            default -> {
                LocalDateTime t = rs.getObject(index, LocalDateTime.class);
                return t == null ? null : t.toInstant(ZoneOffset.UTC);
            }
        }
    }

    private static <T> T parse(String text, java.util.function.Function<String, T> parser) {
        return text == null ? null : parser.apply(text.replace(' ', 'T'));
    }

    /** Whether two values of this type are equal for dirty checking (arrays by content, decimals by value). */
    boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (kind == Kind.BYTES) {
            return java.util.Arrays.equals((byte[]) a, (byte[]) b);
        }
        if (kind == Kind.BIG_DECIMAL) {
            return ((BigDecimal) a).compareTo((BigDecimal) b) == 0;
        }
        return a.equals(b);
    }

    /** A copy for the snapshot where the value itself is mutable (byte arrays). */
    Object snapshotCopy(Object value) {
        return kind == Kind.BYTES && value != null ? ((byte[]) value).clone() : value;
    }

    @Override
    public String toString() {
        return javaType.getSimpleName();
    }
}
