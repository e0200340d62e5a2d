package io.retort.jdbc;

import io.retort.events.Listeners;
import io.retort.events.RetortListener;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} for a {@code jdbc:retort:} URL, configured like other drivers' data sources:
 *
 * <pre>{@code
 * RetortDataSource ds = new RetortDataSource();
 * ds.setUrl("jdbc:retort:postgresql://127.0.0.1:5432/shop");
 * ds.setUser("app");
 * ds.setPassword(secret);
 * try (Connection c = ds.getConnection()) { … }
 * }</pre>
 *
 * Not a pool: each {@code getConnection} opens a real connection (put a pool such as HikariCP in
 * front of it, or of the URL). The URL is frozen by the first {@code getConnection}: the URL is
 * parsed, its options validated and the real driver found once, not per connection. User and
 * password may change at any time (credential rotation). A login timeout, when set, bounds each
 * connect whatever the real driver supports.
 */
public final class RetortDataSource implements DataSource, AutoCloseable {

    private volatile String url;
    private volatile String user;
    private volatile String password;
    private volatile int loginTimeout;
    private volatile PrintWriter logWriter;
    private volatile Target target;
    private volatile Listeners listeners = Listeners.NONE;

    /** What the first connection worked out from the URL (for a configuration URL: its runtime, no driver). */
    private record Target(RetortUrl url, RetortOptions options, Driver driver, ShardedRuntime sharded) {}

    public RetortDataSource() {}

    /**
     * The {@code jdbc:retort:} URL, with any {@code retort.*} options as query parameters.
     *
     * @throws IllegalStateException once a connection was made from this data source
     */
    public void setUrl(String url) {
        synchronized (this) {
            if (target != null) {
                throw new IllegalStateException("RetortDataSource already connected to " + target.url().masked()
                        + "; its URL is frozen: create another RetortDataSource for another URL");
            }
            this.url = url;
        }
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /**
     * Registers listeners for every connection this data source opens from now on (after the
     * ServiceLoader's and the URL's). Listeners are shared by those connections, so they must be
     * thread-safe.
     *
     * <pre>{@code
     * ds.listen(new SlowQueryLog(Map.of("thresholdMs", "200")), new TenantFilter(Map.of("tables", "orders")));
     * }</pre>
     */
    public RetortDataSource listen(RetortListener... more) {
        synchronized (this) {
            listeners = listeners.plus(List.of(more));
        }
        return this;
    }

    /** The listeners registered with {@link #listen}, in call order. */
    public List<RetortListener> listeners() {
        return listeners.all();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Target t = target();
        if (t.sharded() != null) {
            return ShardedConnector.connect(t.url(), t.sharded());
        }
        Properties info = new Properties();
        if (username != null) {
            info.setProperty("user", username);
        }
        if (password != null) {
            info.setProperty("password", password);
        }
        return Connector.connect(t.url(), t.options(), t.driver(), info, listeners, loginTimeout);
    }

    private Target target() throws SQLException {
        Target t = target;
        if (t != null) {
            return t;
        }
        synchronized (this) {
            if (target == null) {
                String u = url;
                if (u == null) {
                    throw RetortErrors.cannotConnect("RetortDataSource has no URL: call setUrl(\"jdbc:retort:…\") first");
                }
                if (!RetortUrl.accepts(u)) {
                    throw RetortErrors.cannotConnect("RetortDataSource needs a jdbc:retort: URL (e.g. jdbc:retort:"
                            + "postgresql://127.0.0.1:5432/app), got " + PasswordMask.url(u));
                }
                RetortUrl parsed = RetortUrl.parse(u);
                if (parsed.isConfig()) {
                    target = new Target(parsed, RetortOptions.NONE, null, ShardedRuntime.load(parsed.realUrl(), listeners));
                } else {
                    RetortOptions options = RetortOptions.of(parsed.options(), null, parsed.masked());
                    target = new Target(parsed, options, RealDrivers.find(parsed), null);
                }
            }
            return target;
        }
    }

    /**
     * For a sharded configuration ({@code jdbc:retort:config:…}): closes its connection pools. Open
     * connections fail on their next statement. For a wrapped URL there is nothing to close.
     */
    @Override
    public void close() {
        Target t = target;
        if (t != null && t.sharded() != null) {
            t.sharded().close();
        }
    }

    /** Seconds each {@code getConnection} may take; 0 (the default) leaves it to the real driver. */
    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = Math.max(0, seconds);
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    /** Kept for the JDBC contract; Retort itself logs through SLF4J, not to this writer. */
    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("Retort logs through SLF4J (loggers io.retort.*), not java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw RetortErrors.notAWrapperFor(this, iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public String toString() {
        return "RetortDataSource[url=" + PasswordMask.url(url) + ", user=" + user + "]";
    }
}
