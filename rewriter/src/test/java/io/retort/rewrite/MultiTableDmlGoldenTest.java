package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** UPDATE ... FROM and DELETE ... USING, and the order of SET assignments. */
class MultiTableDmlGoldenTest {

    @Test
    void updateFrom() {
        sql("UPDATE t SET a = s.b, c = s.d FROM s WHERE t.id = s.id AND s.x > 0")
                .ok("UPDATE t SET a = s.b, c = s.d FROM s WHERE t.id = s.id AND s.x > 0", POSTGRESQL, SQLITE, SQLSERVER)
                .ok("UPDATE t, s SET t.a = s.b, t.c = s.d WHERE t.id = s.id AND s.x > 0", MYSQL, MARIADB)
                .ok("UPDATE t SET a = (SELECT s.b FROM s WHERE t.id = s.id AND s.x > 0), c = (SELECT s.d FROM s WHERE t.id = s.id AND s.x > 0) WHERE EXISTS (SELECT 1 FROM s WHERE t.id = s.id AND s.x > 0)",
                        H2, ORACLE);
    }

    @Test
    void updateFromWithAlias() {
        sql("UPDATE t AS x SET a = s.b FROM s WHERE x.id = s.id")
                .ok("UPDATE t AS x SET a = s.b FROM s WHERE x.id = s.id", POSTGRESQL, SQLITE)
                .ok("UPDATE t AS x, s SET x.a = s.b WHERE x.id = s.id", MYSQL, MARIADB)
                .ok(H2,
                        "UPDATE t AS x SET a = (SELECT s.b FROM s WHERE x.id = s.id) WHERE EXISTS (SELECT 1 FROM s WHERE x.id = s.id)")
                .ok(ORACLE,
                        "UPDATE t x SET a = (SELECT s.b FROM s WHERE x.id = s.id) WHERE EXISTS (SELECT 1 FROM s WHERE x.id = s.id)")
                .ok(SQLSERVER, "UPDATE x SET a = s.b FROM t AS x, s WHERE x.id = s.id");
    }

    @Test
    void deleteUsing() {
        sql("DELETE FROM t USING s WHERE t.id = s.id AND s.dead")
                .ok(POSTGRESQL, "DELETE FROM t USING s WHERE t.id = s.id AND s.dead")
                .ok("DELETE t FROM t, s WHERE t.id = s.id AND s.dead", MYSQL, MARIADB)
                .ok("DELETE FROM t WHERE EXISTS (SELECT 1 FROM s WHERE t.id = s.id AND s.dead)", SQLITE, H2)
                .ok("DELETE FROM t WHERE EXISTS (SELECT 1 FROM s WHERE t.id = s.id AND s.dead = 1)", ORACLE, SQLSERVER);
    }

    @Test
    void updateSetReadsOldValues() {
        sql("UPDATE t SET a = b, b = a WHERE id = 1")
                .ok("UPDATE t SET a = b, b = a WHERE id = 1", POSTGRESQL, SQLITE, H2, ORACLE, SQLSERVER)
                .fails(MYSQL, "SET assignments that read each other's columns (such as a swap)")
                .fails(MARIADB, "SET assignments that read each other's columns (such as a swap)");
    }

    @Test
    void updateSetReorderedForMySql() {
        sql("UPDATE t SET a = a + 1, b = a WHERE id = 1")
                .schema("CREATE TABLE t (id int PRIMARY KEY, a int, b int)")
                .ok("UPDATE t SET a = a + 1, b = a WHERE id = 1", POSTGRESQL, SQLITE, H2, ORACLE, SQLSERVER)
                .ok("UPDATE t SET b = a, a = a + 1 WHERE id = 1", MYSQL, MARIADB);
    }
}
