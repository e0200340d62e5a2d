package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** Multi-row VALUES, VALUES as a table, derived column lists, DEFAULT. */
class ValuesGoldenTest {

    @Test
    void multiRowInsert() {
        sql("INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y'), (3, 'z')")
                .ok("INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y'), (3, 'z')",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2, SQLSERVER)
                .ok(ORACLE,
                        "INSERT INTO t (a, b) SELECT 1, 'x' FROM DUAL UNION ALL SELECT 2, 'y' FROM DUAL UNION ALL SELECT 3, 'z' FROM DUAL");
    }

    @Test
    void valuesAsDerivedTable() {
        sql("SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS v (id, name)")
                .ok("SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS v (id, name)", POSTGRESQL, H2)
                .ok("SELECT * FROM (SELECT 1 AS id, 'a' AS name UNION ALL SELECT 2, 'b') AS v",
                        MYSQL, MARIADB, SQLITE, SQLSERVER)
                .ok(ORACLE, "SELECT * FROM (SELECT 1 AS id, 'a' AS name FROM DUAL UNION ALL SELECT 2, 'b' FROM DUAL) v");
    }

    @Test
    void valuesAsQuery() {
        sql("VALUES (1, 'a'), (2, 'b')")
                .ok("VALUES (1, 'a'), (2, 'b')", POSTGRESQL, MARIADB, SQLITE, H2)
                .ok("SELECT 1 AS column1, 'a' AS column2 UNION ALL SELECT 2, 'b'", MYSQL, SQLSERVER)
                .ok(ORACLE, "SELECT 1 AS column1, 'a' AS column2 FROM DUAL UNION ALL SELECT 2, 'b' FROM DUAL");
    }

    @Test
    void derivedTableColumnList() {
        sql("SELECT x, y FROM (SELECT a, b FROM t) AS d (x, y)")
                .ok("SELECT x, y FROM (SELECT a, b FROM t) AS d (x, y)", POSTGRESQL, MYSQL, H2, SQLSERVER)
                .ok("SELECT x, y FROM (SELECT a AS x, b AS y FROM t) AS d", MARIADB, SQLITE)
                .ok(ORACLE, "SELECT x, y FROM (SELECT a AS x, b AS y FROM t) d");
    }

    @Test
    void insertDefaultValues() {
        sql("INSERT INTO t DEFAULT VALUES")
                .ok("INSERT INTO t DEFAULT VALUES", POSTGRESQL, SQLITE, H2, SQLSERVER)
                .ok("INSERT INTO t VALUES ()", MYSQL, MARIADB)
                .fails(ORACLE, "INSERT ... DEFAULT VALUES");
    }

    @Test
    void insertDefaultKeyword() {
        sql("INSERT INTO t (a, b) VALUES (DEFAULT, 1)")
                .ok("INSERT INTO t (a, b) VALUES (DEFAULT, 1)", POSTGRESQL, MYSQL, MARIADB, H2, ORACLE, SQLSERVER)
                .fails(SQLITE, "DEFAULT among INSERT values");
    }
}
