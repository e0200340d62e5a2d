package io.retort.rewrite;

import io.retort.dialect.Dialect;
import io.retort.dialect.UnsupportedConstruct;
import io.retort.rewrite.SqlType.Base;
import io.retort.sql.DataType;
import io.retort.sql.SqlDialect;
import java.util.List;

/**
 * Data types across databases: {@link #read} says what a type name means in the dialect it was
 * written in, {@link #write} spells that meaning for the target, in a column definition or in a CAST
 * (where MySQL accepts only a few names: SIGNED, DECIMAL, CHAR, DATETIME, ...).
 */
final class TypeMapping {

    private TypeMapping() {
    }

    /** What {@code type} means in {@code source}, or null for a type Retort does not translate (kept as written). */
    static SqlType read(DataType type, SqlDialect source) {
        return read(type, source, false);
    }

    /**
     * What {@code type} means in {@code source}; {@code inCast} for the target of a CAST, where MySQL has
     * its own names: {@code SIGNED}, {@code UNSIGNED}, and {@code CHAR} meaning a string of any length.
     */
    static SqlType read(DataType type, SqlDialect source, boolean inCast) {
        if (type.arrayDimensions() > 0) {
            return null;
        }
        boolean mysql = source.isMySqlFamily();
        if (mysql && inCast) {
            Integer n = arg(type, 0);
            switch (type.name()) {
                case "SIGNED" -> {
                    return SqlType.of(Base.BIGINT);
                }
                case "UNSIGNED" -> {
                    return new SqlType(Base.DECIMAL, 20, 0, false);
                }
                case "CHAR", "NCHAR" -> {
                    return n == null ? SqlType.of(Base.TEXT) : SqlType.of(Base.VARCHAR, n);
                }
                case "BINARY" -> {
                    return n == null ? SqlType.of(Base.BLOB) : SqlType.of(Base.VARBINARY, n);
                }
                default -> {
                }
            }
        }
        boolean unsigned = type.attributes().contains("UNSIGNED");
        Integer a = arg(type, 0);
        Integer b = arg(type, 1);
        SqlType t = switch (type.name()) {
            case "BOOL", "BOOLEAN" -> SqlType.of(Base.BOOLEAN);
            case "TINYINT", "INT1" -> SqlType.of(Base.TINYINT);
            case "SMALLINT", "INT2" -> SqlType.of(Base.SMALLINT);
            case "MEDIUMINT", "INT", "INTEGER", "INT4", "INT3" -> SqlType.of(Base.INTEGER);
            case "BIGINT", "INT8" -> SqlType.of(Base.BIGINT);
            case "SERIAL", "SERIAL4" -> new SqlType(mysql ? Base.BIGINT : Base.INTEGER, null, null, true);
            case "BIGSERIAL", "SERIAL8" -> new SqlType(Base.BIGINT, null, null, true);
            case "SMALLSERIAL", "SERIAL2" -> new SqlType(Base.SMALLINT, null, null, true);
            case "DECIMAL", "NUMERIC", "DEC", "NUMBER", "FIXED" -> {
                if (a == null && mysql) {
                    yield new SqlType(Base.DECIMAL, 10, 0, false); // MySQL's DECIMAL is DECIMAL(10, 0)
                }
                yield new SqlType(Base.DECIMAL, a, a == null ? null : b == null ? 0 : b, false);
            }
            case "REAL" -> SqlType.of(mysql ? Base.DOUBLE : Base.REAL);
            case "FLOAT4" -> SqlType.of(Base.REAL);
            case "FLOAT" -> {
                if (mysql) {
                    yield SqlType.of(a != null && a > 24 ? Base.DOUBLE : Base.REAL);
                }
                yield SqlType.of(a != null && a <= 24 ? Base.REAL : Base.DOUBLE);
            }
            case "DOUBLE", "DOUBLE PRECISION", "FLOAT8" -> SqlType.of(Base.DOUBLE);
            case "CHAR", "CHARACTER", "NCHAR", "BPCHAR", "NATIONAL CHAR", "NATIONAL CHARACTER" ->
                    SqlType.of(Base.CHAR, a == null ? 1 : a);
            case "VARCHAR", "CHARACTER VARYING", "CHAR VARYING", "NVARCHAR", "VARCHAR2", "NATIONAL CHARACTER VARYING",
                    "NATIONAL VARCHAR", "NCHAR VARYING", "VARCHAR_IGNORECASE" ->
                    a == null ? SqlType.of(Base.TEXT) : SqlType.of(Base.VARCHAR, a);
            case "TEXT", "MEDIUMTEXT", "LONGTEXT", "CLOB", "CHARACTER LARGE OBJECT", "NTEXT", "NCLOB" -> SqlType.of(Base.TEXT);
            case "TINYTEXT" -> SqlType.of(Base.VARCHAR, 255);
            case "BYTEA", "BLOB", "LONGBLOB", "MEDIUMBLOB", "BINARY LARGE OBJECT", "IMAGE" -> SqlType.of(Base.BLOB);
            case "TINYBLOB" -> SqlType.of(Base.VARBINARY, 255);
            case "BINARY" -> SqlType.of(Base.BINARY, a == null ? 1 : a);
            case "VARBINARY", "BINARY VARYING" -> a == null ? SqlType.of(Base.BLOB) : SqlType.of(Base.VARBINARY, a);
            case "DATE" -> SqlType.of(Base.DATE);
            case "TIME", "TIME WITHOUT TIME ZONE" -> SqlType.of(Base.TIME, a);
            // MySQL's TIMESTAMP is stored as an instant and shown in the session's time zone.
            case "TIMESTAMP" -> SqlType.of(mysql ? Base.TIMESTAMP_TZ : Base.TIMESTAMP, a);
            case "TIMESTAMP WITHOUT TIME ZONE", "DATETIME", "DATETIME2", "SMALLDATETIME" -> SqlType.of(Base.TIMESTAMP, a);
            case "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE", "DATETIMEOFFSET" -> SqlType.of(Base.TIMESTAMP_TZ, a);
            case "INTERVAL" -> SqlType.of(Base.INTERVAL);
            case "UUID", "UNIQUEIDENTIFIER" -> SqlType.of(Base.UUID);
            case "JSON" -> SqlType.of(Base.JSON);
            case "JSONB" -> SqlType.of(Base.JSONB);
            default -> null;
        };
        if (t != null && unsigned) {
            t = switch (t.base()) {
                case TINYINT -> SqlType.of(Base.SMALLINT);
                case SMALLINT -> SqlType.of(Base.INTEGER);
                case INTEGER -> SqlType.of(Base.BIGINT);
                case BIGINT -> new SqlType(Base.DECIMAL, 20, 0, false);
                default -> t;
            };
        }
        return t;
    }

