package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** RETURNING, SQL Server's OUTPUT and H2's data change delta tables. */
class ReturningGoldenTest {

    @Test
    void insertReturning() {
        sql("INSERT INTO t (name) VALUES ($1) RETURNING id, name")
                .ok("INSERT INTO t (name) VALUES (?) RETURNING id, name", POSTGRESQL, MARIADB, SQLITE)
                .fails(MYSQL, "INSERT ... RETURNING")
                .ok(H2, "SELECT id, name FROM FINAL TABLE (INSERT INTO t (name) VALUES (?)) t")
                .fails(ORACLE, "INSERT ... RETURNING")
                .ok(SQLSERVER, "INSERT INTO t (name) OUTPUT INSERTED.id, INSERTED.name VALUES (?)");
    }

    @Test
    void updateReturning() {
        sql("UPDATE t SET name = 'x' WHERE id = 1 RETURNING id, t.name")
                .ok("UPDATE t SET name = 'x' WHERE id = 1 RETURNING id, t.name", POSTGRESQL, SQLITE)
                .fails(MYSQL, "UPDATE ... RETURNING")
                .fails(MARIADB, "UPDATE ... RETURNING")
                .ok(H2, "SELECT id, t.name FROM FINAL TABLE (UPDATE t SET name = 'x' WHERE id = 1) t")
                .fails(ORACLE, "UPDATE ... RETURNING")
                .ok(SQLSERVER, "UPDATE t SET name = 'x' OUTPUT INSERTED.id, INSERTED.name WHERE id = 1");
    }

    @Test
    void deleteReturning() {
        sql("DELETE FROM t WHERE id = 1 RETURNING *")
                .ok("DELETE FROM t WHERE id = 1 RETURNING *", POSTGRESQL, MARIADB, SQLITE)
                .fails(MYSQL, "DELETE ... RETURNING")
                .ok(H2, "SELECT * FROM OLD TABLE (DELETE FROM t WHERE id = 1) t")
                .fails(ORACLE, "DELETE ... RETURNING")
                .ok(SQLSERVER, "DELETE FROM t OUTPUT DELETED.* WHERE id = 1");
    }
}
