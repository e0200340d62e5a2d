package io.retort.sharding.federation;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * JDBC column types to Calcite types, and JDBC values to the values Calcite computes with: DATE
 * as days since 1970-01-01 ({@code int}), TIME as milliseconds of the day ({@code int}), TIMESTAMP as
 * milliseconds since 1970-01-01 00:00 of the local date-time ({@code long}), each numeric type as its
 * own boxed type, binary as {@link ByteString}.
 */
final class CalciteValues {

    /** {@link FederationTypes} holds DECIMAL precision up to 38 digits. */
    private static final int MAX_DECIMAL_PRECISION = 38;

    private CalciteValues() {}

    static SqlTypeName typeName(int jdbcType) {
        return switch (jdbcType) {
            case Types.INTEGER -> SqlTypeName.INTEGER;
            case Types.BIGINT -> SqlTypeName.BIGINT;
            case Types.SMALLINT -> SqlTypeName.SMALLINT;
            case Types.TINYINT -> SqlTypeName.TINYINT;
            case Types.NUMERIC, Types.DECIMAL -> SqlTypeName.DECIMAL;
            case Types.REAL -> SqlTypeName.REAL;
            case Types.FLOAT, Types.DOUBLE -> SqlTypeName.DOUBLE;
            case Types.BOOLEAN, Types.BIT -> SqlTypeName.BOOLEAN;
            case Types.CHAR, Types.NCHAR -> SqlTypeName.CHAR;
            case Types.DATE -> SqlTypeName.DATE;
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> SqlTypeName.TIME;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> SqlTypeName.TIMESTAMP;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> SqlTypeName.VARBINARY;
            default -> SqlTypeName.VARCHAR; // text, and what Calcite has no type for (uuid, json, arrays) as text
        };
    }

    static RelDataType type(RelDataTypeFactory factory, TableSource.Column c) {
        SqlTypeName name = typeName(c.jdbcType());
        RelDataType type = switch (name) {
            case DECIMAL -> {
                int precision = c.precision() <= 0 || c.precision() > MAX_DECIMAL_PRECISION ? MAX_DECIMAL_PRECISION : c.precision();
                yield factory.createSqlType(name, precision, Math.max(0, Math.min(c.scale(), precision)));
            }
            case CHAR -> c.precision() > 0 ? factory.createSqlType(name, c.precision()) : factory.createSqlType(SqlTypeName.VARCHAR);
            default -> factory.createSqlType(name);
        };
        return factory.createTypeWithNullability(type, c.nullable());
    }

    /** A JDBC value read for a column of {@code type}, as Calcite computes with it. */
    static Object internal(Object value, SqlTypeName type) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case INTEGER -> ((Number) number(value)).intValue();
            case BIGINT -> ((Number) number(value)).longValue();
            case SMALLINT -> ((Number) number(value)).shortValue();
            case TINYINT -> ((Number) number(value)).byteValue();
            case DOUBLE -> ((Number) number(value)).doubleValue();
            case REAL -> ((Number) number(value)).floatValue();
            case DECIMAL -> value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
            case BOOLEAN -> value instanceof Boolean b ? b : ((Number) number(value)).intValue() != 0;
            case DATE -> (int) localDate(value).toEpochDay();
            case TIME -> (int) (localTime(value).toNanoOfDay() / 1_000_000L);
            case TIMESTAMP -> localDateTime(value).toInstant(ZoneOffset.UTC).toEpochMilli();
            case VARBINARY -> new ByteString(value instanceof byte[] b ? b : value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            default -> value instanceof String s ? s : value.toString();
        };
    }

    private static Object number(Object value) {
        return value instanceof Number ? value : value instanceof Boolean b ? (b ? 1 : 0) : new BigDecimal(value.toString());
    }

    private static LocalDate localDate(Object value) {
        return switch (value) {
            case java.sql.Date d -> d.toLocalDate();
            case LocalDate d -> d;
            case java.util.Date d -> new java.sql.Date(d.getTime()).toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }

    private static LocalTime localTime(Object value) {
        return switch (value) {
            case java.sql.Time t -> t.toLocalTime();
            case LocalTime t -> t;
            case java.time.OffsetTime t -> t.toLocalTime();
            default -> LocalTime.parse(value.toString());
        };
    }

    private static LocalDateTime localDateTime(Object value) {
        return switch (value) {
            case java.sql.Timestamp t -> t.toLocalDateTime();
            case LocalDateTime t -> t;
            case OffsetDateTime t -> t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            case java.time.ZonedDateTime t -> t.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            case java.sql.Date d -> d.toLocalDate().atStartOfDay();
            default -> LocalDateTime.parse(value.toString().replace(' ', 'T'));
        };
    }
}
