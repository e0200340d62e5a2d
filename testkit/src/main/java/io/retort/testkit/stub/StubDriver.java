package io.retort.testkit.stub;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

/**
 * A fake JDBC driver for {@code jdbc:stub:} URLs that records what it is asked: the URL and
 * properties of every connect, and every call on the connections, statements, result sets and
 * metadata it hands out. It shows wrapper behaviour a real driver cannot: that options never reach
 * the driver, that arguments pass through unchanged, that close cascades.
 *
 * <pre>{@code
 * StubDriver stub = StubDriver.register();
 * try (Connection c = DriverManager.getConnection("jdbc:retort:stub:db?retort.strict=true")) {
 *     assertThat(stub.lastConnection().url()).isEqualTo("jdbc:stub:db");
 * }
 * }</pre>
 *
 * Not registered automatically: call {@link #register()} (idempotent).
 */
public final class StubDriver implements Driver {

    public static final String PREFIX = "jdbc:stub:";

    private static StubDriver registered;

    private final List<StubConnection> connections = new CopyOnWriteArrayList<>();
    private volatile SQLException nextConnectFailure;
    private volatile java.time.Duration nextConnectDelay;

    /** A driver that is not registered anywhere (ServiceLoader needs a public constructor too). */
    public StubDriver() {}

    /** The driver registered with {@link DriverManager}, registering it on first use. */
    public static synchronized StubDriver register() {
        if (registered == null) {
            StubDriver driver = new StubDriver();
            try {
                DriverManager.registerDriver(driver);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            registered = driver;
        }
        return registered;
    }

    /** Removes the registered driver from {@link DriverManager}, if any. */
    public static synchronized void deregister() {
        if (registered != null) {
            try {
                DriverManager.deregisterDriver(registered);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            registered = null;
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (url == null) {
            throw new SQLException("url is null");
        }
        if (!acceptsURL(url)) {
            return null;
        }
        java.time.Duration delay = nextConnectDelay;
        if (delay != null) {
            nextConnectDelay = null;
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while connecting", "08001", e);
            }
        }
        SQLException failure = nextConnectFailure;
        if (failure != null) {
            nextConnectFailure = null;
            throw failure;
        }
        StubConnection c = new StubConnection(this, url, info);
        connections.add(c);
        return c;
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        DriverPropertyInfo p = new DriverPropertyInfo("stubOption", info == null ? null : info.getProperty("stubOption"));
        p.description = "an option only the stub driver knows";
        return new DriverPropertyInfo[] {p};
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("the stub driver does not log");
    }

    /** The next {@link #connect} throws {@code failure} (the same object). */
    public void failNextConnect(SQLException failure) {
        nextConnectFailure = failure;
    }

    /** The next {@link #connect} takes this long (a slow server, for login timeouts). */
    public void delayNextConnect(java.time.Duration delay) {
        nextConnectDelay = delay;
    }

    /** Every connection this driver made, oldest first. */
    public List<StubConnection> connections() {
        return List.copyOf(connections);
    }

    /** The most recent connection; fails if there was none. */
    public StubConnection lastConnection() {
        if (connections.isEmpty()) {
            throw new IllegalStateException("the stub driver made no connection");
        }
        return connections.get(connections.size() - 1);
    }

    /** Forgets all connections and planned failures. */
    public void reset() {
        connections.clear();
        nextConnectFailure = null;
        nextConnectDelay = null;
    }

    @Override
    public String toString() {
        return "StubDriver[" + connections.size() + " connections]";
    }
}
