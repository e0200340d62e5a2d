package io.retort.jdbc.sharded;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.jdbc.RetortDataSource;
import io.retort.testkit.DatabaseServer;
import io.retort.testkit.TestDatabase;
import io.retort.testkit.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real databases as the shards of a sharded configuration: PostgreSQL and MariaDB databases on the
 * test servers and H2 files in a temporary directory, named {@code ds0, ds1, …} in the YAML file
 * this writes, with a {@link RetortDataSource} over it. {@link #close()} closes the data source,
 * then checks that no session of the driver is left on any server database (its pools must have
 * closed every real connection), then drops the databases.
 *
 * <pre>{@code
 * try (ShardFixture f = ShardFixture.create("shop", List.of(Kind.POSTGRES, Kind.MARIADB), SHARDING_YAML)) {
 *     try (Connection c = f.dataSource().getConnection()) { ... }
 * }
 * }</pre>
 */
final class ShardFixture implements AutoCloseable {

    enum Kind { POSTGRES, MARIADB, H2 }

    /** One shard: the data source {@code name} of the YAML file. */
    record Shard(String name, Kind kind, String url, String user, String password, TestDatabase database) {

        /** A raw connection to this shard (no Retort): for checking where rows landed. */
        Connection connect() throws SQLException {
            return database != null ? database.connect() : DriverManager.getConnection(url, user, password);
        }
    }

    private final List<Shard> shards;
    private final Path directory;
    private final Path config;
    private final RetortDataSource dataSource;
    private boolean closed;

    private ShardFixture(List<Shard> shards, Path directory, Path config) {
        this.shards = shards;
        this.directory = directory;
        this.config = config;
        this.dataSource = new RetortDataSource();
        dataSource.setUrl("jdbc:retort:config:" + config);
    }

    /**
     * Creates one database per kind ({@code ds0} is the first) and a configuration with
     * {@code dialect: postgresql}, those data sources and {@code rest} (the {@code sharding:} section
     * and anything else, as YAML at the top level).
     */
    static ShardFixture create(String purpose, List<Kind> kinds, String rest) throws SQLException, IOException {
        return create(purpose, kinds, "postgresql", rest);
    }

    /** Like {@link #create(String, List, String)}, with the application's {@code dialect}. */
    static ShardFixture create(String purpose, List<Kind> kinds, String dialect, String rest) throws SQLException, IOException {
        Path directory = Files.createTempDirectory("retort-" + purpose);
        List<Shard> shards = new ArrayList<>();
        try {
            for (int i = 0; i < kinds.size(); i++) {
                shards.add(shard("ds" + i, kinds.get(i), purpose, directory));
            }
            StringBuilder yaml = new StringBuilder("dialect: " + dialect + "\ndataSources:\n");
            for (Shard s : shards) {
                yaml.append("  ").append(s.name()).append(": { url: \"").append(s.url()).append('"');
                if (s.user() != null) {
                    yaml.append(", username: \"").append(s.user()).append("\", password: \"").append(s.password()).append('"');
                }
                yaml.append(", pool: { maximumPoolSize: 6, connectionTimeout: 10000 } }\n");
            }
            yaml.append(rest);
            Path config = directory.resolve(purpose + ".yaml");
            Files.writeString(config, yaml);
            return new ShardFixture(shards, directory, config);
        } catch (SQLException | IOException | RuntimeException e) {
            for (Shard s : shards) {
                if (s.database() != null) {
                    try {
                        s.database().close();
                    } catch (SQLException drop) {
                        e.addSuppressed(drop);
                    }
                }
            }
            throw e;
        }
    }

    private static Shard shard(String name, Kind kind, String purpose, Path directory) throws SQLException {
        return switch (kind) {
            case POSTGRES -> server(name, kind, TestDatabases.postgres(), purpose);
            case MARIADB -> server(name, kind, TestDatabases.mariadb(), purpose);
            case H2 -> new Shard(name, kind, "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath(), "sa", "", null);
        };
    }

    private static Shard server(String name, Kind kind, DatabaseServer server, String purpose) throws SQLException {
        TestDatabase db = server.create(purpose + "_" + name);
        return new Shard(name, kind, db.jdbcUrl(), db.user(), db.password(), db);
    }

    RetortDataSource dataSource() {
        return dataSource;
    }

    Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    List<Shard> shards() {
        return shards;
    }

    Shard shard(String name) {
        return shards.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    Path config() {
        return config;
    }

    /** The sessions the driver (anyone but the checking connection) holds on each server database, by data source. */
    List<String> openSessions() throws SQLException {
        List<String> open = new ArrayList<>();
        for (Shard s : shards) {
            if (s.database() == null) {
                continue;
            }
            String sql = s.kind() == Kind.POSTGRES
                    ? "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()"
                    : "SELECT count(*) FROM information_schema.processlist WHERE db = ? AND id <> connection_id()";
            try (Connection admin = s.database().server().connectAdmin();
                    PreparedStatement ps = admin.prepareStatement(sql)) {
                ps.setString(1, s.database().name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int n = rs.getInt(1);
                    if (n > 0) {
                        open.add(s.name() + "=" + n);
                    }
                }
            }
        }
        return open;
    }

    /**
     * Waits until no session is left on the server databases (a server notices a closed socket a
     * moment after the client closed it), failing after ten seconds with the ones left.
     */
    void assertNoSessions() throws SQLException, InterruptedException {
        List<String> open = openSessions();
        for (int i = 0; i < 100 && !open.isEmpty(); i++) {
            Thread.sleep(100);
            open = openSessions();
        }
        assertThat(open).as("real connections left open on the shard databases after the data source closed").isEmpty();
    }

    /** Closes each resource (nulls skipped) in order, all of them even when one fails; the first failure is thrown. */
    static void closeAll(AutoCloseable... resources) throws Exception {
        Exception failure = null;
        for (AutoCloseable r : resources) {
            try {
                if (r != null) {
                    r.close();
                }
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        dataSource.close();
        try {
            assertNoSessions();
        } finally {
            for (Shard s : shards) {
                if (s.database() != null) {
                    s.database().close();
                }
            }
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
