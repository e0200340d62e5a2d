package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** MySQL string semantics: LENGTH in bytes, negative SUBSTRING starts, LOCATE, IFNULL/IF, CONCAT, ||, division. */
class MySqlStringGoldenTest {

    @Test
    void lengthCountsBytes() {
        sql(MYSQL, "SELECT LENGTH(name), CHAR_LENGTH(name) FROM t")
                .ok("SELECT OCTET_LENGTH(name), CHAR_LENGTH(name) FROM t", POSTGRESQL, H2)
                .ok("SELECT LENGTH(name), CHAR_LENGTH(name) FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT length(CAST(name AS BLOB)), length(name) FROM t")
                .ok(ORACLE, "SELECT LENGTHB(name), LENGTH(name) FROM t")
                .fails(SQLSERVER, "the length in bytes of a string");
    }

    @Test
    void substringNegativeStart() {
        sql(MYSQL, "SELECT SUBSTRING(name, -3), SUBSTRING(name, -3, 2), MID(name, 2, 1) FROM t")
                .ok("SELECT SUBSTRING(name FROM CASE WHEN CHAR_LENGTH(name) < 3 THEN CHAR_LENGTH(name) + 1 ELSE CHAR_LENGTH(name) - 2 END), SUBSTRING(name FROM CASE WHEN CHAR_LENGTH(name) < 3 THEN CHAR_LENGTH(name) + 1 ELSE CHAR_LENGTH(name) - 2 END FOR 2), SUBSTRING(name FROM 2 FOR 1) FROM t",
                        POSTGRESQL, H2)
                .ok("SELECT SUBSTRING(name, -3), SUBSTRING(name, -3, 2), MID(name, 2, 1) FROM t", MYSQL, MARIADB)
                .ok(SQLITE,
                        "SELECT substr(name, CASE WHEN length(name) < 3 THEN length(name) + 1 ELSE length(name) - 2 END), substr(name, CASE WHEN length(name) < 3 THEN length(name) + 1 ELSE length(name) - 2 END, 2), substr(name, 2, 1) FROM t")
                .ok(ORACLE,
                        "SELECT SUBSTR(name, CASE WHEN LENGTH(name) < 3 THEN LENGTH(name) + 1 ELSE LENGTH(name) - 2 END), SUBSTR(name, CASE WHEN LENGTH(name) < 3 THEN LENGTH(name) + 1 ELSE LENGTH(name) - 2 END, 2), SUBSTR(name, 2, 1) FROM t")
                .ok(SQLSERVER,
                        "SELECT SUBSTRING(name, CASE WHEN LEN(CAST(name AS NVARCHAR(MAX)) + 'x') - 1 < 3 THEN LEN(CAST(name AS NVARCHAR(MAX)) + 'x') - 1 + 1 ELSE LEN(CAST(name AS NVARCHAR(MAX)) + 'x') - 1 - 2 END, 2147483647), SUBSTRING(name, CASE WHEN LEN(CAST(name AS NVARCHAR(MAX)) + 'x') - 1 < 3 THEN LEN(CAST(name AS NVARCHAR(MAX)) + 'x') - 1 + 1 ELSE LEN(CAST(name AS NVARCHAR(MAX)) + 'x') - 1 - 2 END, 2), SUBSTRING(name, 2, 1) FROM t");
    }

    @Test
    void substringParameterStart() {
        sql(MYSQL, "SELECT SUBSTRING(name, ?, 2) FROM t")
                .ok("SELECT SUBSTRING(name FROM CASE WHEN ? > 0 THEN ? WHEN ? = 0 THEN CHAR_LENGTH(name) + 1 WHEN CHAR_LENGTH(name) + ? < 0 THEN CHAR_LENGTH(name) + 1 ELSE CHAR_LENGTH(name) + ? + 1 END FOR 2) FROM t",
                        POSTGRESQL, H2)
                .ok("SELECT SUBSTRING(name, ?, 2) FROM t", MYSQL, MARIADB)
                .ok(SQLITE,
                        "SELECT substr(name, CASE WHEN ? > 0 THEN ? WHEN ? = 0 THEN length(name) + 1 WHEN length(name) + ? < 0 THEN length(name) + 1 ELSE length(name) + ? + 1 END, 2) FROM t")
                .ok(ORACLE,
                        "SELECT SUBSTR(name, CASE WHEN ? > 0 THEN ? WHEN ? = 0 THEN LENGTH(name) + 1 WHEN LENGTH(name) + ? < 0 THEN LENGTH(name) + 1 ELSE LENGTH(name) + ? + 1 END, 2) FROM t")
                .ok(SQLSERVER,
                        "SELECT SUBSTRING(name, CASE WHEN ? > 0 THEN ? WHEN ? = 0 THEN LEN(CAST(name AS NVARCHAR(MAX)) + 'x') - 1 + 1 WHEN LEN(CAST(name AS NVARCHAR(MAX)) + 'x') - 1 + ? < 0 THEN LEN(CAST(name AS NVARCHAR(MAX)) + 'x') - 1 + 1 ELSE LEN(CAST(name AS NVARCHAR(MAX)) + 'x') - 1 + ? + 1 END, 2) FROM t");
    }

