package io.retort.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The embedded fallback, forced by ignoring the local servers. PostgreSQL starts in a few seconds
 * and always runs; MariaDB takes ~15 s, so its test runs only with
 * {@code -Dretort.testkit.embeddedMariaDb=true}.
 */
class EmbeddedFallbackTest {

    private static final TestSettings SKIP_LOCAL = TestSettings.of(Map.of("RETORT_TEST_SKIP_LOCAL", "true"), Map.of());

    @Test
    void postgresFallsBackToARealEmbeddedServer() throws SQLException {
        check(DatabaseKind.POSTGRESQL, "SELECT version()", "PostgreSQL");
    }

    @Test
    @EnabledIfSystemProperty(named = "retort.testkit.embeddedMariaDb", matches = "true")
    void mariadbFallsBackToARealEmbeddedServer() throws SQLException {
        check(DatabaseKind.MARIADB, "SELECT version()", "MariaDB");
    }

    private static void check(DatabaseKind kind, String versionQuery, String expected) throws SQLException {
        ServerResolver.Resolution r = ServerResolver.resolve(kind, SKIP_LOCAL);
        DatabaseServer server = TestDatabases.serverOrAbort(kind, r, TestSettings.system());
        assertThat(server.source()).isEqualTo(ServerSource.EMBEDDED);
        assertThat(r.failures()).isEmpty();
        String name;
        try (TestDatabase db = server.create("embedded")) {
            name = db.name();
            try (Connection c = db.connect();
                    Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id INT PRIMARY KEY)");
                st.execute("INSERT INTO t VALUES (42)");
                try (ResultSet rs = st.executeQuery("SELECT id FROM t")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(42);
                }
                try (ResultSet rs = st.executeQuery(versionQuery)) {
                    rs.next();
                    assertThat(c.getMetaData().getDatabaseProductName() + " " + rs.getString(1)).contains(expected);
                }
            }
        }
        assertThat(databaseExists(server, name)).isFalse();
    }

    static boolean databaseExists(DatabaseServer server, String name) throws SQLException {
        String sql = server.kind() == DatabaseKind.POSTGRESQL
                ? "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'"
                : "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '" + name + "'";
        try (Connection c = server.connectAdmin();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
