package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** Booleans: literals, boolean columns as conditions, conditions as values (Oracle, SQL Server). */
class BooleanGoldenTest {

    @Test
    void booleanLiterals() {
        sql("SELECT TRUE, FALSE, NULL")
                .ok("SELECT TRUE, FALSE, NULL", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok(ORACLE, "SELECT 1, 0, NULL FROM DUAL")
                .ok(SQLSERVER, "SELECT 1, 0, NULL");
    }

    @Test
    void booleanColumnAsCondition() {
        sql("SELECT id FROM t WHERE active AND NOT deleted")
                .ok("SELECT id FROM t WHERE active AND NOT deleted", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok("SELECT id FROM t WHERE active = 1 AND NOT (deleted = 1)", ORACLE, SQLSERVER);
    }

    @Test
    void predicateAsValue() {
        sql("SELECT a = b AS same, x IS NULL AS missing FROM t")
                .ok("SELECT a = b AS same, x IS NULL AS missing FROM t", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok("SELECT CASE WHEN a = b THEN 1 WHEN NOT (a = b) THEN 0 END AS same, CASE WHEN x IS NULL THEN 1 WHEN NOT (x IS NULL) THEN 0 END AS missing FROM t",
                        ORACLE, SQLSERVER);
    }

    @Test
    void isTrueIsFalse() {
        sql("SELECT id FROM t WHERE flag IS TRUE OR flag IS NOT FALSE OR flag IS UNKNOWN")
                .ok("SELECT id FROM t WHERE flag IS TRUE OR flag IS NOT FALSE OR flag IS UNKNOWN",
                        POSTGRESQL, MYSQL, MARIADB, H2)
                .ok(SQLITE, "SELECT id FROM t WHERE flag IS TRUE OR flag IS NOT FALSE OR flag IS NULL")
                .ok("SELECT id FROM t WHERE COALESCE(flag, 0) = 1 OR NOT (COALESCE(flag, 1) = 0) OR flag IS NULL",
                        ORACLE, SQLSERVER);
    }

    @Test
    void booleanInCase() {
        sql("SELECT CASE WHEN active THEN 'yes' ELSE 'no' END FROM t")
                .ok("SELECT CASE WHEN active THEN 'yes' ELSE 'no' END FROM t", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok("SELECT CASE WHEN active = 1 THEN 'yes' ELSE 'no' END FROM t", ORACLE, SQLSERVER);
    }

    @Test
    void booleanComparedToLiteral() {
        sql("SELECT id FROM t WHERE active = TRUE")
                .ok("SELECT id FROM t WHERE active = TRUE", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok("SELECT id FROM t WHERE active = 1", ORACLE, SQLSERVER);
    }

    @Test
    void booleanInValues() {
        sql("INSERT INTO t (id, active) VALUES (1, TRUE), (2, FALSE)")
                .ok("INSERT INTO t (id, active) VALUES (1, TRUE), (2, FALSE)", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok(ORACLE, "INSERT INTO t (id, active) SELECT 1, 1 FROM DUAL UNION ALL SELECT 2, 0 FROM DUAL")
                .ok(SQLSERVER, "INSERT INTO t (id, active) VALUES (1, 1), (2, 0)");
    }

    @Test
    void booleanInSet() {
        sql("UPDATE t SET active = NOT active WHERE id = 1")
                .ok("UPDATE t SET active = NOT active WHERE id = 1", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok("UPDATE t SET active = CASE WHEN NOT (active = 1) THEN 1 WHEN NOT (NOT (active = 1)) THEN 0 END WHERE id = 1",
                        ORACLE, SQLSERVER);
    }

    @Test
    void whereTrue() {
        sql("SELECT id FROM t WHERE TRUE")
                .ok("SELECT id FROM t WHERE TRUE", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok("SELECT id FROM t WHERE 1 = 1", ORACLE, SQLSERVER);
    }
}
