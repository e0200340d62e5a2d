package io.retort.jmh;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the benchmarks run: H2 in memory, and PostgreSQL over loopback (the local server, or the
 * address in {@code RETORT_BENCH_PG_URL}, a server URL such as {@code jdbc:postgresql://127.0.0.1:5432/}).
 */
final class BenchDatabases {

    static final String PG_DATABASE = "retort_bench";

    private BenchDatabases() {}

    /** The raw JDBC URL of the benchmark database for {@code database} ("h2" or "postgresql"). */
    static String rawUrl(String database, String name) throws SQLException {
        return switch (database) {
            case "h2" -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            case "postgresql" -> postgresUrl();
            default -> throw new IllegalArgumentException("unknown benchmark database " + database);
        };
    }

    /** The URL an application would use: the raw one, or the same wrapped by Retort. */
    static String url(String driver, String rawUrl) {
        return switch (driver) {
            case "raw" -> rawUrl;
            case "retort" -> "jdbc:retort:" + rawUrl.substring("jdbc:".length());
            default -> throw new IllegalArgumentException("unknown driver " + driver + " (raw or retort)");
        };
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    /** The PostgreSQL server's URL without a database name, ending in {@code /}. */
    static String postgresServerUrl() {
        return System.getenv().getOrDefault("RETORT_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    }

    private static String postgresUrl() throws SQLException {
        String server = postgresServerUrl();
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement st = admin.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + PG_DATABASE + "'")) {
                if (!rs.next()) {
                    st.executeUpdate("CREATE DATABASE " + PG_DATABASE);
                }
            }
        }
        return server + PG_DATABASE;
    }
}
