package io.retort.jmh;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of its own for one trial of an ORM benchmark, behind a small HikariCP pool that every
 * side of the benchmark borrows from: a PostgreSQL database created on the local server (or the one
 * in {@code RETORT_BENCH_PG_URL}) and dropped by {@link #close()}, or an H2 database in memory.
 */
final class OrmBenchDatabase implements AutoCloseable {

    final String database;
    final HikariDataSource dataSource;
    private final String name;
    private final String url;

    private OrmBenchDatabase(String database, String name, String url) {
        this.database = database;
        this.name = name;
        this.url = url;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setPassword("");
        config.setMaximumPoolSize(2);
        config.setPoolName("orm-bench-" + name);
        this.dataSource = new HikariDataSource(config);
    }

    /** Creates {@code name} (dropping a leftover of an earlier run first) on {@code database}: "postgresql" or "h2". */
    static OrmBenchDatabase create(String database, String name) throws SQLException {
        String url = switch (database) {
            case "postgresql" -> {
                try (Connection admin = postgresAdmin(); Statement st = admin.createStatement()) {
                    st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    st.execute("CREATE DATABASE " + name);
                }
                yield BenchDatabases.postgresServerUrl() + name;
            }
            case "h2" -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            default -> throw new IllegalArgumentException("unknown benchmark database " + database + " (postgresql or h2)");
        };
        return new OrmBenchDatabase(database, name, url);
    }

    void execute(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    /** Closes the pool and drops the database. */
    @Override
    public void close() throws SQLException {
        dataSource.close();
        if (database.equals("h2")) {
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
                st.execute("SHUTDOWN"); // an in-memory database with DB_CLOSE_DELAY=-1 lives until this
            }
        } else {
            try (Connection admin = postgresAdmin(); Statement st = admin.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private static Connection postgresAdmin() throws SQLException {
        return DriverManager.getConnection(BenchDatabases.postgresServerUrl() + "postgres", "postgres", "");
    }
}
