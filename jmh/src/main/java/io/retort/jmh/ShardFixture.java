package io.retort.jmh;

import io.retort.jdbc.RetortDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The databases of the sharding benchmarks: {@code shards} shard databases behind one
 * {@code jdbc:retort:config:} data source (table {@code accounts}, sharded by {@code id} with
 * {@code hash-mod}), and one more database holding all the rows for the raw driver. H2 in memory
 * or PostgreSQL databases on the local server (see {@link BenchDatabases}), all created here and
 * dropped by {@link #close()}.
 *
 * <p>Every database gets the same rows: {@code accounts(id, owner, balance)} with ids
 * {@code 0..rows-1} and an index on {@code (balance, id)}; through Retort each row lands on the
 * shard its key hashes to.
 */
final class ShardFixture implements AutoCloseable {

    static final String POINT_SELECT = "SELECT id, owner, balance FROM accounts WHERE id = ?";
    static final String TOP_10 = "SELECT id, owner, balance FROM accounts ORDER BY balance DESC, id LIMIT 10";
    static final String UPDATE = "UPDATE accounts SET balance = balance + ? WHERE id = ?";

    private static final String CREATE = "CREATE TABLE accounts (id BIGINT PRIMARY KEY, owner VARCHAR(40) NOT NULL,"
            + " balance NUMERIC(12,2) NOT NULL)";
    private static final String INDEX = "CREATE INDEX accounts_balance ON accounts (balance, id)";
    private static final String INSERT = "INSERT INTO accounts (id, owner, balance) VALUES (?, ?, ?)";

    final String database;
    final int shards;
    final int rows;
    private final String prefix = "retort_bench_" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> created = new ArrayList<>();
    private final List<Connection> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> shardUrls = new ArrayList<>();
    private final Path yaml;
    private RetortDataSource sharded;
    private String singleUrl;

    /**
     * Creates {@code shards} shard databases (0 for none: only the single database) and the single
     * database, and loads {@code rows} rows into each layout.
     */
    ShardFixture(String database, int shards, int rows, int poolSize) throws SQLException {
        this(database, shards, rows, poolSize, "mode: per-statement");
    }

    /**
     * Like {@link #ShardFixture(String, int, int, int)}, with what the YAML's {@code connections:}
     * mapping holds (e.g. {@code mode: held} or {@code parallelism: 1}).
     */
    ShardFixture(String database, int shards, int rows, int poolSize, String connections) throws SQLException {
        this(database, shards, rows, poolSize, connections, "");
    }

    /** Like {@link #ShardFixture(String, int, int, int, String)}, with more keys of the {@code sharding:} mapping (e.g. {@code federation: true}). */
    ShardFixture(String database, int shards, int rows, int poolSize, String connections, String sharding) throws SQLException {
        this(database, shards, rows, poolSize, connections, sharding, "");
    }

    /**
     * Like {@link #ShardFixture(String, int, int, int, String, String)}, with what the YAML's
     * {@code transaction:} mapping holds (e.g. {@code mode: two-phase}; the recovery log is made
     * beside the YAML file), or "" for the default.
     */
    ShardFixture(String database, int shards, int rows, int poolSize, String connections, String sharding, String transaction)
            throws SQLException {
        this.database = database;
        this.shards = shards;
        this.rows = rows;
        try {
            singleUrl = createDatabase(prefix + "_single");
            try (Connection c = BenchDatabases.connect(singleUrl)) {
                createAndLoad(c);
                analyze(c);
            }
            if (shards == 0) {
                yaml = null;
                return;
            }
            StringBuilder config = new StringBuilder("dialect: ").append(database).append("\ndataSources:\n");
            for (int i = 0; i < shards; i++) {
                shardUrls.add(createDatabase(prefix + "_" + i));
                config.append("  ds").append(i).append(": { url: \"").append(shardUrls.get(i))
                        .append("\", username: postgres, pool: { maximumPoolSize: ").append(poolSize).append(" } }\n");
            }
            config.append("connections: { ").append(connections).append(" }\n");
            if (!transaction.isEmpty()) {
                config.append("transaction: { ").append(transaction).append(", log: ").append(prefix).append("-2pc.log }\n");
            }
            config.append("sharding:\n  tables:\n    accounts: { key: id, keyType: integer, algorithm: { type: hash-mod } }\n");
            if (!sharding.isEmpty()) {
                config.append("  ").append(sharding).append('\n');
            }
            yaml = Files.createTempFile("retort-bench-shards", ".yaml");
            Files.writeString(yaml, config);
            sharded = new RetortDataSource();
            sharded.setUrl("jdbc:retort:config:" + yaml);
            try (Connection c = sharded.getConnection()) {
                createAndLoad(c);
            }
            // Retort does not parse ANALYZE (so it cannot route it): run it on each shard directly.
            for (String url : shardUrls) {
                try (Connection c = BenchDatabases.connect(url)) {
                    analyze(c);
                }
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * The benchmark's connection: through Retort to the shards when this fixture has them, else the
     * raw driver's to the single database; {@link #close()} closes it (an open transaction is rolled back).
     */
    Connection connection() throws SQLException {
        Connection c = shards == 0 ? singleConnection() : shardedConnection();
        opened.add(c);
        return c;
    }

    /** A connection of the application: through Retort to the shards. */
    Connection shardedConnection() throws SQLException {
        if (sharded == null) {
            throw new IllegalStateException("this fixture has no shards");
        }
        return sharded.getConnection();
    }

    /** A raw driver connection to the single database holding all the rows. */
    Connection singleConnection() throws SQLException {
        return BenchDatabases.connect(singleUrl);
    }

    private void createAndLoad(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(CREATE);
            st.execute(INDEX);
        }
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (int id = 0; id < rows; id++) {
                ps.setLong(1, id);
                ps.setString(2, "owner " + id);
                // Distinct balances in a scrambled order, so ORDER BY balance is not the id order.
                ps.setBigDecimal(3, BigDecimal.valueOf((id * 7919L) % 1_000_003L, 2));
                ps.addBatch();
                if (id % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }

    private void analyze(Connection c) throws SQLException {
        if (database.equals("postgresql")) {
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE accounts");
            }
        }
    }

    private String createDatabase(String name) throws SQLException {
        String url = switch (database) {
            case "h2" -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            case "postgresql" -> {
                try (Connection admin = postgresAdmin(); Statement st = admin.createStatement()) {
                    st.execute("CREATE DATABASE " + name);
                }
                yield BenchDatabases.postgresServerUrl() + name;
            }
            default -> throw new IllegalArgumentException("unknown benchmark database " + database + " (h2 or postgresql)");
        };
        created.add(name);
        return url;
    }

    private static Connection postgresAdmin() throws SQLException {
        return DriverManager.getConnection(BenchDatabases.postgresServerUrl() + "postgres", "postgres", "");
    }

    /** Closes Retort's pools, then drops every database this fixture created. */
    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (Connection c : opened) {
            try {
                c.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        opened.clear();
        if (sharded != null) {
            sharded.close();
        }
        for (String name : created) {
            try {
                if (database.equals("h2")) {
                    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + name, "postgres", "");
                            Statement st = c.createStatement()) {
                        st.execute("SHUTDOWN"); // an in-memory database ends with its last session
                    }
                } else {
                    try (Connection admin = postgresAdmin(); Statement st = admin.createStatement()) {
                        st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    }
                }
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        created.clear();
        try {
            if (yaml != null) {
                Files.deleteIfExists(yaml);
                Files.deleteIfExists(yaml.resolveSibling(prefix + "-2pc.log"));
            }
        } catch (IOException e) {
            // A leftover temporary file is harmless; the databases are what must go.
        }
        if (failure != null) {
            throw failure;
        }
    }
}
