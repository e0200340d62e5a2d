package io.retort.jdbc;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the real driver for the URL behind a {@code jdbc:retort:} URL: first among the drivers
 * registered with {@link DriverManager} (the way every JDBC application finds drivers), then
 * among those the thread's context class loader offers through {@link ServiceLoader} (for
 * containers where the driver jar is not visible to {@code DriverManager}'s caller check).
 */
final class RealDrivers {

    /** Subprotocol to Maven coordinates, for the message when the driver jar is missing. */
    private static final Map<String, String> COORDINATES = Map.of(
            "postgresql", "org.postgresql:postgresql",
            "mariadb", "org.mariadb.jdbc:mariadb-java-client",
            "mysql", "com.mysql:mysql-connector-j",
            "h2", "com.h2database:h2",
            "sqlite", "org.xerial:sqlite-jdbc",
            "oracle", "com.oracle.database.jdbc:ojdbc11",
            "sqlserver", "com.microsoft.sqlserver:mssql-jdbc");

    private RealDrivers() {}

    static Driver find(RetortUrl url) throws SQLException {
        String realUrl = url.realUrl();
        Iterator<Driver> registered = DriverManager.drivers().iterator();
        while (registered.hasNext()) {
            Driver d = registered.next();
            if (accepts(d, realUrl)) {
                return d;
            }
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        Iterator<Driver> loaded = ServiceLoader.load(Driver.class, context).iterator();
        while (true) {
            Driver d;
            try {
                if (!loaded.hasNext()) {
                    break;
                }
                d = loaded.next();
            } catch (ServiceConfigurationError broken) {
                continue; // a jar with a broken service entry must not hide the others
            }
            if (accepts(d, realUrl)) {
                return d;
            }
        }
        throw RetortErrors.cannotConnect(missingDriverMessage(url));
    }

    private static boolean accepts(Driver d, String realUrl) {
        if (d instanceof RetortDriver) {
            return false;
        }
        try {
            return d.acceptsURL(realUrl);
        } catch (SQLException | RuntimeException e) {
            return false; // a driver that cannot even judge the URL is not the one we want
        }
    }

    static String missingDriverMessage(RetortUrl url) {
        String sub = url.subprotocol();
        String coordinates = COORDINATES.get(sub);
        String realUrl = PasswordMask.url(url.realUrl());
        if (coordinates != null) {
            return "no JDBC driver for " + realUrl + " (from " + url.masked() + ") is on the class path: add "
                    + coordinates + " to the application's dependencies";
        }
        return "no JDBC driver for " + realUrl + " (from " + url.masked() + ") is on the class path: add the jar of"
                + " the JDBC driver for '" + sub + "' (jdbc:retort:<rest> delegates to the driver of jdbc:<rest>)";
    }
}
