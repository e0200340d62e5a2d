package io.retort.examples.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin as a user gets it: its jar on the class path, a plain {@code jdbc:retort:} URL with
 * no listener option, and every statement recorded.
 */
class AuditThroughDriverTest {

    @BeforeEach
    void clear() {
        AuditListener.clear();
    }

    @Test
    void isDiscoveredAndRecordsEveryStatementOfAPlainRetortUrl() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:retort:h2:mem:audit_e2e;DB_CLOSE_DELAY=-1");
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(20))");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO item (id, name) VALUES (?, ?)")) {
                ps.setInt(1, 1);
                ps.setString(2, "one");
                ps.executeUpdate();
            }
            try (ResultSet rs = st.executeQuery("SELECT name FROM item WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("one");
            }
        }
        assertThat(AuditListener.recordedSql()).containsExactly(
                "CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(20))",
                "INSERT INTO item (id, name) VALUES (?, ?)",
                "SELECT name FROM item WHERE id = 1");
        assertThat(AuditListener.entries()).noneMatch(AuditEntry::failed);
    }
}
