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
                    + "balance DECIMAL(10, 2), note VARCHAR(10))");
        }
        assertThat(Dialect.forConnection(c.getMetaData()).family()).isEqualTo(expected);
        JdbcSchemaInfo info = JdbcSchemaInfo.of(c);
        assertThat(info.hasTable("accounts")).isTrue();
        assertThat(info.hasTable("missing")).isFalse();
        assertThat(info.column("ACCOUNTS", "Balance")).isEqualTo(new ColumnInfo(TypeKind.DECIMAL, true));
        assertThat(info.column("accounts", "id")).isEqualTo(new ColumnInfo(TypeKind.INTEGER, false));
        assertThat(info.column("accounts", "email").nullable()).isFalse();
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
}
