package io.retort.rewrite;

import static io.retort.rewrite.Fixture.sql;
import static io.retort.sql.SqlDialect.*;

import org.junit.jupiter.api.Test;

/** Upserts written for PostgreSQL: ON CONFLICT to ON DUPLICATE KEY UPDATE, INSERT IGNORE and MERGE. */
class UpsertGoldenTest {

    @Test
    void onConflictDoUpdate() {
        sql("INSERT INTO t (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name")
                .schema("CREATE TABLE t (id int PRIMARY KEY, name text, hits int NOT NULL DEFAULT 0)")
                .ok(POSTGRESQL,
                        "INSERT INTO t (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name")
                .ok("INSERT INTO t (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)",
                        MYSQL, MARIADB)
                .ok(SQLITE,
                        "INSERT INTO t (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name")
                .ok(H2,
                        "MERGE INTO t USING (VALUES (?, ?)) AS excluded (id, name) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = excluded.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)")
                .ok(ORACLE,
                        "MERGE INTO t USING (SELECT ? id, ? name FROM DUAL) excluded ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = excluded.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)")
                .ok(SQLSERVER,
                        "MERGE INTO t USING (VALUES (?, ?)) AS excluded (id, name) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = excluded.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name);");
    }

    @Test
    void onConflictDoUpdateReadingTheOldRow() {
        sql("INSERT INTO t (id, hits) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET hits = t.hits + EXCLUDED.hits")
                .schema("CREATE TABLE t (id int PRIMARY KEY, name text, hits int NOT NULL DEFAULT 0)")
                .ok(POSTGRESQL,
                        "INSERT INTO t (id, hits) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET hits = t.hits + EXCLUDED.hits")
                .ok("INSERT INTO t (id, hits) VALUES (1, 1) ON DUPLICATE KEY UPDATE hits = hits + VALUES(hits)",
                        MYSQL, MARIADB)
                .ok(SQLITE,
                        "INSERT INTO t (id, hits) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET hits = t.hits + excluded.hits")
                .ok(H2,
                        "MERGE INTO t USING (VALUES (1, 1)) AS excluded (id, hits) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET hits = t.hits + excluded.hits WHEN NOT MATCHED THEN INSERT (id, hits) VALUES (excluded.id, excluded.hits)")
                .ok(ORACLE,
                        "MERGE INTO t USING (SELECT 1 id, 1 hits FROM DUAL) excluded ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET hits = t.hits + excluded.hits WHEN NOT MATCHED THEN INSERT (id, hits) VALUES (excluded.id, excluded.hits)")
                .ok(SQLSERVER,
                        "MERGE INTO t USING (VALUES (1, 1)) AS excluded (id, hits) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET hits = t.hits + excluded.hits WHEN NOT MATCHED THEN INSERT (id, hits) VALUES (excluded.id, excluded.hits);");
    }

    @Test
    void onConflictDoUpdateWhere() {
        sql("INSERT INTO t (id, name) VALUES (1, 'a') ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name WHERE t.name IS NULL")
                .schema("CREATE TABLE t (id int PRIMARY KEY, name text, hits int NOT NULL DEFAULT 0)")
                .ok(POSTGRESQL,
                        "INSERT INTO t (id, name) VALUES (1, 'a') ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name WHERE t.name IS NULL")
                .ok("INSERT INTO t (id, name) VALUES (1, 'a') ON DUPLICATE KEY UPDATE name = IF(name IS NULL, VALUES(name), name)",
                        MYSQL, MARIADB)
                .ok(SQLITE,
                        "INSERT INTO t (id, name) VALUES (1, 'a') ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE t.name IS NULL")
                .ok(H2,
                        "MERGE INTO t USING (VALUES (1, 'a')) AS excluded (id, name) ON (t.id = excluded.id) WHEN MATCHED AND t.name IS NULL THEN UPDATE SET name = excluded.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)")
                .ok(ORACLE,
                        "MERGE INTO t USING (SELECT 1 id, 'a' name FROM DUAL) excluded ON (t.id = excluded.id) WHEN MATCHED AND t.name IS NULL THEN UPDATE SET name = excluded.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)")
                .ok(SQLSERVER,
                        "MERGE INTO t USING (VALUES (1, 'a')) AS excluded (id, name) ON (t.id = excluded.id) WHEN MATCHED AND t.name IS NULL THEN UPDATE SET name = excluded.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name);");
    }

