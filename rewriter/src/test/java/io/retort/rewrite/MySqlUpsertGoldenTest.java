package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** Upserts written for MySQL: ON DUPLICATE KEY UPDATE, row aliases, INSERT IGNORE, REPLACE, INSERT ... SET. */
class MySqlUpsertGoldenTest {

    @Test
    void onDuplicateKeyUpdateWithValues() {
        sql(MYSQL, "INSERT INTO t (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)")
                .schema("CREATE TABLE t (id int PRIMARY KEY, name text, hits int NOT NULL DEFAULT 0)")
                .ok(POSTGRESQL,
                        "INSERT INTO t (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name")
                .ok("INSERT INTO t (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)",
                        MYSQL, MARIADB)
                .ok(SQLITE, "INSERT INTO t (id, name) VALUES (?, ?) ON CONFLICT DO UPDATE SET name = excluded.name")
                .ok(H2,
                        "MERGE INTO t USING (VALUES (?, ?)) AS excluded (id, name) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = excluded.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)")
                .ok(ORACLE,
                        "MERGE INTO t USING (SELECT ? id, ? name FROM DUAL) excluded ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = excluded.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)")
                .ok(SQLSERVER,
                        "MERGE INTO t USING (VALUES (?, ?)) AS excluded (id, name) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = excluded.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name);");
    }

    @Test
    void onDuplicateKeyUpdateWithRowAlias() {
        sql(MYSQL, "INSERT INTO t (id, name) VALUES (1, 'a') AS new ON DUPLICATE KEY UPDATE name = new.name")
                .schema("CREATE TABLE t (id int PRIMARY KEY, name text, hits int NOT NULL DEFAULT 0)")
                .ok(POSTGRESQL,
                        "INSERT INTO t (id, name) VALUES (1, 'a') ON CONFLICT (id) DO UPDATE SET name = excluded.name")
                .fails(MYSQL, "a row alias (VALUES ... AS new)")
                .ok(MARIADB, "INSERT INTO t (id, name) VALUES (1, 'a') ON DUPLICATE KEY UPDATE name = VALUES(name)")
                .ok(SQLITE, "INSERT INTO t (id, name) VALUES (1, 'a') ON CONFLICT DO UPDATE SET name = excluded.name")
                .ok(H2,
                        "MERGE INTO t USING (VALUES (1, 'a')) AS excluded (id, name) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = excluded.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)")
                .ok(ORACLE,
                        "MERGE INTO t USING (SELECT 1 id, 'a' name FROM DUAL) excluded ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = excluded.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)")
                .ok(SQLSERVER,
                        "MERGE INTO t USING (VALUES (1, 'a')) AS excluded (id, name) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = excluded.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name);");
    }

    @Test
    void onDuplicateKeyUpdateAssignsLeftToRight() {
        sql(MYSQL, "INSERT INTO t (id, hits) VALUES (1, 1) ON DUPLICATE KEY UPDATE hits = hits + 1, name = hits")
                .schema("CREATE TABLE t (id int PRIMARY KEY, name text, hits int NOT NULL DEFAULT 0)")
                .ok(POSTGRESQL,
                        "INSERT INTO t (id, hits) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET hits = t.hits + 1, name = t.hits + 1")
                .ok(MYSQL,
                        "INSERT INTO t (id, hits) VALUES (1, 1) ON DUPLICATE KEY UPDATE hits = hits + 1, name = hits")
                .ok(MARIADB,
                        "INSERT INTO t (id, hits) VALUES (1, 1) ON DUPLICATE KEY UPDATE name = hits + 1, hits = hits + 1")
                .ok(SQLITE,
                        "INSERT INTO t (id, hits) VALUES (1, 1) ON CONFLICT DO UPDATE SET hits = t.hits + 1, name = t.hits + 1")
                .ok(H2,
                        "MERGE INTO t USING (VALUES (1, 1)) AS excluded (id, hits) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET hits = t.hits + 1, name = t.hits + 1 WHEN NOT MATCHED THEN INSERT (id, hits) VALUES (excluded.id, excluded.hits)")
                .ok(ORACLE,
                        "MERGE INTO t USING (SELECT 1 id, 1 hits FROM DUAL) excluded ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET hits = t.hits + 1, name = t.hits + 1 WHEN NOT MATCHED THEN INSERT (id, hits) VALUES (excluded.id, excluded.hits)")
                .ok(SQLSERVER,
                        "MERGE INTO t USING (VALUES (1, 1)) AS excluded (id, hits) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET hits = t.hits + 1, name = t.hits + 1 WHEN NOT MATCHED THEN INSERT (id, hits) VALUES (excluded.id, excluded.hits);");
    }

    @Test
    void insertIgnore() {
        sql(MYSQL, "INSERT IGNORE INTO t (id, name) VALUES (1, 'a')")
                .schema("CREATE TABLE t (id int PRIMARY KEY, name text, hits int NOT NULL DEFAULT 0)")
                .ok("INSERT INTO t (id, name) VALUES (1, 'a') ON CONFLICT DO NOTHING", POSTGRESQL, SQLITE)
                .ok("INSERT IGNORE INTO t (id, name) VALUES (1, 'a')", MYSQL, MARIADB)
                .ok(H2,
                        "MERGE INTO t USING (VALUES (1, 'a')) AS excluded (id, name) ON (t.id = excluded.id) WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)")
                .ok(ORACLE,
                        "MERGE INTO t USING (SELECT 1 id, 'a' name FROM DUAL) excluded ON (t.id = excluded.id) WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)")
                .ok(SQLSERVER,
                        "MERGE INTO t USING (VALUES (1, 'a')) AS excluded (id, name) ON (t.id = excluded.id) WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name);");
    }

    @Test
    void replaceInto() {
        sql(MYSQL, "REPLACE INTO t (id, name) VALUES (1, 'a')")
                .schema("CREATE TABLE t (id int PRIMARY KEY, name text, hits int NOT NULL DEFAULT 0)")
                .fails(POSTGRESQL, "REPLACE INTO")
                .ok("REPLACE INTO t (id, name) VALUES (1, 'a')", MYSQL, MARIADB, SQLITE)
                .fails(H2, "REPLACE INTO")
                .fails(ORACLE, "REPLACE INTO")
                .fails(SQLSERVER, "REPLACE INTO");
    }

    @Test
    void insertSet() {
        sql(MYSQL, "INSERT INTO t SET id = 1, name = 'a'")
                .schema("CREATE TABLE t (id int PRIMARY KEY, name text, hits int NOT NULL DEFAULT 0)")
                .ok("INSERT INTO t (id, name) VALUES (1, 'a')", POSTGRESQL, SQLITE, H2, ORACLE, SQLSERVER)
                .ok("INSERT INTO t SET id = 1, name = 'a'", MYSQL, MARIADB);
    }
}
