package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** CAST and :: with type names per database, and the rounding of casts to integers. */
class CastGoldenTest {

    @Test
    void doubleColonRounds() {
        sql("SELECT price::int, CAST(price AS bigint) FROM t")
                .ok(POSTGRESQL, "SELECT price::INT, CAST(price AS BIGINT) FROM t")
                .ok("SELECT CAST(price AS SIGNED), CAST(price AS SIGNED) FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT CAST(ROUND(price) AS INTEGER), CAST(ROUND(price) AS INTEGER) FROM t")
                .ok(H2, "SELECT CAST(price AS INTEGER), CAST(price AS BIGINT) FROM t")
                .ok(ORACLE, "SELECT CAST(price AS NUMBER(10)), CAST(price AS NUMBER(19)) FROM t")
                .ok(SQLSERVER, "SELECT CAST(ROUND(price, 0) AS INT), CAST(ROUND(price, 0) AS BIGINT) FROM t");
    }

    @Test
    void castOfIntegerLiteralNeedsNoRounding() {
        sql("SELECT 3::int")
                .ok(POSTGRESQL, "SELECT 3::INT")
                .ok("SELECT CAST(3 AS SIGNED)", MYSQL, MARIADB)
                .ok("SELECT CAST(3 AS INTEGER)", SQLITE, H2)
                .ok(ORACLE, "SELECT CAST(3 AS NUMBER(10)) FROM DUAL")
                .ok(SQLSERVER, "SELECT CAST(3 AS INT)");
    }

    @Test
    void castToText() {
        sql("SELECT id::text, CAST(id AS varchar(5)) FROM t")
                .ok(POSTGRESQL, "SELECT id::TEXT, CAST(id AS VARCHAR(5)) FROM t")
                .ok("SELECT CAST(id AS CHAR), CAST(id AS CHAR(5)) FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT CAST(id AS TEXT), substr(CAST(id AS TEXT), 1, 5) FROM t")
                .ok(H2, "SELECT CAST(id AS CHARACTER VARYING), CAST(id AS VARCHAR(5)) FROM t")
                .ok(ORACLE, "SELECT CAST(id AS CLOB), CAST(id AS VARCHAR2(5)) FROM t")
                .ok(SQLSERVER, "SELECT CAST(id AS NVARCHAR(MAX)), CAST(id AS NVARCHAR(5)) FROM t");
    }

    @Test
    void castToNumeric() {
        sql("SELECT CAST(x AS numeric(10, 2)), x::numeric FROM t")
                .ok(POSTGRESQL, "SELECT CAST(x AS NUMERIC(10, 2)), x::NUMERIC FROM t")
                .ok("SELECT CAST(x AS DECIMAL(10, 2)), CAST(x AS DECIMAL(65, 30)) FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT CAST(round(x, 2) AS NUMERIC), CAST(x AS NUMERIC) FROM t")
                .ok(H2, "SELECT CAST(x AS NUMERIC(10, 2)), CAST(x AS DECFLOAT) FROM t")
                .ok(ORACLE, "SELECT CAST(x AS NUMBER(10, 2)), CAST(x AS NUMBER) FROM t")
                .ok(SQLSERVER, "SELECT CAST(x AS DECIMAL(10, 2)), CAST(x AS DECIMAL(38, 10)) FROM t");
    }

    @Test
    void castToDateAndTimestamp() {
        sql("SELECT '2024-01-31'::date, CAST('2024-01-31 10:00:00' AS timestamp) FROM t")
                .ok(POSTGRESQL, "SELECT '2024-01-31'::DATE, CAST('2024-01-31 10:00:00' AS TIMESTAMP) FROM t")
                .ok("SELECT CAST('2024-01-31' AS DATE), CAST('2024-01-31 10:00:00' AS DATETIME(6)) FROM t",
                        MYSQL, MARIADB)
                .ok(SQLITE, "SELECT date('2024-01-31'), datetime('2024-01-31 10:00:00') FROM t")
                .ok("SELECT CAST('2024-01-31' AS DATE), CAST('2024-01-31 10:00:00' AS TIMESTAMP) FROM t", H2, ORACLE)
                .ok(SQLSERVER, "SELECT CAST('2024-01-31' AS DATE), CAST('2024-01-31 10:00:00' AS DATETIME2) FROM t");
    }

    @Test
    void castToBoolean() {
        sql("SELECT CAST(1 AS boolean)")
                .ok("SELECT CAST(1 AS BOOLEAN)", POSTGRESQL, H2)
                .ok("SELECT 1 <> 0", MYSQL, MARIADB, SQLITE)
                .ok(ORACLE, "SELECT CAST(1 AS NUMBER(1)) FROM DUAL")
                .ok(SQLSERVER, "SELECT CAST(1 AS BIT)");
    }

    @Test
    void castToDoubleAndReal() {
        sql("SELECT CAST(x AS double precision), x::real, x::float8 FROM t")
                .ok(POSTGRESQL, "SELECT CAST(x AS DOUBLE PRECISION), x::REAL, x::FLOAT8 FROM t")
                .ok("SELECT CAST(x AS DOUBLE), CAST(x AS FLOAT), CAST(x AS DOUBLE) FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT CAST(x AS REAL), CAST(x AS REAL), CAST(x AS REAL) FROM t")
                .ok(H2, "SELECT CAST(x AS DOUBLE PRECISION), CAST(x AS REAL), CAST(x AS DOUBLE PRECISION) FROM t")
                .ok(ORACLE, "SELECT CAST(x AS BINARY_DOUBLE), CAST(x AS BINARY_FLOAT), CAST(x AS BINARY_DOUBLE) FROM t")
                .ok(SQLSERVER, "SELECT CAST(x AS FLOAT), CAST(x AS REAL), CAST(x AS FLOAT) FROM t");
    }

    @Test
    void typedLiterals() {
        sql("SELECT DATE '2024-01-31', TIMESTAMP '2024-01-31 10:00:00'")
                .ok("SELECT DATE '2024-01-31', TIMESTAMP '2024-01-31 10:00:00'", POSTGRESQL, MYSQL, MARIADB, H2)
                .ok(SQLITE, "SELECT '2024-01-31', '2024-01-31 10:00:00'")
                .ok(ORACLE, "SELECT DATE '2024-01-31', TIMESTAMP '2024-01-31 10:00:00' FROM DUAL")
                .ok(SQLSERVER, "SELECT CAST('2024-01-31' AS DATE), CAST('2024-01-31 10:00:00' AS DATETIME2)");
    }
}
