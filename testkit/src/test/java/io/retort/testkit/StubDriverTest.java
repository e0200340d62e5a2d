package io.retort.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.testkit.stub.StubConnection;
import io.retort.testkit.stub.StubDriver;
import io.retort.testkit.stub.StubStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StubDriverTest {

    @Test
    void recordsUrlPropertiesAndCalls() throws SQLException {
        StubDriver driver = StubDriver.register();
        Properties p = new Properties();
        p.setProperty("user", "u");
        try (Connection c = DriverManager.getConnection("jdbc:stub:a?x=1", p)) {
            StubConnection stub = c.unwrap(StubConnection.class);
            assertThat(driver.lastConnection()).isSameAs(stub);
            assertThat(stub.url()).isEqualTo("jdbc:stub:a?x=1");
            assertThat(stub.properties()).containsEntry("user", "u");
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("select ?")) {
                ps.setInt(1, 7);
                ((StubStatement) ps).willReturn(List.of("a"), new Object[] {5});
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt("a")).isEqualTo(5);
                    assertThat(rs.getStatement()).isSameAs(ps);
                }
                assertThat(((StubStatement) ps).log().calls().get(0).toString()).isEqualTo("setInt(1, 7)");
            }
            assertThat(stub.log().methods()).containsExactly("setAutoCommit", "prepareStatement");
        }
        assertThat(driver.connect("jdbc:other:x", new Properties())).isNull();
    }

    @Test
    void closingCascadesAndFailuresArePlanned() throws SQLException {
        StubDriver driver = new StubDriver();
        Connection c = driver.connect("jdbc:stub:b", null);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("q");
        SQLException planned = new SQLException("planned", "40001", 1213);
        ((StubStatement) st).log().failNext("executeUpdate", planned);
        assertThatThrownBy(() -> st.executeUpdate("u")).isSameAs(planned);
        c.close();
        assertThat(st.isClosed()).isTrue();
        assertThat(rs.isClosed()).isTrue();
        assertThat(c.isClosed()).isTrue();
    }
}
