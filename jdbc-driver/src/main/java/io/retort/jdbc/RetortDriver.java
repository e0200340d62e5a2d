package io.retort.jdbc;

import io.retort.events.Listeners;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The Retort JDBC driver. It accepts {@code jdbc:retort:<rest>} URLs and connects through the real
 * driver of {@code jdbc:<rest>}, which must be on the class path; an application changes only its
 * URL:
 *
 * <pre>{@code
 * Connection c = DriverManager.getConnection("jdbc:retort:postgresql://127.0.0.1:5432/shop", "app", secret);
 * }</pre>
 *
 * Retort's own options are URL query parameters or connection properties named {@code retort.*}
 * ({@code retort.dialect}, {@code retort.listeners}, {@code retort.strict}); they never reach the
 * real driver, and an unknown one is an error. Registered with {@link DriverManager} when loaded
 * and through {@code META-INF/services/java.sql.Driver}.
 */
public final class RetortDriver implements Driver {

    static final int MAJOR_VERSION = 0;
    static final int MINOR_VERSION = 1;

    static {
        try {
            DriverManager.registerDriver(new RetortDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** For {@link java.util.ServiceLoader}; applications use {@link DriverManager} or {@link RetortDataSource}. */
    public RetortDriver() {}

    /**
     * Connects through the real driver, or returns null when {@code url} is not a {@code jdbc:retort:}
     * URL (the JDBC contract, so that {@link DriverManager} asks the next driver).
     *
     * @throws SQLException SQLState 08001 for an unknown or invalid {@code retort.*} option or a missing
     *     real driver (the message names the jar to add); the real driver's exception, unchanged, when
     *     it cannot connect
     */
    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        RetortUrl parsed = RetortUrl.parse(url);
        if (parsed.isConfig()) {
            return ShardedConnector.connect(parsed, ShardedConnector.shared(parsed.realUrl()));
        }
        RetortOptions options = RetortOptions.of(parsed.options(), info, parsed.masked());
        return Connector.connect(parsed, options, RealDrivers.find(parsed), info, Listeners.NONE);
    }

    /**
     * Closes the pools of a sharded configuration that {@link DriverManager} connections share
     * ({@code jdbc:retort:config:…}); the next connection to it reads the file again. Connections still
     * open fail on their next statement.
     *
     * @return whether the configuration was open
     */
    public static boolean closeConfiguration(String url) throws SQLException {
        RetortUrl parsed = RetortUrl.parse(url);
        if (!parsed.isConfig()) {
            throw new SQLException(parsed.masked() + " is not a jdbc:retort:config: URL", "HY024");
        }
        return ShardedConnector.close(parsed.realUrl());
    }

    /** True exactly for URLs that start with {@code jdbc:retort:}. */
    @Override
    public boolean acceptsURL(String url) throws SQLException {
        if (url == null) {
            throw new SQLException("url is null");
        }
        return RetortUrl.accepts(url);
    }

    /** Retort's options, followed by the real driver's properties when it can be found. */
    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        List<DriverPropertyInfo> all = new ArrayList<>();
        all.add(option(RetortOptions.DIALECT, info, "The SQL dialect the application writes (default: the database's own)",
                RetortOptions.DIALECTS.toArray(String[]::new)));
        all.add(option(RetortOptions.LISTENERS, info, "Listener classes to add to the connection, comma-separated", null));
        all.add(option(RetortOptions.STRICT, info, "true: a statement the parser cannot read is an error",
                new String[] {"true", "false"}));
        if (acceptsURL(url)) {
            RetortUrl parsed = RetortUrl.parse(url);
            Driver real;
            try {
                real = RealDrivers.find(parsed);
            } catch (SQLException missing) {
                real = null; // nothing more to describe
            }
            if (real != null) {
                all.addAll(List.of(real.getPropertyInfo(parsed.realUrl(), RetortOptions.withoutOptions(info))));
            }
        }
        return all.toArray(DriverPropertyInfo[]::new);
    }

    private static DriverPropertyInfo option(String name, Properties info, String description, String[] choices) {
        DriverPropertyInfo p = new DriverPropertyInfo(name, info == null ? null : info.getProperty(name));
        p.description = description;
        p.choices = choices;
        return p;
    }

    @Override
    public int getMajorVersion() {
        return MAJOR_VERSION;
    }

    @Override
    public int getMinorVersion() {
        return MINOR_VERSION;
    }

    /** False: compliance is the real driver's to claim, not the wrapper's. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    /** Retort logs through SLF4J, not java.util.logging. */
    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("Retort logs through SLF4J (loggers io.retort.*), not java.util.logging");
    }

    @Override
    public String toString() {
        return "RetortDriver " + MAJOR_VERSION + "." + MINOR_VERSION;
    }
}
