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
}
