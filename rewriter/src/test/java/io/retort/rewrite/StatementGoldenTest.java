package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** Comments, transactions, sequences, DISTINCT ON, LATERAL, joins, set operations, arrays and more. */
class StatementGoldenTest {

    @Test
    void comments() {
        sql("/* routing hint */ SELECT /*+ index(t) */ id FROM t")
                .ok("/* routing hint */ SELECT /*+ index(t) */ id FROM t",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE, SQLSERVER);
    }

    @Test
    void transactions() {
        sql("BEGIN")
                .ok("BEGIN", POSTGRESQL, SQLITE, H2)
                .ok("START TRANSACTION", MYSQL, MARIADB)
                .fails(ORACLE, "BEGIN / START TRANSACTION")
                .ok(SQLSERVER, "BEGIN TRANSACTION");
    }

    @Test
    void commitAndRollback() {
        sql("ROLLBACK TO SAVEPOINT s1")
                .ok("ROLLBACK TO SAVEPOINT s1", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE)
                .ok(SQLSERVER, "ROLLBACK TRANSACTION s1");
    }

    @Test
    void savepoint() {
        sql("SAVEPOINT s1")
                .ok("SAVEPOINT s1", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE)
                .ok(SQLSERVER, "SAVE TRANSACTION s1");
    }

    @Test
    void setTransactionIsolation() {
        sql("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")
                .ok("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", POSTGRESQL, MYSQL, MARIADB, H2, ORACLE, SQLSERVER)
                .fails(SQLITE, "SET TRANSACTION");
    }

    @Test
    void sequences() {
        sql("SELECT nextval('order_seq')")
                .ok("SELECT nextval('order_seq')", POSTGRESQL, H2)
                .fails(MYSQL, "the next value of a sequence")
                .ok(MARIADB, "SELECT NEXTVAL(order_seq)")
                .fails(SQLITE, "the next value of a sequence")
                .ok(ORACLE, "SELECT order_seq.NEXTVAL FROM DUAL")
                .ok(SQLSERVER, "SELECT NEXT VALUE FOR order_seq");
    }

    @Test
    void distinctOn() {
        sql("SELECT DISTINCT ON (g) g, id FROM t ORDER BY g, id")
                .ok(POSTGRESQL, "SELECT DISTINCT ON (g) g, id FROM t ORDER BY g, id")
                .fails(MYSQL, "DISTINCT ON (...)")
                .fails(MARIADB, "DISTINCT ON (...)")
                .fails(SQLITE, "DISTINCT ON (...)")
                .ok(H2, "SELECT DISTINCT ON (g) g, id FROM t ORDER BY g NULLS LAST, id NULLS LAST")
                .fails(ORACLE, "DISTINCT ON (...)")
                .fails(SQLSERVER, "DISTINCT ON (...)");
    }

    @Test
    void lateral() {
        sql("SELECT * FROM t, LATERAL (SELECT * FROM u WHERE u.t_id = t.id LIMIT 1) AS x")
                .ok(POSTGRESQL, "SELECT * FROM t, LATERAL (SELECT * FROM u WHERE u.t_id = t.id LIMIT 1) AS x")
                .fails(MYSQL, "LATERAL")
                .fails(MARIADB, "LATERAL")
                .fails(SQLITE, "LATERAL")
                .fails(H2, "LATERAL")
                .ok(ORACLE, "SELECT * FROM t, LATERAL (SELECT * FROM u WHERE u.t_id = t.id FETCH FIRST 1 ROWS ONLY) x")
                .fails(SQLSERVER, "LATERAL");
    }

    @Test
    void fullJoin() {
        sql("SELECT * FROM t FULL JOIN u ON t.id = u.id")
                .ok("SELECT * FROM t FULL JOIN u ON t.id = u.id", POSTGRESQL, ORACLE, SQLSERVER)
                .fails(MYSQL, "FULL JOIN")
                .fails(MARIADB, "FULL JOIN")
                .fails(SQLITE, "FULL JOIN")
                .fails(H2, "FULL JOIN");
    }