    /**
     * {@code type} spelled for {@code target}; {@code inCast} for the target of a CAST.
     *
     * @throws UnsupportedConstruct for a type the target has no faithful form of
     */
    static DataType write(SqlType type, Dialect target, boolean inCast) {
        SqlDialect d = target.family();
        Integer n = type.length();
        Integer s = type.scale();
        if (d.isMySqlFamily() && inCast) {
            return switch (type.base()) {
                case TINYINT, SMALLINT, INTEGER, BIGINT -> DataType.of("SIGNED");
                case DECIMAL -> n == null ? DataType.of("DECIMAL", 65, 30) : DataType.of("DECIMAL", n, s);
                case REAL -> DataType.of("FLOAT");
                case DOUBLE -> DataType.of("DOUBLE");
                case CHAR, VARCHAR -> DataType.of("CHAR", n);
                case TEXT, UUID -> DataType.of("CHAR");
                case BINARY, VARBINARY -> DataType.of("BINARY", n);
                case BLOB -> DataType.of("BINARY");
                case DATE -> DataType.of("DATE");
                case TIME -> n == null ? DataType.of("TIME") : DataType.of("TIME", n);
                case TIMESTAMP, TIMESTAMP_TZ -> DataType.of("DATETIME", n == null ? 6 : n);
                case JSON, JSONB -> {
                    if (d == SqlDialect.MARIADB) {
                        throw new UnsupportedConstruct("CAST(... AS JSON)", "MariaDB's JSON is text");
                    }
                    yield DataType.of("JSON");
                }
                case BOOLEAN -> throw new UnsupportedConstruct("CAST(... AS BOOLEAN)", "compare with <> 0 instead");
                case INTERVAL -> throw new UnsupportedConstruct("the INTERVAL type", "");
            };
        }
        return switch (d) {
            case POSTGRESQL, ANSI -> switch (type.base()) {
                case TINYINT -> DataType.of("SMALLINT");
                case DOUBLE -> DataType.of("DOUBLE PRECISION");
                case BINARY, VARBINARY, BLOB -> DataType.of("BYTEA");
                case TIMESTAMP_TZ -> sized("TIMESTAMP WITH TIME ZONE", n);
                default -> standard(type);
            };
            case MYSQL, MARIADB -> switch (type.base()) {
                case INTEGER -> DataType.of("INT");
                case DECIMAL -> n == null ? DataType.of("DECIMAL", 65, 30) : DataType.of("DECIMAL", n, s);
                case REAL -> DataType.of("FLOAT");
                case DOUBLE -> DataType.of("DOUBLE");
                case TEXT -> DataType.of("LONGTEXT");
                case BLOB -> DataType.of("LONGBLOB");
                // No time zone in MySQL's DATETIME: values are stored as the session shows them (documented).
                case TIMESTAMP, TIMESTAMP_TZ -> DataType.of("DATETIME", n == null ? 6 : n);
                case UUID -> d == SqlDialect.MARIADB && target.version().atLeast(10, 7)
                        ? DataType.of("UUID") : DataType.of("CHAR", 36);
                case JSONB -> DataType.of("JSON");
                case INTERVAL -> throw new UnsupportedConstruct("the INTERVAL type", "");
                default -> standard(type);
            };
            case SQLITE -> switch (type.base()) {
                // INTEGER exactly: an INTEGER PRIMARY KEY is SQLite's rowid.
                case TINYINT, SMALLINT, INTEGER, BIGINT -> DataType.of("INTEGER");
                case DECIMAL -> n == null ? DataType.of("NUMERIC") : DataType.of("NUMERIC", n, s);
                case REAL, DOUBLE -> DataType.of("REAL");
                case TEXT, UUID, JSON, JSONB -> DataType.of("TEXT");
                case CHAR, VARCHAR -> inCast ? DataType.of("TEXT") : standard(type);
                case BINARY, VARBINARY, BLOB -> DataType.of("BLOB");
                case TIMESTAMP_TZ -> DataType.of("TIMESTAMP");
                case INTERVAL -> throw new UnsupportedConstruct("the INTERVAL type", "");
                default -> standard(type);
            };
            case H2 -> switch (type.base()) {
                case DECIMAL -> n == null ? DataType.of("DECFLOAT") : DataType.of("NUMERIC", n, s);
                case DOUBLE -> DataType.of("DOUBLE PRECISION");
                case TEXT -> DataType.of("CHARACTER VARYING");
                case VARBINARY -> DataType.of("BINARY VARYING", n);
                case BLOB -> DataType.of("BINARY VARYING");
                case TIMESTAMP_TZ -> sized("TIMESTAMP WITH TIME ZONE", n);
                case JSONB -> DataType.of("JSON");
                case INTERVAL -> throw new UnsupportedConstruct("an INTERVAL without a qualifier", "");
                default -> standard(type);
            };
            case ORACLE -> switch (type.base()) {
                case BOOLEAN -> DataType.of("NUMBER", 1);
                case TINYINT -> DataType.of("NUMBER", 3);
                case SMALLINT -> DataType.of("NUMBER", 5);
                case INTEGER -> DataType.of("NUMBER", 10);
                case BIGINT -> DataType.of("NUMBER", 19);
                case DECIMAL -> n == null ? DataType.of("NUMBER") : DataType.of("NUMBER", n, s);
                case REAL -> DataType.of("BINARY_FLOAT");
                case DOUBLE -> DataType.of("BINARY_DOUBLE");
                case VARCHAR -> DataType.of("VARCHAR2", n);
                case TEXT, JSON, JSONB -> DataType.of("CLOB");
                case BINARY, VARBINARY -> DataType.of("RAW", n);
                case UUID -> DataType.of("VARCHAR2", 36);
                case TIMESTAMP_TZ -> sized("TIMESTAMP WITH TIME ZONE", n);
                case TIME -> throw new UnsupportedConstruct("the TIME type", "Oracle has none");
                case INTERVAL -> throw new UnsupportedConstruct("an INTERVAL without a qualifier", "");
                default -> standard(type);
            };
            case SQLSERVER -> switch (type.base()) {
                case BOOLEAN -> DataType.of("BIT");
                case TINYINT -> DataType.of("SMALLINT"); // SQL Server's TINYINT has no negative values
                case INTEGER -> DataType.of("INT");
                case DECIMAL -> n == null ? DataType.of("DECIMAL", 38, 10) : DataType.of("DECIMAL", n, s);
                case DOUBLE -> DataType.of("FLOAT");
                case CHAR -> DataType.of("NCHAR", n);
                case VARCHAR -> DataType.of("NVARCHAR", n);
                case TEXT, JSON, JSONB -> DataType.of("NVARCHAR", "MAX");
                case BLOB -> DataType.of("VARBINARY", "MAX");
                case TIMESTAMP -> sized("DATETIME2", n);
                case TIMESTAMP_TZ -> sized("DATETIMEOFFSET", n);
                case UUID -> DataType.of("UNIQUEIDENTIFIER");
                case INTERVAL -> throw new UnsupportedConstruct("the INTERVAL type", "");
                default -> standard(type);
            };
        };
    }

