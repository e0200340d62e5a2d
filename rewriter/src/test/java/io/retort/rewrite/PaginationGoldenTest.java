package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** Row limits: LIMIT/OFFSET, MySQL's maximal LIMIT, SQLite's LIMIT -1, OFFSET/FETCH, TOP and SQL Server's ORDER BY (SELECT NULL). */
class PaginationGoldenTest {

    @Test
    void limitWithOrder() {
        sql("SELECT id FROM t ORDER BY id LIMIT 10")
                .schema("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL)", "CREATE TABLE u (a int NOT NULL)")
                .ok("SELECT id FROM t ORDER BY id LIMIT 10", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok(ORACLE, "SELECT id FROM t ORDER BY id FETCH FIRST 10 ROWS ONLY")
                .ok(SQLSERVER, "SELECT TOP (10) id FROM t ORDER BY id");
    }

    @Test
    void limitWithoutOrder() {
        sql("SELECT id FROM t LIMIT 10")
                .schema("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL)", "CREATE TABLE u (a int NOT NULL)")
                .ok("SELECT id FROM t LIMIT 10", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok(ORACLE, "SELECT id FROM t FETCH FIRST 10 ROWS ONLY")
                .ok(SQLSERVER, "SELECT TOP (10) id FROM t");
    }

    @Test
    void offsetAlone() {
        sql("SELECT id FROM t OFFSET 5")
                .schema("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL)", "CREATE TABLE u (a int NOT NULL)")
                .ok("SELECT id FROM t OFFSET 5", POSTGRESQL, H2)
                .ok("SELECT id FROM t LIMIT 18446744073709551615 OFFSET 5", MYSQL, MARIADB)
                .ok(SQLITE, "SELECT id FROM t LIMIT -1 OFFSET 5")
                .ok(ORACLE, "SELECT id FROM t OFFSET 5 ROWS")
                .ok(SQLSERVER, "SELECT id FROM t ORDER BY (SELECT NULL) OFFSET 5 ROWS");
    }

    @Test
    void limitOffsetWithoutOrderGetsOrderByOnSqlServer() {
        sql("SELECT id FROM t LIMIT 10 OFFSET 20")
                .schema("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL)", "CREATE TABLE u (a int NOT NULL)")
                .ok("SELECT id FROM t LIMIT 10 OFFSET 20", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok(ORACLE, "SELECT id FROM t OFFSET 20 ROWS FETCH NEXT 10 ROWS ONLY")
                .ok(SQLSERVER, "SELECT id FROM t ORDER BY (SELECT NULL) OFFSET 20 ROWS FETCH NEXT 10 ROWS ONLY");
    }

    @Test
    void fetchFirstIsLimit() {
        sql("SELECT id FROM t ORDER BY id OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY")
                .schema("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL)", "CREATE TABLE u (a int NOT NULL)")
                .ok("SELECT id FROM t ORDER BY id LIMIT 3 OFFSET 2", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok("SELECT id FROM t ORDER BY id OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY", ORACLE, SQLSERVER);
    }

    @Test
    void limitInSubquery() {
        sql("SELECT * FROM (SELECT id FROM t LIMIT 5) AS x")
                .schema("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL)", "CREATE TABLE u (a int NOT NULL)")
                .ok("SELECT * FROM (SELECT id FROM t LIMIT 5) AS x", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok(ORACLE, "SELECT * FROM (SELECT id FROM t FETCH FIRST 5 ROWS ONLY) x")
                .ok(SQLSERVER, "SELECT * FROM (SELECT TOP (5) id FROM t) AS x");
    }

    @Test
    void limitOnUnion() {
        sql("SELECT a FROM t UNION ALL SELECT a FROM u ORDER BY a LIMIT 3")
                .schema("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL)", "CREATE TABLE u (a int NOT NULL)")
                .ok("SELECT a FROM t UNION ALL SELECT a FROM u ORDER BY a LIMIT 3",
                        POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok(ORACLE, "SELECT a FROM t UNION ALL SELECT a FROM u ORDER BY a FETCH FIRST 3 ROWS ONLY")
                .ok(SQLSERVER,
                        "SELECT a FROM t UNION ALL SELECT a FROM u ORDER BY a OFFSET 0 ROWS FETCH NEXT 3 ROWS ONLY");
    }

    @Test
    void limitOnDistinct() {
        sql("SELECT DISTINCT a FROM t ORDER BY a DESC LIMIT 1 OFFSET 1")
                .schema("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL)", "CREATE TABLE u (a int NOT NULL)")
                .ok("SELECT DISTINCT a FROM t ORDER BY a DESC LIMIT 1 OFFSET 1", POSTGRESQL, MYSQL, MARIADB, SQLITE, H2)
                .ok("SELECT DISTINCT a FROM t ORDER BY a DESC OFFSET 1 ROWS FETCH NEXT 1 ROWS ONLY", ORACLE, SQLSERVER);
    }
}
