package io.retort.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.dialect.Dialect;
import io.retort.sql.SqlDialect;
import io.retort.testkit.TestDatabase;
import io.retort.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Schema information and the dialect read from real connections' metadata. */
class JdbcSchemaInfoTest {

    private static void check(Connection c, SqlDialect expected) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE accounts (id INT PRIMARY KEY, email VARCHAR(50) NOT NULL UNIQUE, "
                    + "balance DECIMAL(10, 2), note VARCHAR(10), visits BIGINT, opened DATE)");
        }
        assertThat(Dialect.forConnection(c.getMetaData()).family()).isEqualTo(expected);
        JdbcSchemaInfo info = JdbcSchemaInfo.of(c);
        assertThat(info.hasTable("accounts")).isTrue();
        assertThat(info.hasTable("missing")).isFalse();
        assertThat(info.column("ACCOUNTS", "Balance")).isEqualTo(new ColumnInfo(TypeKind.DECIMAL, true));
        // SQLite lets a primary key other than INTEGER PRIMARY KEY hold NULL, and says so
        assertThat(info.column("accounts", "id")).isEqualTo(new ColumnInfo(TypeKind.INTEGER, expected == SqlDialect.SQLITE, 32));
        assertThat(info.column("accounts", "email").nullable()).isFalse();
        assertThat(info.column("accounts", "visits")).isEqualTo(new ColumnInfo(TypeKind.INTEGER, true, 64));
        assertThat(info.column("accounts", "opened")).isEqualTo(new ColumnInfo(TypeKind.DATE, true));
        assertThat(info.uniqueKeys("accounts").get(0)).containsExactly(
                expected == SqlDialect.H2 ? "ID" : "id");
        assertThat(info.uniqueKeys("accounts")).hasSize(2);
    }

    @Test
    void postgres() throws Exception {
        try (TestDatabase db = TestDatabases.postgres().create("schema_info"); Connection c = db.connect()) {
            check(c, SqlDialect.POSTGRESQL);
        }
    }

    @Test
    void mariadbReportsItselfAsMariaDb() throws Exception {
        try (TestDatabase db = TestDatabases.mariadb().create("schema_info"); Connection c = db.connect()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("MariaDB");
            check(c, SqlDialect.MARIADB);
        }
    }

    @Test
    void h2() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:retort_schema_info")) {
            check(c, SqlDialect.H2);
        }
    }

    @Test
    void sqliteByTheDeclaredTypes() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("retort-schema-info", ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            check(c, SqlDialect.SQLITE);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void translationUsesIt() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:retort_schema_info_2")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(10))");
            }
            String sql = SqlTranslator.translate(io.retort.parser.SqlParser.parse(
                    "INSERT INTO t (id, name) VALUES (1, 'a') ON DUPLICATE KEY UPDATE name = VALUES(name)",
                    SqlDialect.MYSQL), SqlDialect.MYSQL, Dialect.forConnection(c.getMetaData()),
                    TranslationOptions.of(JdbcSchemaInfo.of(c))).sql();
            assertThat(sql).startsWith("MERGE INTO t USING (VALUES (1, 'a')) AS excluded (id, name) ON (t.id = excluded.id)");
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate(sql)).isEqualTo(1);
                assertThat(s.executeUpdate(sql.replace("'a'", "'b'"))).isEqualTo(1);
                try (java.sql.ResultSet rs = s.executeQuery("SELECT id, name FROM t")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(2)).isEqualTo("b");
                    assertThat(rs.next()).isFalse();
                }
            }
        }
    }

    @Test
    void sharedCacheReadsThroughEachViewAndForgetsOnInvalidate() throws Exception {
        JdbcSchemaInfo database = JdbcSchemaInfo.shared();
        assertThat(database.hasTable("t")).as("the cache itself reads nothing").isFalse();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:retort_schema_info_3;DB_CLOSE_DELAY=-1")) {
            JdbcSchemaInfo before = database.through(c);
            assertThat(before.hasTable("t")).isFalse();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INT PRIMARY KEY, d DATE)");
            }
            assertThat(before.hasTable("t")).as("a view remembers what it did not find").isFalse();
            assertThat(database.through(c).column("t", "d")).isEqualTo(new ColumnInfo(TypeKind.DATE, true));
            long generation = database.generation();
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE t ALTER COLUMN d SET DATA TYPE TIMESTAMP");
            }
            assertThat(database.through(c).column("t", "d").type()).as("kept until invalidated").isEqualTo(TypeKind.DATE);
            database.invalidate();
            assertThat(database.generation()).isNotEqualTo(generation);
            try (Connection other = DriverManager.getConnection("jdbc:h2:mem:retort_schema_info_3")) {
                assertThat(database.through(other).column("t", "d").type()).isEqualTo(TypeKind.TIMESTAMP);
            }
            assertThat(database.through(c).column("t", "d").type()).as("found by one view, seen by all")
                    .isEqualTo(TypeKind.TIMESTAMP);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE t");
            }
        }
    }
}