    @Test
    void rightJoin() {
        sql("SELECT * FROM t RIGHT JOIN u ON t.id = u.id")
                .ok("SELECT * FROM t RIGHT JOIN u ON t.id = u.id", POSTGRESQL, MYSQL, MARIADB, H2, ORACLE, SQLSERVER)
                .fails(SQLITE, "RIGHT JOIN")
                .ok(io.retort.dialect.Dialect.of(SQLITE, 3, 39), "SELECT * FROM t RIGHT JOIN u ON t.id = u.id");
    }

    @Test
    void intersectExcept() {
        sql("SELECT a FROM t INTERSECT SELECT a FROM u EXCEPT SELECT a FROM v")
                .ok("SELECT a FROM t INTERSECT SELECT a FROM u EXCEPT SELECT a FROM v",
                        POSTGRESQL, MARIADB, SQLITE, H2, SQLSERVER)
                .fails(MYSQL, "EXCEPT")
                .ok(ORACLE, "SELECT a FROM t INTERSECT SELECT a FROM u MINUS SELECT a FROM v");
    }

    @Test
    void intersectAll() {
        sql("SELECT a FROM t INTERSECT ALL SELECT a FROM u")
                .ok("SELECT a FROM t INTERSECT ALL SELECT a FROM u", POSTGRESQL, MARIADB)
                .fails(MYSQL, "INTERSECT ALL")
                .fails(SQLITE, "INTERSECT ALL")
                .fails(H2, "INTERSECT ALL")
                .fails(ORACLE, "INTERSECT ALL")
                .fails(SQLSERVER, "INTERSECT ALL");
    }

    @Test
    void arrays() {
        sql("SELECT ARRAY[1, 2, 3], a[1] FROM t")
                .ok("SELECT ARRAY[1, 2, 3], a[1] FROM t", POSTGRESQL, H2)
                .fails(MYSQL, "ARRAY[...]")
                .fails(MARIADB, "ARRAY[...]")
                .fails(SQLITE, "ARRAY[...]")
                .fails(ORACLE, "ARRAY[...]")
                .fails(SQLSERVER, "ARRAY[...]");
    }

    @Test
    void atTimeZone() {
        sql("SELECT created AT TIME ZONE 'UTC' FROM t")
                .ok("SELECT created AT TIME ZONE 'UTC' FROM t", POSTGRESQL, H2, ORACLE, SQLSERVER)
                .fails(MYSQL, "AT TIME ZONE")
                .fails(MARIADB, "AT TIME ZONE")
                .fails(SQLITE, "AT TIME ZONE");
    }

    @Test
    void caseSimple() {
        sql("SELECT CASE status WHEN 1 THEN 'new' WHEN 2 THEN 'done' ELSE 'other' END FROM t")
                .ok("SELECT CASE status WHEN 1 THEN 'new' WHEN 2 THEN 'done' ELSE 'other' END FROM t",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE, SQLSERVER);
    }

    @Test
    void scalarSubqueryAndExists() {
        sql("SELECT (SELECT max(x) FROM u WHERE u.id = t.id) FROM t WHERE NOT EXISTS (SELECT 1 FROM v)")
                .ok("SELECT (SELECT max(x) FROM u WHERE u.id = t.id) FROM t WHERE NOT EXISTS (SELECT 1 FROM v)",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, ORACLE, SQLSERVER);
    }

    @Test
    void stringEscapes() {
        sql("SELECT 'it''s', 'back\\slash', E'x' FROM t")
                .ok("SELECT 'it''s', 'back\\slash', 'x' FROM t", POSTGRESQL, SQLITE, H2, ORACLE, SQLSERVER)
                .ok("SELECT 'it''s', 'back\\\\slash', 'x' FROM t", MYSQL, MARIADB);
    }
}
