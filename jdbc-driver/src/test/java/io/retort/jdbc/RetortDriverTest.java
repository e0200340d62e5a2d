package io.retort.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.testkit.stub.StubConnection;
import io.retort.testkit.stub.StubDriver;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetortDriverTest {

    private StubDriver stub;

    @BeforeEach
    void register() {
        stub = StubDriver.register();
        stub.reset();
    }

    @Test
    void registeredThroughServiceLoaderAndDriverManager() throws SQLException {
        Driver d = DriverManager.getDriver("jdbc:retort:stub:x");
        assertThat(d).isInstanceOf(RetortDriver.class);
        assertThat(d.acceptsURL("jdbc:retort:h2:mem:x")).isTrue();
        assertThat(d.acceptsURL("jdbc:h2:mem:x")).isFalse();
        assertThat(d.acceptsURL("JDBC:RETORT:h2:mem:x")).isFalse();
        assertThatThrownBy(() -> d.acceptsURL(null)).isInstanceOf(SQLException.class);
        assertThat(d.jdbcCompliant()).isFalse();
        assertThat(d.getMajorVersion()).isZero();
        assertThat(d.getMinorVersion()).isEqualTo(1);
    }

    @Test
    void connectReturnsNullForOtherUrls() throws SQLException {
        assertThat(new RetortDriver().connect("jdbc:stub:x", new Properties())).isNull();
        assertThat(stub.connections()).isEmpty();
    }

    @Test
    void retortOptionsNeverReachTheRealDriver() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "u");
        p.setProperty("password", "pw");
        p.setProperty("retort.strict", "true");
        p.setProperty("stubOption", "kept");
        String url = "jdbc:retort:stub:db;MODE=x?a=1&retort.strict=true&b=2&retort.listeners=";
        try (Connection c = DriverManager.getConnection(url, p)) {
            StubConnection real = c.unwrap(StubConnection.class);
            assertThat(real.url()).isEqualTo("jdbc:stub:db;MODE=x?a=1&b=2");
            assertThat(real.properties()).containsOnlyKeys("user", "password", "stubOption");
            assertThat(real.info()).isNotSameAs(p);
            assertThat(p).containsKey("retort.strict"); // the application's object is untouched
            assertThat(c.getMetaData().getURL()).isEqualTo(url);
            assertThat(((RetortConnection) c).options().dialect()).isNull();
            assertThat(((RetortConnection) c).options().listeners()).isEmpty();
            assertThat(((RetortConnection) c).options().strict()).isTrue();
        }
    }

    @Test
    void propertiesWithoutOptionsReachTheRealDriverAsTheSameObject() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "u");
        try (Connection c = new RetortDriver().connect("jdbc:retort:stub:same?", p)) {
            StubConnection real = c.unwrap(StubConnection.class);
            assertThat(real.info()).isSameAs(p);
            assertThat(real.url()).isEqualTo("jdbc:stub:same");
        }
    }

    @Test
    void nullPropertiesAreAllowed() throws SQLException {
        try (Connection c = new RetortDriver().connect("jdbc:retort:stub:nullprops", null)) {
            assertThat(c.unwrap(StubConnection.class).properties()).isEmpty();
        }
    }

    @Test
    void anUnknownOptionFailsBeforeTheRealDriverIsAsked() {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:retort:stub:x?retort.dialetc=h2"))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageContaining("unknown Retort option retort.dialetc")
                .hasMessageContaining("did you mean retort.dialect?");
        assertThat(stub.connections()).isEmpty();
    }

    @Test
    void theRealDriversExceptionPassesThroughUnchanged() {
        SQLException refused = new SQLException("password authentication failed", "28P01", 0);
        stub.failNextConnect(refused);
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:retort:stub:x")).isSameAs(refused);
    }

    @Test
    void aMissingDriverNamesTheJarToAdd() {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:retort:oracle:thin:scott/tiger@h:1521:orcl"))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("no JDBC driver for jdbc:oracle:thin:scott/***@h:1521:orcl (from jdbc:retort:oracle:thin:"
                        + "scott/***@h:1521:orcl) is on the class path: add com.oracle.database.jdbc:ojdbc11 to the"
                        + " application's dependencies")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08001");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:retort:sqlserver://h;password=x"))
                .hasMessageContaining("add com.microsoft.sqlserver:mssql-jdbc").hasMessageNotContaining("password=x");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:retort:mysql://h/db"))
                .hasMessageContaining("add com.mysql:mysql-connector-j");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:retort:derby:memory:x"))
                .hasMessageContaining("add the jar of the JDBC driver for 'derby'");
    }

    @Test
    void fallsBackToServiceLoaderWithTheContextClassLoader(@TempDir Path dir) throws Exception {
        StubDriver.deregister();
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try {
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:retort:stub:loaded"))
                    .hasMessageContaining("no JDBC driver for jdbc:stub:loaded");
            Path services = Files.writeString(dir.resolve("java.sql.Driver"), StubDriver.class.getName() + "\n");
            Thread.currentThread().setContextClassLoader(new ServicesLoader(before, services.toUri().toURL()));
            try (Connection c = DriverManager.getConnection("jdbc:retort:stub:loaded")) {
                StubConnection real = c.unwrap(StubConnection.class);
                assertThat(real.url()).isEqualTo("jdbc:stub:loaded");
                assertThat(real.driver()).isNotSameAs(stub);
            }
        } finally {
            Thread.currentThread().setContextClassLoader(before);
            StubDriver.register();
        }
    }

    /** A class loader that offers one extra {@code META-INF/services/java.sql.Driver} file. */
    private static final class ServicesLoader extends ClassLoader {
        private final URL services;

        ServicesLoader(ClassLoader parent, URL services) {
            super(parent);
            this.services = services;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.equals("META-INF/services/java.sql.Driver")) {
                return Collections.enumeration(java.util.List.of(services));
            }
            return super.getResources(name);
        }
    }

    @Test
    void propertyInfoListsRetortOptionsThenTheRealDriversProperties() throws SQLException {
        DriverPropertyInfo[] info = new RetortDriver().getPropertyInfo("jdbc:retort:stub:x", null);
        assertThat(Arrays.stream(info).map(i -> i.name))
                .containsExactly("retort.dialect", "retort.listeners", "retort.strict", "stubOption");
        assertThat(info[0].choices).contains("postgresql", "sqlite");
    }

    @Test
    void connectionToStringIsUsefulAndHasNoSecrets() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:retort:stub:db?password=s3cret&retort.strict=false")) {
            assertThat(c.toString())
                    .startsWith("RetortConnection[jdbc:retort:stub:db?password=***&retort.strict=false, real=StubConnection[")
                    .doesNotContain("s3cret");
            assertThat(c.createStatement().toString()).startsWith("RetortStatement[jdbc:retort:stub:db?password=***")
                    .doesNotContain("s3cret");
        }
    }
}