    @Test
    void locateInstr() {
        sql(MYSQL, "SELECT LOCATE('b', name), INSTR(name, 'c') FROM t")
                .ok("SELECT POSITION('b' IN name), POSITION('c' IN name) FROM t", POSTGRESQL, H2)
                .ok("SELECT LOCATE('b', name), INSTR(name, 'c') FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT instr(name, 'b'), instr(name, 'c') FROM t")
                .ok(ORACLE, "SELECT INSTR(name, 'b'), INSTR(name, 'c') FROM t")
                .ok(SQLSERVER, "SELECT CHARINDEX('b', name), CHARINDEX('c', name) FROM t");
    }

    @Test
    void ifnullAndIf() {
        sql(MYSQL, "SELECT IFNULL(a, 0), IF(a > 1, 'x', 'y') FROM t")
                .ok("SELECT COALESCE(a, 0), CASE WHEN a > 1 THEN 'x' ELSE 'y' END FROM t",
                        POSTGRESQL, SQLITE, H2, ORACLE, SQLSERVER)
                .ok("SELECT IFNULL(a, 0), IF(a > 1, 'x', 'y') FROM t", MYSQL, MARIADB);
    }

    @Test
    void greatestGivesNullWithANull() {
        sql(MYSQL, "SELECT GREATEST(a, b) FROM t")
                .ok(POSTGRESQL, "SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE GREATEST(a, b) END FROM t")
                .ok("SELECT GREATEST(a, b) FROM t", MYSQL, MARIADB, H2, ORACLE)
                .ok(SQLITE, "SELECT max(a, b) FROM t")
                .fails(SQLSERVER, "GREATEST(...)");
    }

    @Test
    void concatGivesNullWithANull() {
        sql(MYSQL, "SELECT CONCAT(first_name, ' ', last_name), CONCAT_WS(' ', first_name, last_name) FROM people")
                .ok("SELECT first_name || ' ' || last_name, CONCAT_WS(' ', first_name, last_name) FROM people",
                        POSTGRESQL, H2)
                .ok("SELECT CONCAT(first_name, ' ', last_name), CONCAT_WS(' ', first_name, last_name) FROM people",
                        MYSQL, MARIADB)
                .ok(SQLITE,
                        "SELECT first_name || ' ' || last_name, substr(COALESCE(' ' || first_name, '') || COALESCE(' ' || last_name, ''), length(' ') + 1) FROM people")
                .fails(ORACLE, "concat_ws(...)")
                .ok(SQLSERVER,
                        "SELECT CAST(first_name AS NVARCHAR(MAX)) + ' ' + CAST(last_name AS NVARCHAR(MAX)), CONCAT_WS(' ', first_name, last_name) FROM people");
    }

    @Test
    void pipesAreOr() {
        sql(MYSQL, "SELECT id FROM t WHERE a = 1 || b = 2")
                .ok("SELECT id FROM t WHERE a = 1 OR b = 2", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE, SQLSERVER);
    }

    @Test
    void backticksAndLimitOffsetCount() {
        sql(MYSQL, "SELECT `id`, `order` FROM `orders` LIMIT 5, 10")
                .ok("SELECT id, \"order\" FROM orders LIMIT 10 OFFSET 5", POSTGRESQL, SQLITE)
                .ok(MYSQL, "SELECT `id`, `order` FROM `orders` LIMIT 10 OFFSET 5")
                .ok(MARIADB, "SELECT id, `order` FROM orders LIMIT 10 OFFSET 5")
                .ok(H2, "SELECT id, \"ORDER\" FROM orders LIMIT 10 OFFSET 5")
                .ok(ORACLE, "SELECT id, \"ORDER\" FROM orders OFFSET 5 ROWS FETCH NEXT 10 ROWS ONLY")
                .ok(SQLSERVER,
                        "SELECT id, [order] FROM orders ORDER BY (SELECT NULL) OFFSET 5 ROWS FETCH NEXT 10 ROWS ONLY");
    }

    @Test
    void divisionIsExact() {
        sql(MYSQL, "SELECT 7 / 2, a / b, a DIV b, a MOD b, a % b FROM t")
                .ok(POSTGRESQL,
                        "SELECT CAST(7 AS NUMERIC) / 2, CAST(a AS NUMERIC) / NULLIF(b, 0), DIV(a, NULLIF(b, 0)), a % NULLIF(b, 0), a % NULLIF(b, 0) FROM t")
                .ok("SELECT 7 / 2, a / b, a DIV b, a % b, a % b FROM t", MYSQL, MARIADB)
                .ok(SQLITE,
                        "SELECT CAST(7 AS REAL) / 2, CAST(a AS REAL) / b, CAST(a / b AS INTEGER), a % b, a % b FROM t")
                .ok(H2,
                        "SELECT CAST(7 AS DECFLOAT) / 2, CAST(a AS DECFLOAT) / NULLIF(b, 0), CAST(TRUNC(a / NULLIF(b, 0)) AS BIGINT), a % NULLIF(b, 0), a % NULLIF(b, 0) FROM t")
                .ok(ORACLE,
                        "SELECT 7 / 2, a / NULLIF(b, 0), TRUNC(a / NULLIF(b, 0)), MOD(a, NULLIF(b, 0)), MOD(a, NULLIF(b, 0)) FROM t")
                .ok(SQLSERVER,
                        "SELECT CAST(7 AS DECIMAL(38, 10)) / 2, CAST(a AS DECIMAL(38, 10)) / NULLIF(b, 0), CAST(a / NULLIF(b, 0) AS BIGINT), a % NULLIF(b, 0), a % NULLIF(b, 0) FROM t");
    }
}
