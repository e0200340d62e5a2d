package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** Row locks: FOR UPDATE/SHARE, NOWAIT, SKIP LOCKED, OF; SQLite has none; SQL Server's table hints. */
class LockGoldenTest {

    @Test
    void forUpdate() {
        sql("SELECT id FROM t WHERE id = 1 FOR UPDATE")
                .ok("SELECT id FROM t WHERE id = 1 FOR UPDATE", POSTGRESQL, MYSQL, MARIADB, H2, ORACLE)
                .ok(SQLITE, "SELECT id FROM t WHERE id = 1")
                .ok(SQLSERVER, "SELECT id FROM t WITH (UPDLOCK, ROWLOCK) WHERE id = 1");
    }

    @Test
    void forUpdateNowait() {
        sql("SELECT id FROM t WHERE id = 1 FOR UPDATE NOWAIT")
                .ok("SELECT id FROM t WHERE id = 1 FOR UPDATE NOWAIT", POSTGRESQL, MYSQL, MARIADB, H2, ORACLE)
                .fails(SQLITE, "FOR UPDATE NOWAIT")
                .ok(SQLSERVER, "SELECT id FROM t WITH (UPDLOCK, ROWLOCK, NOWAIT) WHERE id = 1");
    }

    @Test
    void forUpdateSkipLocked() {
        sql("SELECT id FROM t ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .ok(POSTGRESQL, "SELECT id FROM t ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .ok(MYSQL, "SELECT id FROM t ORDER BY id IS NULL, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .fails(MARIADB, "SKIP LOCKED")
                .fails(SQLITE, "FOR UPDATE SKIP LOCKED")
                .ok(H2, "SELECT id FROM t ORDER BY id NULLS LAST LIMIT 1 FOR UPDATE SKIP LOCKED")
                .ok(ORACLE, "SELECT id FROM t ORDER BY id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
                .ok(SQLSERVER,
                        "SELECT TOP (1) id FROM t WITH (UPDLOCK, ROWLOCK, READPAST) ORDER BY CASE WHEN id IS NULL THEN 1 ELSE 0 END, id");
    }

    @Test
    void forShare() {
        sql("SELECT id FROM t WHERE id = 1 FOR SHARE")
                .ok("SELECT id FROM t WHERE id = 1 FOR SHARE", POSTGRESQL, MYSQL)
                .ok(MARIADB, "SELECT id FROM t WHERE id = 1 LOCK IN SHARE MODE")
                .ok(SQLITE, "SELECT id FROM t WHERE id = 1")
                .ok("SELECT id FROM t WHERE id = 1 FOR UPDATE", H2, ORACLE)
                .ok(SQLSERVER, "SELECT id FROM t WITH (HOLDLOCK, ROWLOCK) WHERE id = 1");
    }

    @Test
    void forNoKeyUpdateOf() {
        sql("SELECT t.id FROM t JOIN u ON u.id = t.id FOR NO KEY UPDATE OF t")
                .ok(POSTGRESQL, "SELECT t.id FROM t JOIN u ON u.id = t.id FOR NO KEY UPDATE OF t")
                .ok("SELECT t.id FROM t JOIN u ON u.id = t.id FOR UPDATE OF t", MYSQL, H2)
                .ok("SELECT t.id FROM t JOIN u ON u.id = t.id FOR UPDATE", MARIADB, ORACLE)
                .ok(SQLITE, "SELECT t.id FROM t JOIN u ON u.id = t.id")
                .ok(SQLSERVER,
                        "SELECT t.id FROM t WITH (UPDLOCK, ROWLOCK) JOIN u WITH (UPDLOCK, ROWLOCK) ON u.id = t.id");
    }
}
