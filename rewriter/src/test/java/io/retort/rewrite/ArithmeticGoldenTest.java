package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** Division (integer or exact), modulo, power and bitwise operators. */
class ArithmeticGoldenTest {

    @Test
    void integerDivision() {
        sql("SELECT i / j, 7 / 2 FROM t")
                .schema("CREATE TABLE t (i int, j int, d numeric(10, 2), f double precision)")
                .ok("SELECT i / j, 7 / 2 FROM t", POSTGRESQL, SQLITE, H2, SQLSERVER)
                .ok("SELECT i DIV j, 7 DIV 2 FROM t", MYSQL, MARIADB)
                .ok(ORACLE, "SELECT TRUNC(i / j), TRUNC(7 / 2) FROM t");
    }

    @Test
    void decimalDivision() {
        sql("SELECT d / 2, i / f, 7.0 / 2 FROM t")
                .schema("CREATE TABLE t (i int, j int, d numeric(10, 2), f double precision)")
                .ok("SELECT d / 2, i / f, 7.0 / 2 FROM t", POSTGRESQL, MYSQL, MARIADB, H2, ORACLE, SQLSERVER)
                .ok(SQLITE, "SELECT CAST(d AS REAL) / 2, i / f, 7.0 / 2 FROM t");
    }

    @Test
    void unknownTypesAreRefused() {
        sql("SELECT a / b FROM t")
                .ok("SELECT a / b FROM t", POSTGRESQL, SQLITE, H2, SQLSERVER)
                .fails(MYSQL, "the division a / b")
                .fails(MARIADB, "the division a / b")
                .fails(ORACLE, "the division a / b");
    }

    @Test
    void moduloAndPower() {
        sql("SELECT 7 % 3, 2 ^ 10 FROM t")
                .ok(POSTGRESQL, "SELECT 7 % 3, 2 ^ 10 FROM t")
                .ok("SELECT 7 % 3, POWER(2, 10) FROM t", MYSQL, MARIADB, SQLITE, H2, SQLSERVER)
                .ok(ORACLE, "SELECT MOD(7, 3), POWER(2, 10) FROM t");
    }

    @Test
    void bitwise() {
        sql("SELECT a & b, a | b, a << 2 FROM t")
                .ok("SELECT a & b, a | b, a << 2 FROM t", POSTGRESQL, MYSQL, MARIADB, SQLITE)
                .ok(H2, "SELECT BITAND(a, b), BITOR(a, b), LSHIFT(a, 2) FROM t")
                .fails(ORACLE, "the operator | (bit or)")
                .fails(SQLSERVER, "the operator << (shift left)");
    }

    @Test
    void sumsDivideAsTheirTypesSay() {
        // PostgreSQL sums SMALLINT and INTEGER into BIGINT (integer division) but BIGINT into NUMERIC (exact)
        sql("SELECT sum(s) / count(*), sum(i) / count(*), sum(b) / count(*), sum(p) / count(*), avg(i) / 2,"
                + " count(*) / 2 FROM t")
                .schema("CREATE TABLE t (id int PRIMARY KEY, s smallint, i int, b bigint, p numeric(10, 2))")
                .ok("SELECT sum(s) DIV count(*), sum(i) DIV count(*), sum(b) / count(*), sum(p) / count(*), avg(i) / 2,"
                        + " count(*) DIV 2 FROM t", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT sum(s) / count(*), sum(i) / count(*), CAST(sum(b) AS REAL) / count(*),"
                        + " CAST(sum(p) AS REAL) / count(*), CAST(avg(i) AS REAL) / 2, count(*) / 2 FROM t")
                .ok(H2, "SELECT sum(s) / count(*), sum(i) / count(*), CAST(sum(b) AS DECFLOAT) / count(*),"
                        + " sum(p) / count(*), CAST(avg(i) AS DECFLOAT) / 2, count(*) / 2 FROM t")
                .ok(ORACLE, "SELECT TRUNC(sum(s) / count(*)), TRUNC(sum(i) / count(*)), sum(b) / count(*),"
                        + " sum(p) / count(*), avg(i) / 2, TRUNC(count(*) / 2) FROM t")
                // SQL Server sums a BIGINT into a BIGINT and averages integers into an integer
                .ok(SQLSERVER, "SELECT sum(s) / count(*), sum(i) / count(*), CAST(sum(b) AS DECIMAL(38, 10)) / count(*),"
                        + " sum(p) / count(*), CAST(avg(i) AS DECIMAL(38, 10)) / 2, count(*) / 2 FROM t");
        sql("SELECT sum(x) / count(*) FROM t")
                .ok("SELECT sum(x) / count(*) FROM t", SQLITE, H2)
                .fails(MARIADB, "the division sum(x) / count(*)");
    }

    @Test
    void castsAndLiteralsAreTyped() {
        sql("SELECT CAST(a AS INTEGER) / 2, a::int / b::bigint, 9999999999 / 7, 99999999999999999999 / 7")
                .ok("SELECT CAST(a AS SIGNED) DIV 2, CAST(a AS SIGNED) DIV CAST(b AS SIGNED), 9999999999 DIV 7,"
                        + " 99999999999999999999 / 7", MYSQL, MARIADB)
                .ok(ORACLE, "SELECT TRUNC(CAST(a AS NUMBER(10)) / 2), TRUNC(CAST(a AS NUMBER(10)) / CAST(b AS NUMBER(19))),"
                        + " TRUNC(9999999999 / 7), 99999999999999999999 / 7 FROM DUAL");
    }

    @Test
    void exactInPostgresqlButIntegersElsewhere() {
        // EXTRACT is numeric in PostgreSQL and an integer elsewhere: 3 / 4 must stay 0.75
        sql("SELECT EXTRACT(MONTH FROM d) / 4, power(2, 10) / 3 FROM t")
                .ok("SELECT EXTRACT(MONTH FROM d) / 4, power(2, 10) / 3 FROM t", MYSQL, MARIADB)
                .ok(H2, "SELECT CAST(EXTRACT(MONTH FROM d) AS DECFLOAT) / 4, CAST(power(2, 10) AS DECFLOAT) / 3 FROM t")
                .ok(SQLSERVER, "SELECT CAST(DATEPART(MONTH, d) AS DECIMAL(38, 10)) / 4, CAST(power(2, 10) AS DECIMAL(38, 10))"
                        + " / 3 FROM t");
    }

    @Test
    void derivedColumnsAreTyped() {
        sql("SELECT n / 2 FROM (SELECT count(*) AS n FROM t) AS c")
                .ok(MYSQL, "SELECT n DIV 2 FROM (SELECT count(*) AS n FROM t) AS c");
        sql("WITH s (total) AS (SELECT sum(i) FROM t) SELECT total / 3 FROM s")
                .schema("CREATE TABLE t (i int)")
                .ok(MYSQL, "WITH s (total) AS (SELECT sum(i) FROM t) SELECT total DIV 3 FROM s");
    }
}
