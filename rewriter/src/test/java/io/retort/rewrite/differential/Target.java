package io.retort.rewrite.differential;

import io.retort.dialect.Dialect;
import io.retort.testkit.TestDatabase;
import io.retort.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One real database of a differential test: a fresh PostgreSQL or MariaDB database on the test
 * servers, an in-memory H2 database, or an SQLite file, with one open connection (auto-commit off)
 * and the dialect read from the connection's metadata.
 */
final class Target implements AutoCloseable {

    final String name;
    final Connection connection;
    final Dialect dialect;
    private final AutoCloseable cleanup;

    private Target(String name, Connection connection, AutoCloseable cleanup) throws SQLException {
        this.name = name;
        this.connection = connection;
        this.cleanup = cleanup;
        this.dialect = Dialect.forConnection(connection.getMetaData());
        connection.setAutoCommit(false);
    }

    static Target postgres(String purpose) throws SQLException {
        TestDatabase db = TestDatabases.postgres().create(purpose);
        return new Target("PostgreSQL", db.connect(), db);
    }

    /**
     * A MariaDB database whose default collation compares strings case-sensitively, as PostgreSQL,
     * H2 and SQLite do: Retort translates comparisons as written and leaves collations to the schema
     * (documented), so the tests choose a collation that means the same everywhere.
     */
    static Target mariadb(String purpose) throws SQLException {
        TestDatabase db = TestDatabases.mariadb().create(purpose);
        Connection c = db.connect();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE `" + db.name() + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        return new Target("MariaDB", c, db);
    }

    static Target h2(String purpose) throws SQLException {
        String url = "jdbc:h2:mem:retort_it_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8)
                + ";DB_CLOSE_DELAY=-1";
        Connection c = DriverManager.getConnection(url);
        return new Target("H2", c, () -> {
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        });
    }

    static Target sqlite(String purpose) throws Exception {
        Path file = Files.createTempFile("retort_it_" + purpose + "_", ".db");
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
        }
        return new Target("SQLite", c, () -> Files.deleteIfExists(file));
    }

    @Override
    public void close() throws Exception {
        try {
            if (!connection.isClosed()) {
                connection.rollback();
            }
        } finally {
            try {
                cleanup.close();
            } finally {
                connection.close();
            }
        }
    }

    @Override
    public String toString() {
        return dialect.displayName();
    }
}