    /** The standard spelling. */
    private static DataType standard(SqlType t) {
        Integer n = t.length();
        return switch (t.base()) {
            case BOOLEAN -> DataType.of("BOOLEAN");
            case TINYINT -> DataType.of("TINYINT");
            case SMALLINT -> DataType.of("SMALLINT");
            case INTEGER -> DataType.of("INTEGER");
            case BIGINT -> DataType.of("BIGINT");
            case DECIMAL -> n == null ? DataType.of("NUMERIC") : DataType.of("NUMERIC", n, t.scale());
            case REAL -> DataType.of("REAL");
            case DOUBLE -> DataType.of("DOUBLE PRECISION");
            case CHAR -> DataType.of("CHAR", n);
            case VARCHAR -> DataType.of("VARCHAR", n);
            case TEXT -> DataType.of("TEXT");
            case BINARY -> DataType.of("BINARY", n);
            case VARBINARY -> DataType.of("VARBINARY", n);
            case BLOB -> DataType.of("BLOB");
            case DATE -> DataType.of("DATE");
            case TIME -> sized("TIME", n);
            case TIMESTAMP -> sized("TIMESTAMP", n);
            case TIMESTAMP_TZ -> sized("TIMESTAMP WITH TIME ZONE", n);
            case INTERVAL -> DataType.of("INTERVAL");
            case UUID -> DataType.of("UUID");
            case JSON -> DataType.of("JSON");
            case JSONB -> DataType.of("JSONB");
        };
    }

    private static DataType sized(String name, Integer n) {
        return n == null ? DataType.of(name) : DataType.of(name, n);
    }

    private static Integer arg(DataType type, int i) {
        List<String> args = type.arguments();
        if (args.size() <= i) {
            return null;
        }
        try {
            return Integer.valueOf(args.get(i).trim());
        } catch (NumberFormatException e) {
            return null; // MAX, or an ENUM value
        }
    }
}