    @Test
    void onConflictDoNothing() {
        sql("INSERT INTO t (id, name) VALUES (1, 'a'), (2, 'b') ON CONFLICT DO NOTHING")
                .schema("CREATE TABLE t (id int PRIMARY KEY, name text, hits int NOT NULL DEFAULT 0)")
                .ok("INSERT INTO t (id, name) VALUES (1, 'a'), (2, 'b') ON CONFLICT DO NOTHING", POSTGRESQL, SQLITE)
                .ok("INSERT IGNORE INTO t (id, name) VALUES (1, 'a'), (2, 'b')", MYSQL, MARIADB)
                .ok(H2,
                        "MERGE INTO t USING (VALUES (1, 'a'), (2, 'b')) AS excluded (id, name) ON (t.id = excluded.id) WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)")
                .ok(ORACLE,
                        "MERGE INTO t USING (SELECT 1 id, 'a' name FROM DUAL UNION ALL SELECT 2, 'b' FROM DUAL) excluded ON (t.id = excluded.id) WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)")
                .ok(SQLSERVER,
                        "MERGE INTO t USING (VALUES (1, 'a'), (2, 'b')) AS excluded (id, name) ON (t.id = excluded.id) WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name);");
    }

    @Test
    void onConflictAssignmentsReadOldValues() {
        sql("INSERT INTO t (id, hits) VALUES (1, 5) ON CONFLICT (id) DO UPDATE SET name = t.hits, hits = EXCLUDED.hits")
                .schema("CREATE TABLE t (id int PRIMARY KEY, name text, hits int NOT NULL DEFAULT 0)")
                .ok(POSTGRESQL,
                        "INSERT INTO t (id, hits) VALUES (1, 5) ON CONFLICT (id) DO UPDATE SET name = t.hits, hits = EXCLUDED.hits")
                .ok("INSERT INTO t (id, hits) VALUES (1, 5) ON DUPLICATE KEY UPDATE name = hits, hits = VALUES(hits)",
                        MYSQL, MARIADB)
                .ok(SQLITE,
                        "INSERT INTO t (id, hits) VALUES (1, 5) ON CONFLICT (id) DO UPDATE SET name = t.hits, hits = excluded.hits")
                .ok(H2,
                        "MERGE INTO t USING (VALUES (1, 5)) AS excluded (id, hits) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = t.hits, hits = excluded.hits WHEN NOT MATCHED THEN INSERT (id, hits) VALUES (excluded.id, excluded.hits)")
                .ok(ORACLE,
                        "MERGE INTO t USING (SELECT 1 id, 5 hits FROM DUAL) excluded ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = t.hits, hits = excluded.hits WHEN NOT MATCHED THEN INSERT (id, hits) VALUES (excluded.id, excluded.hits)")
                .ok(SQLSERVER,
                        "MERGE INTO t USING (VALUES (1, 5)) AS excluded (id, hits) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = t.hits, hits = excluded.hits WHEN NOT MATCHED THEN INSERT (id, hits) VALUES (excluded.id, excluded.hits);");
    }

    @Test
    void onConflictSwapCannotBeSequential() {
        sql("INSERT INTO t (id, name) VALUES (1, 'a') ON CONFLICT (id) DO UPDATE SET name = t.hits, hits = t.name")
                .schema("CREATE TABLE t (id int PRIMARY KEY, name text, hits int NOT NULL DEFAULT 0)")
                .ok("INSERT INTO t (id, name) VALUES (1, 'a') ON CONFLICT (id) DO UPDATE SET name = t.hits, hits = t.name",
                        POSTGRESQL, SQLITE)
                .fails(MYSQL, "SET assignments that read each other's columns (such as a swap)")
                .fails(MARIADB, "SET assignments that read each other's columns (such as a swap)")
                .ok(H2,
                        "MERGE INTO t USING (VALUES (1, 'a')) AS excluded (id, name) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = t.hits, hits = t.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)")
                .ok(ORACLE,
                        "MERGE INTO t USING (SELECT 1 id, 'a' name FROM DUAL) excluded ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = t.hits, hits = t.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)")
                .ok(SQLSERVER,
                        "MERGE INTO t USING (VALUES (1, 'a')) AS excluded (id, name) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = t.hits, hits = t.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name);");
    }

    @Test
    void upsertFromSelect() {
        sql("INSERT INTO t (id, name) SELECT id, name FROM s ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name")
                .schema("CREATE TABLE t (id int PRIMARY KEY, name text, hits int NOT NULL DEFAULT 0)")
                .ok(POSTGRESQL,
                        "INSERT INTO t (id, name) SELECT id, name FROM s ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name")
                .ok("INSERT INTO t (id, name) SELECT id, name FROM s ON DUPLICATE KEY UPDATE name = VALUES(name)",
                        MYSQL, MARIADB)
                .ok(SQLITE,
                        "INSERT INTO t (id, name) SELECT id, name FROM s ON CONFLICT (id) DO UPDATE SET name = excluded.name")
                .ok(H2,
                        "MERGE INTO t USING (SELECT id, name FROM s) AS excluded (id, name) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = excluded.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)")
                .fails(ORACLE, "this upsert source as MERGE")
                .ok(SQLSERVER,
                        "MERGE INTO t USING (SELECT id, name FROM s) AS excluded (id, name) ON (t.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = excluded.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name);");
    }
}
