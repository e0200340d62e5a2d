package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** Where NULLs sort, made explicit when source and target disagree (PostgreSQL source). */
class NullOrderingGoldenTest {

    @Test
    void ascendingNullsLastInPostgres() {
        sql("SELECT a FROM t ORDER BY a")
                .ok("SELECT a FROM t ORDER BY a", POSTGRESQL, ORACLE)
                .ok("SELECT a FROM t ORDER BY a IS NULL, a", MYSQL, MARIADB)
                .ok("SELECT a FROM t ORDER BY a NULLS LAST", SQLITE, H2)
                .ok(SQLSERVER, "SELECT a FROM t ORDER BY CASE WHEN a IS NULL THEN 1 ELSE 0 END, a");
    }

    @Test
    void descendingNullsFirstInPostgres() {
        sql("SELECT a FROM t ORDER BY a DESC")
                .ok("SELECT a FROM t ORDER BY a DESC", POSTGRESQL, ORACLE)
                .ok("SELECT a FROM t ORDER BY a IS NULL DESC, a DESC", MYSQL, MARIADB)
                .ok("SELECT a FROM t ORDER BY a DESC NULLS FIRST", SQLITE, H2)
                .ok(SQLSERVER, "SELECT a FROM t ORDER BY CASE WHEN a IS NULL THEN 1 ELSE 0 END DESC, a DESC");
    }

    @Test
    void explicitNullsFirst() {
        sql("SELECT a FROM t ORDER BY a NULLS FIRST")
                .ok("SELECT a FROM t ORDER BY a NULLS FIRST", POSTGRESQL, SQLITE, H2, ORACLE)
                .fails(MYSQL, "NULLS FIRST in ORDER BY")
                .fails(MARIADB, "NULLS FIRST in ORDER BY")
                .fails(SQLSERVER, "NULLS FIRST in ORDER BY");
    }

    @Test
    void notNullColumnsNeedNothing() {
        sql("SELECT a, b FROM t ORDER BY a, b")
                .schema("CREATE TABLE t (a int NOT NULL, b int)")
                .ok("SELECT a, b FROM t ORDER BY a, b", POSTGRESQL, ORACLE)
                .ok("SELECT a, b FROM t ORDER BY a, b IS NULL, b", MYSQL, MARIADB)
                .ok("SELECT a, b FROM t ORDER BY a, b NULLS LAST", SQLITE, H2)
                .ok(SQLSERVER, "SELECT a, b FROM t ORDER BY a, CASE WHEN b IS NULL THEN 1 ELSE 0 END, b");
    }

    @Test
    void unionOrderedByNullableColumn() {
        sql("SELECT a FROM t UNION SELECT a FROM u ORDER BY a")
                .schema("CREATE TABLE t (a int NOT NULL, b int)")
                .ok("SELECT a FROM t UNION SELECT a FROM u ORDER BY a", POSTGRESQL, ORACLE)
                .ok("SELECT * FROM (SELECT a FROM t UNION SELECT a FROM u) AS ordered ORDER BY a IS NULL, a",
                        MYSQL, MARIADB)
                .ok("SELECT a FROM t UNION SELECT a FROM u ORDER BY a NULLS LAST", SQLITE, H2)
                .ok(SQLSERVER,
                        "SELECT * FROM (SELECT a FROM t UNION SELECT a FROM u) AS ordered ORDER BY CASE WHEN a IS NULL THEN 1 ELSE 0 END, a");
    }
}
