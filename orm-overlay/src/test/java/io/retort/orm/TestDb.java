package io.retort.orm;

import io.retort.testkit.TestDatabase;
import io.retort.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * One real database for ORM tests: H2 in memory, SQLite in a temporary file (foreign keys enforced,
 * WAL so that two sessions can work at once), or a fresh PostgreSQL or MariaDB database from the test
 * kit. Every connection goes through a {@link StatementLog}. Closing drops the database.
 */
final class TestDb implements AutoCloseable {

    static final List<String> KINDS = List.of("h2", "sqlite", "postgresql", "mariadb");
    private static final SecureRandom RANDOM = new SecureRandom();

    final String kind;
    final StatementLog log;
    private final TestDatabase server;
    private final Path file;
    private final String url;

    private TestDb(String kind, DataSource raw, TestDatabase server, Path file, String url) {
        this.kind = kind;
        this.log = new StatementLog(raw);
        this.server = server;
        this.file = file;
        this.url = url;
    }

    static TestDb create(String kind, String purpose) throws Exception {
        String suffix = HexFormat.of().formatHex(RANDOM.generateSeed(4));
        switch (kind) {
            case "h2" -> {
                String url = "jdbc:h2:mem:orm_" + purpose + "_" + suffix + ";DB_CLOSE_DELAY=-1";
                org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
                ds.setURL(url);
                return new TestDb(kind, ds, null, null, url);
            }
            case "sqlite" -> {
                Path f = Files.createTempFile("retort_orm_" + purpose + "_", ".db");
                org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
                config.enforceForeignKeys(true);
                config.setJournalMode(org.sqlite.SQLiteConfig.JournalMode.WAL);
                config.setBusyTimeout(10_000);
                org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource(config);
                String url = "jdbc:sqlite:" + f;
                ds.setUrl(url);
                return new TestDb(kind, ds, null, f, url);
            }
            case "postgresql" -> {
                TestDatabase db = TestDatabases.postgres().create("orm_" + purpose);
                org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
                ds.setURL(db.jdbcUrl());
                // A test that leaves a transaction open must fail the next one, not hang it.
                ds.setOptions("-c lock_timeout=20000");
                ds.setUser(db.user());
                ds.setPassword(db.password());
                return new TestDb(kind, ds, db, null, db.jdbcUrl());
            }
            case "mariadb" -> {
                TestDatabase db = TestDatabases.mariadb().create("orm_" + purpose);
                String sep = db.jdbcUrl().contains("?") ? "&" : "?";
                org.mariadb.jdbc.MariaDbDataSource ds = new org.mariadb.jdbc.MariaDbDataSource(db.jdbcUrl() + sep
                        + "sessionVariables=lock_wait_timeout=20,innodb_lock_wait_timeout=20");
                ds.setUser(db.user());
                ds.setPassword(db.password());
                return new TestDb(kind, ds, db, null, db.jdbcUrl());
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }

    DataSource dataSource() {
        return log;
    }

    /** The real driver's URL. */
    String url() {
        return url;
    }

    /** The same database through Retort's driver ({@code jdbc:retort:...}). */
    String retortUrl() {
        return "jdbc:retort:" + url.substring("jdbc:".length());
    }

    String user() {
        return server == null ? null : server.user();
    }

    String password() {
        return server == null ? null : server.password();
    }

    SessionFactory factory(Class<?>... entities) throws SQLException {
        return SessionFactory.builder(dataSource()).entities(entities).build();
    }

    /** Runs SQL outside any session (auto-commit). */
    void execute(String sql) throws SQLException {
        try (Connection c = log.target().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** The single value of a query run outside any session. */
    Object value(String sql) throws SQLException {
        try (Connection c = log.target().getConnection(); Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    long count(String table) throws SQLException {
        return ((Number) value("SELECT COUNT(*) FROM " + table)).longValue();
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.close();
        } else if (kind.equals("h2")) {
            try (Connection c = log.target().getConnection(); Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
        } else if (file != null) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
        }
    }

    @Override
    public String toString() {
        return kind.toLowerCase(Locale.ROOT);
    }
}
