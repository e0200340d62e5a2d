package io.retort.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestDatabasesTest {

    @RegisterExtension
    static final TestDatabaseExtension CLASS_DB = TestDatabaseExtension.mariadb("kit class");

    @RegisterExtension
    final TestDatabaseExtension perTest = TestDatabaseExtension.postgres("kit test");

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void createsAFreshDatabaseAndDropsItOnClose(DatabaseKind kind) throws SQLException {
        DatabaseServer server = TestDatabases.server(kind);
        String name;
        try (TestDatabase db = server.create("kit")) {
            name = db.name();
            assertThat(name).matches("retort_it_kit_[0-9a-f]{8}");
            assertThat(db.retortUrl()).isEqualTo("jdbc:retort:" + db.jdbcUrl().substring(5));
            assertThat(EmbeddedFallbackTest.databaseExists(server, name)).isTrue();
            try (Connection c = db.connect();
                    Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id INT)");
                // a connection left open in the database does not stop the drop
            }
            Connection leaked = db.connect();
            assertThat(leaked.isValid(5)).isTrue();
        }
        assertThat(EmbeddedFallbackTest.databaseExists(server, name)).isFalse();
    }

    @Test
    void extensionGivesAClassDatabaseAndAPerTestDatabase() throws SQLException {
        assertThat(CLASS_DB.database().name()).startsWith("retort_it_kit_class_");
        assertThat(perTest.database().name()).startsWith("retort_it_kit_test_");
        try (Connection c = perTest.database().connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(perTest.database().name());
        }
    }

    @Test
    void serverDescriptionNeverShowsThePassword() {
        DatabaseServer s = new DatabaseServer(DatabaseKind.POSTGRESQL, ServerSource.ENVIRONMENT,
                "jdbc:postgresql://h:5432/", "app", "s3cret");
        assertThat(s.toString()).isEqualTo("PostgreSQL at h:5432 (environment, user app)").doesNotContain("s3cret");
    }
}
