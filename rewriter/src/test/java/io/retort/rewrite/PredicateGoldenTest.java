package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** IS DISTINCT FROM, IN lists, row values, BETWEEN SYMMETRIC, EXISTS and ANY. */
class PredicateGoldenTest {

    @Test
    void isDistinctFrom() {
        sql("SELECT id FROM t WHERE a IS DISTINCT FROM b")
                .ok("SELECT id FROM t WHERE a IS DISTINCT FROM b", POSTGRESQL, H2)
                .ok("SELECT id FROM t WHERE NOT (a <=> b)", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT id FROM t WHERE a IS NOT b")
                .ok(ORACLE, "SELECT id FROM t WHERE DECODE(a, b, 0, 1) = 1")
                .ok(SQLSERVER, "SELECT id FROM t WHERE NOT EXISTS (SELECT a INTERSECT SELECT b)");
    }

    @Test
    void isNotDistinctFrom() {
        sql("SELECT id FROM t WHERE a IS NOT DISTINCT FROM $1")
                .ok("SELECT id FROM t WHERE a IS NOT DISTINCT FROM ?", POSTGRESQL, H2)
                .ok("SELECT id FROM t WHERE a <=> ?", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT id FROM t WHERE a IS ?")
                .ok(ORACLE, "SELECT id FROM t WHERE DECODE(a, ?, 0, 1) = 0")
                .ok(SQLSERVER, "SELECT id FROM t WHERE EXISTS (SELECT a INTERSECT SELECT ?)");
    }

    @Test
    void tupleIn() {
        sql("SELECT id FROM t WHERE (a, b) IN ((1, 'x'), (2, 'y'))")
                .ok("SELECT id FROM t WHERE (a, b) IN ((1, 'x'), (2, 'y'))",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE)
                .ok(SQLSERVER, "SELECT id FROM t WHERE (a = 1 AND b = 'x' OR a = 2 AND b = 'y')");
    }

    @Test
    void tupleNotIn() {
        sql("SELECT id FROM t WHERE (a, b) NOT IN ((1, 'x'))")
                .ok("SELECT id FROM t WHERE (a, b) NOT IN ((1, 'x'))", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE)
                .ok(SQLSERVER, "SELECT id FROM t WHERE (NOT (a = 1 AND b = 'x'))");
    }

    @Test
    void inSubquery() {
        sql("SELECT id FROM t WHERE a IN (SELECT a FROM u) AND b NOT IN (1, 2)")
                .ok("SELECT id FROM t WHERE a IN (SELECT a FROM u) AND b NOT IN (1, 2)",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE, SQLSERVER);
    }

    @Test
    void tupleInSubquery() {
        sql("SELECT id FROM t WHERE (a, b) IN (SELECT a, b FROM u)")
                .ok("SELECT id FROM t WHERE (a, b) IN (SELECT a, b FROM u)",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE)
                .fails(SQLSERVER, "a row value IN (subquery)");
    }

    @Test
    void betweenSymmetric() {
        sql("SELECT id FROM t WHERE a BETWEEN SYMMETRIC 10 AND 1")
                .ok("SELECT id FROM t WHERE a BETWEEN SYMMETRIC 10 AND 1", POSTGRESQL, H2)
                .fails(MYSQL, "BETWEEN SYMMETRIC")
                .fails(MARIADB, "BETWEEN SYMMETRIC")
                .fails(SQLITE, "BETWEEN SYMMETRIC")
                .fails(ORACLE, "BETWEEN SYMMETRIC")
                .fails(SQLSERVER, "BETWEEN SYMMETRIC");
    }

    @Test
    void existsAndAny() {
        sql("SELECT id FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.id = t.id) AND a > ANY (SELECT a FROM u)")
                .ok("SELECT id FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.id = t.id) AND a > ANY (SELECT a FROM u)",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE, SQLSERVER);
    }

    @Test
    void emptyInList() {
        // No SQL parser reads IN (), but the Core API can build it: false for every row, even a NULL one.
        Fixture.tree(ANSI, io.retort.sql.Sql.select(io.retort.sql.Sql.column("id")).from(io.retort.sql.Sql.table("t"))
                        .where(io.retort.sql.Sql.column("a").in().or(io.retort.sql.Sql.column("b").notIn())))
                .ok("SELECT id FROM t WHERE a IN () OR b NOT IN ()", SQLITE, H2)
                .ok("SELECT id FROM t WHERE 1 = 0 OR 1 = 1", POSTGRESQL, MYSQL, MARIADB, ORACLE, SQLSERVER);
    }
}
