package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** String functions written for PostgreSQL: substring, position, length, trim, left/right, greatest. */
class StringFunctionGoldenTest {

    @Test
    void substringFromFor() {
        sql("SELECT substring(name FROM 2 FOR 3), substring(name FROM 3) FROM t")
                .ok("SELECT SUBSTRING(name FROM 2 FOR 3), SUBSTRING(name FROM 3) FROM t",
                        POSTGRESQL, MYSQL, MARIADB, H2)
                .ok(SQLITE, "SELECT substr(name, 2, 3), substr(name, 3) FROM t")
                .ok(ORACLE, "SELECT SUBSTR(name, 2, 3), SUBSTR(name, 3) FROM t")
                .ok(SQLSERVER, "SELECT SUBSTRING(name, 2, 3), SUBSTRING(name, 3, 2147483647) FROM t");
    }

    @Test
    void substringCommaForm() {
        sql("SELECT substr(name, 2, 3), substring(name, 1, 2) FROM t")
                .ok(POSTGRESQL, "SELECT substr(name, 2, 3), substring(name, 1, 2) FROM t")
                .ok("SELECT SUBSTRING(name FROM 2 FOR 3), SUBSTRING(name FROM 1 FOR 2) FROM t", MYSQL, MARIADB, H2)
                .ok(SQLITE, "SELECT substr(name, 2, 3), substr(name, 1, 2) FROM t")
                .ok(ORACLE, "SELECT SUBSTR(name, 2, 3), SUBSTR(name, 1, 2) FROM t")
                .ok(SQLSERVER, "SELECT SUBSTRING(name, 2, 3), SUBSTRING(name, 1, 2) FROM t");
    }

    @Test
    void substringStartBelowOne() {
        sql("SELECT substring(name FROM 0 FOR 3) FROM t")
                .ok(POSTGRESQL, "SELECT SUBSTRING(name FROM 0 FOR 3) FROM t")
                .ok("SELECT SUBSTRING(name FROM 1 FOR 2) FROM t", MYSQL, MARIADB, H2)
                .ok(SQLITE, "SELECT substr(name, 1, 2) FROM t")
                .ok(ORACLE, "SELECT SUBSTR(name, 1, 2) FROM t")
                .ok(SQLSERVER, "SELECT SUBSTRING(name, 0, 3) FROM t");
    }

    @Test
    void substringParameterStart() {
        sql("SELECT substring(name FROM $1 FOR $2) FROM t")
                .ok(POSTGRESQL, "SELECT SUBSTRING(name FROM ? FOR ?) FROM t")
                .ok("SELECT SUBSTRING(name FROM GREATEST(?, 1) FOR GREATEST(? + ? - GREATEST(?, 1), 0)) FROM t",
                        MYSQL, MARIADB, H2)
                .ok(SQLITE, "SELECT substr(name, max(?, 1), max(? + ? - max(?, 1), 0)) FROM t")
                .ok(ORACLE, "SELECT SUBSTR(name, GREATEST(?, 1), GREATEST(? + ? - GREATEST(?, 1), 0)) FROM t")
                .ok(SQLSERVER, "SELECT SUBSTRING(name, ?, ?) FROM t");
    }

    @Test
    void position() {
        sql("SELECT position('b' IN name), strpos(name, 'c') FROM t")
                .ok(POSTGRESQL, "SELECT POSITION('b' IN name), strpos(name, 'c') FROM t")
                .ok("SELECT POSITION('b' IN name), POSITION('c' IN name) FROM t", MYSQL, MARIADB, H2)
                .ok(SQLITE, "SELECT instr(name, 'b'), instr(name, 'c') FROM t")
                .ok(ORACLE, "SELECT INSTR(name, 'b'), INSTR(name, 'c') FROM t")
                .ok(SQLSERVER, "SELECT CHARINDEX('b', name), CHARINDEX('c', name) FROM t");
    }

    @Test
    void lengthCountsCharacters() {
        sql("SELECT length(name), char_length(name), octet_length(name) FROM t")
                .ok(POSTGRESQL, "SELECT length(name), char_length(name), octet_length(name) FROM t")
                .ok("SELECT CHAR_LENGTH(name), CHAR_LENGTH(name), LENGTH(name) FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT length(name), length(name), length(CAST(name AS BLOB)) FROM t")
                .ok(H2, "SELECT CHAR_LENGTH(name), CHAR_LENGTH(name), OCTET_LENGTH(name) FROM t")
                .ok(ORACLE, "SELECT LENGTH(name), LENGTH(name), LENGTHB(name) FROM t")
                .fails(SQLSERVER, "the length in bytes of a string");
    }

    @Test
    void trim() {
        sql("SELECT trim(name), trim(LEADING 'x' FROM name), trim(TRAILING FROM name), trim(BOTH 'ab' FROM name) FROM t")
                .ok("SELECT trim(name), TRIM(LEADING 'x' FROM name), TRIM(TRAILING FROM name), TRIM(BOTH 'ab' FROM name) FROM t",
                        POSTGRESQL, MYSQL, MARIADB, H2, ORACLE)
                .ok(SQLITE, "SELECT trim(name), ltrim(name, 'x'), rtrim(name), trim(name, 'ab') FROM t")
                .fails(SQLSERVER, "TRIM(LEADING characters FROM ...)");
    }

    @Test
    void leftRight() {
        sql("SELECT left(name, 2), right(name, 3) FROM t")
                .ok("SELECT left(name, 2), right(name, 3) FROM t", POSTGRESQL, MYSQL, MARIADB, H2, SQLSERVER)
                .ok(SQLITE, "SELECT substr(name, 1, 2), substr(name, -3) FROM t")
                .ok(ORACLE, "SELECT SUBSTR(name, 1, 2), SUBSTR(name, -3) FROM t");
    }

    @Test
    void upperLowerReplace() {
        sql("SELECT upper(name), lower(name), replace(name, 'a', 'b') FROM t")
                .ok("SELECT upper(name), lower(name), replace(name, 'a', 'b') FROM t",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE, SQLSERVER);
    }

    @Test
    void greatestSkipsNulls() {
        sql("SELECT greatest(a, b, 0), least(a, 1) FROM t")
                .ok(POSTGRESQL, "SELECT greatest(a, b, 0), least(a, 1) FROM t")
                .ok("SELECT greatest(COALESCE(a, b, 0), COALESCE(b, a, 0), 0), least(COALESCE(a, 1), 1) FROM t",
                        MYSQL, MARIADB, H2, ORACLE)
                .ok(SQLITE, "SELECT max(COALESCE(a, b, 0), COALESCE(b, a, 0), 0), min(COALESCE(a, 1), 1) FROM t")
                .fails(SQLSERVER, "greatest(...)");
    }

    @Test
    void coalesceNullif() {
        sql("SELECT coalesce(a, b, 0), nullif(a, 0) FROM t")
                .ok("SELECT coalesce(a, b, 0), nullif(a, 0) FROM t",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE, SQLSERVER);
    }
}
