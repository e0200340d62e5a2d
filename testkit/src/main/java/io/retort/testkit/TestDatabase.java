package io.retort.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A fresh database on a real server, dropped on {@link #close()}. Create one with
 * {@link DatabaseServer#create(String)} or through {@link TestDatabaseExtension}.
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabases.mariadb().create("batch")) {
 *     try (Connection c = DriverManager.getConnection(db.retortUrl(), db.user(), db.password())) { ... }
 * }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {

    private final DatabaseServer server;
    private final String name;
    private boolean dropped;

    TestDatabase(DatabaseServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public DatabaseServer server() {
        return server;
    }

    public DatabaseKind kind() {
        return server.kind();
    }

    /** The database's name, {@code retort_it_<purpose>_<random>}. */
    public String name() {
        return name;
    }

    /** The real driver's URL of this database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/retort_it_x_1a2b3c4d}. */
    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** The same database through Retort: {@code jdbc:retort:postgresql://…}. */
    public String retortUrl() {
        return "jdbc:retort:" + jdbcUrl().substring("jdbc:".length());
    }

    public String user() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    /** {@code user} and {@code password} as connection properties. */
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", user());
        p.setProperty("password", password());
        return p;
    }

    /** A raw connection (no Retort) to this database. */
    public Connection connect() throws SQLException {
        return server.connect(jdbcUrl(), 0);
    }

    /** Drops the database, ending any session still in it. */
    @Override
    public void close() throws SQLException {
        if (!dropped) {
            dropped = true;
            server.drop(name);
        }
    }

    @Override
    public String toString() {
        return name + " on " + server;
    }
}
