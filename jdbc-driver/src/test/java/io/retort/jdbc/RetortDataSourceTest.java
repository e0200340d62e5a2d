package io.retort.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.testkit.stub.StubConnection;
import io.retort.testkit.stub.StubDriver;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetortDataSourceTest {

    private StubDriver stub;

    @BeforeEach
    void register() {
        stub = StubDriver.register();
        stub.reset();
    }

    @Test
    void connectsWithUserAndPasswordAndStripsOptions() throws SQLException {
        RetortDataSource ds = new RetortDataSource();
        ds.setUrl("jdbc:retort:stub:ds?retort.strict=false&x=1");
        ds.setUser("app");
        ds.setPassword("s3cret");
        try (Connection c = ds.getConnection()) {
            StubConnection real = c.unwrap(StubConnection.class);
            assertThat(real.url()).isEqualTo("jdbc:stub:ds?x=1");
            assertThat(real.properties()).containsEntry("user", "app").containsEntry("password", "s3cret").hasSize(2);
            assertThat(c.getMetaData().getURL()).isEqualTo("jdbc:retort:stub:ds?retort.strict=false&x=1");
        }
        try (Connection c = ds.getConnection("other", "pw2")) {
            assertThat(c.unwrap(StubConnection.class).properties()).containsEntry("user", "other").containsEntry("password", "pw2");
        }
        assertThat(ds.getUrl()).isEqualTo("jdbc:retort:stub:ds?retort.strict=false&x=1");
        assertThat(ds.getUser()).isEqualTo("app");
        assertThat(ds.toString()).isEqualTo("RetortDataSource[url=jdbc:retort:stub:ds?retort.strict=false&x=1, user=app]");
    }

    @Test
    void theUrlIsFrozenByTheFirstConnectionCredentialsAreNot() throws SQLException {
        RetortDataSource ds = new RetortDataSource();
        ds.setUrl("jdbc:retort:stub:frozen");
        ds.getConnection().close();
        assertThatThrownBy(() -> ds.setUrl("jdbc:retort:stub:other")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("URL is frozen");
        ds.setUser("rotated");
        try (Connection c = ds.getConnection()) {
            assertThat(c.unwrap(StubConnection.class).properties()).containsEntry("user", "rotated");
        }
    }

    @Test
    void badConfigurationIsReportedClearly() {
        RetortDataSource none = new RetortDataSource();
        assertThatThrownBy(none::getConnection).isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageContaining("has no URL");
        RetortDataSource plain = new RetortDataSource();
        plain.setUrl("jdbc:postgresql://h/db?password=s3cret");
        assertThatThrownBy(plain::getConnection).hasMessageContaining("needs a jdbc:retort: URL")
                .hasMessageNotContaining("s3cret");
        RetortDataSource typo = new RetortDataSource();
        typo.setUrl("jdbc:retort:stub:x?retort.strikt=true");
        assertThatThrownBy(typo::getConnection).hasMessageContaining("did you mean retort.strict?");
    }

    @Test
    void loginTimeoutBoundsASlowConnect() throws SQLException {
        RetortDataSource ds = new RetortDataSource();
        ds.setUrl("jdbc:retort:stub:slow");
        ds.setLoginTimeout(1);
        assertThat(ds.getLoginTimeout()).isEqualTo(1);
        stub.delayNextConnect(Duration.ofSeconds(30));
        assertThatThrownBy(ds::getConnection).isInstanceOf(SQLTimeoutException.class)
                .hasMessageContaining("within the login timeout of 1 s");
        try (Connection c = ds.getConnection()) { // a prompt connect within the timeout works
            assertThat(c.isValid(1)).isTrue();
        }
        SQLException refused = new SQLException("no", "28000", 1045);
        stub.failNextConnect(refused);
        assertThatThrownBy(ds::getConnection).isSameAs(refused);
    }

    @Test
    void wrapperAndLoggingContract() throws SQLException {
        RetortDataSource ds = new RetortDataSource();
        assertThat(ds.unwrap(DataSource.class)).isSameAs(ds);
        assertThat(ds.isWrapperFor(RetortDataSource.class)).isTrue();
        assertThat(ds.isWrapperFor(Connection.class)).isFalse();
        assertThatThrownBy(() -> ds.unwrap(Connection.class)).isInstanceOf(SQLException.class);
        PrintWriter w = new PrintWriter(new StringWriter());
        ds.setLogWriter(w);
        assertThat(ds.getLogWriter()).isSameAs(w);
        assertThatThrownBy(ds::getParentLogger).isInstanceOf(SQLFeatureNotSupportedException.class);
    }
}
