package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** MySQL's multi-table UPDATE/DELETE, left-to-right SET, and ORDER BY/LIMIT on UPDATE/DELETE. */
class MySqlMultiTableGoldenTest {

    @Test
    void multiTableUpdate() {
        sql(MYSQL, "UPDATE t JOIN s ON s.id = t.id SET t.a = s.b WHERE s.x > 0")
                .schema("CREATE TABLE t (id int PRIMARY KEY, a int, b int)")
                .ok("UPDATE t SET a = s.b FROM s WHERE s.id = t.id AND s.x > 0", POSTGRESQL, SQLITE, SQLSERVER)
                .ok("UPDATE t JOIN s ON s.id = t.id SET t.a = s.b WHERE s.x > 0", MYSQL, MARIADB)
                .ok("UPDATE t SET a = (SELECT s.b FROM s WHERE s.id = t.id AND s.x > 0) WHERE EXISTS (SELECT 1 FROM s WHERE s.id = t.id AND s.x > 0)",
                        H2, ORACLE);
    }

    @Test
    void multiTableUpdateCommaForm() {
        sql(MYSQL, "UPDATE t, s SET t.a = s.b WHERE t.id = s.id")
                .schema("CREATE TABLE t (id int PRIMARY KEY, a int, b int)")
                .ok("UPDATE t SET a = s.b FROM s WHERE t.id = s.id", POSTGRESQL, SQLITE, SQLSERVER)
                .ok("UPDATE t, s SET t.a = s.b WHERE t.id = s.id", MYSQL, MARIADB)
                .ok("UPDATE t SET a = (SELECT s.b FROM s WHERE t.id = s.id) WHERE EXISTS (SELECT 1 FROM s WHERE t.id = s.id)",
                        H2, ORACLE);
    }

    @Test
    void multiTableDelete() {
        sql(MYSQL, "DELETE t FROM t JOIN s ON s.id = t.id WHERE s.dead = 1")
                .schema("CREATE TABLE t (id int PRIMARY KEY, a int, b int)")
                .ok(POSTGRESQL, "DELETE FROM t USING s WHERE s.id = t.id AND s.dead = 1")
                .ok("DELETE t FROM t JOIN s ON s.id = t.id WHERE s.dead = 1", MYSQL, MARIADB)
                .ok("DELETE FROM t WHERE EXISTS (SELECT 1 FROM s WHERE s.id = t.id AND s.dead = 1)",
                        SQLITE, H2, ORACLE, SQLSERVER);
    }

    @Test
    void singleTableUpdateSeesEarlierAssignments() {
        sql(MYSQL, "UPDATE t SET a = a + 1, b = a * 2 WHERE id = 1")
                .schema("CREATE TABLE t (id int PRIMARY KEY, a int, b int)")
                .ok("UPDATE t SET a = a + 1, b = (a + 1) * 2 WHERE id = 1", POSTGRESQL, SQLITE, H2, ORACLE, SQLSERVER)
                .ok("UPDATE t SET a = a + 1, b = a * 2 WHERE id = 1", MYSQL, MARIADB);
    }

    @Test
    void updateOrderByLimit() {
        sql(MYSQL, "UPDATE t SET a = 0 WHERE b > 1 ORDER BY id LIMIT 10")
                .schema("CREATE TABLE t (id int PRIMARY KEY, a int, b int)")
                .ok("UPDATE t SET a = 0 WHERE id IN (SELECT id FROM t WHERE b > 1 ORDER BY id LIMIT 10)",
                        POSTGRESQL, SQLITE, H2)
                .ok("UPDATE t SET a = 0 WHERE b > 1 ORDER BY id LIMIT 10", MYSQL, MARIADB)
                .ok(ORACLE,
                        "UPDATE t SET a = 0 WHERE id IN (SELECT id FROM t WHERE b > 1 ORDER BY id FETCH FIRST 10 ROWS ONLY)")
                .ok(SQLSERVER, "UPDATE t SET a = 0 WHERE id IN (SELECT TOP (10) id FROM t WHERE b > 1 ORDER BY id)");
    }

    @Test
    void deleteOrderByLimit() {
        sql(MYSQL, "DELETE FROM t WHERE b > 1 ORDER BY id DESC LIMIT 2")
                .schema("CREATE TABLE t (id int PRIMARY KEY, a int, b int)")
                .ok("DELETE FROM t WHERE id IN (SELECT id FROM t WHERE b > 1 ORDER BY id DESC LIMIT 2)",
                        POSTGRESQL, SQLITE, H2)
                .ok("DELETE FROM t WHERE b > 1 ORDER BY id DESC LIMIT 2", MYSQL, MARIADB)
                .ok(ORACLE,
                        "DELETE FROM t WHERE id IN (SELECT id FROM t WHERE b > 1 ORDER BY id DESC FETCH FIRST 2 ROWS ONLY)")
                .ok(SQLSERVER, "DELETE FROM t WHERE id IN (SELECT TOP (2) id FROM t WHERE b > 1 ORDER BY id DESC)");
    }
}
