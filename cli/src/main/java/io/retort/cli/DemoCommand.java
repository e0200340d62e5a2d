package io.retort.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code retort demo}: a small shop workload on an embedded database, run through a
 * {@code jdbc:retort:} URL, with Retort's statement log on so you see what the driver saw.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a small workload on an embedded database through Retort and show what Retort saw.")
final class DemoCommand implements Callable<Integer> {

    enum Database { h2, sqlite }

    @Option(names = "--database", defaultValue = "h2", description = "Embedded database: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Database database;

    @Option(names = "--quiet", description = "Do not show the statement log.")
    boolean quiet;

    @Option(names = "--sharded", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also run the sharded shop on four embedded databases (default: yes; --no-sharded to skip).")
    boolean sharded;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        if (!quiet) {
            CliLogging.showStatements();
        }
        Path sqliteFile = database == Database.sqlite ? Files.createTempFile("retort-demo", ".db") : null;
        String realUrl = sqliteFile != null ? "jdbc:sqlite:" + sqliteFile : "jdbc:h2:mem:retort_demo;DB_CLOSE_DELAY=-1";
        String retortUrl = "jdbc:retort:" + realUrl.substring("jdbc:".length());
        try {
            return run(retortUrl, realUrl);
        } catch (SQLException e) {
            System.err.println("demo failed: " + SqlCommand.describe(e));
            return 1;
        } finally {
            if (sqliteFile != null) {
                Files.deleteIfExists(sqliteFile);
            }
        }
    }

    private int run(String retortUrl, String realUrl) throws SQLException {
        try (Connection conn = DriverManager.getConnection(retortUrl)) {
            DatabaseMetaData md = conn.getMetaData();
            out.println("Retort demo: a small shop on embedded " + md.getDatabaseProductName() + " "
                    + md.getDatabaseProductVersion());
            out.println();
            row("The application connects to", md.getURL());
            row("Retort hands the real driver", realUrl);
            row("Connection", conn.getClass().getSimpleName() + ", unwraps to " + realConnectionClass(conn));
            row("Real driver", md.getDriverName() + " " + md.getDriverVersion());
            row("Path", "passthrough: no listener, no dialect change, no sharding,");
            row("", "so the SQL text goes to the real driver untouched and is never parsed");
            out.println();
            out.println("Lines marked [DEBUG] statements are Retort's statement log: the path taken, the time");
            out.println("spent in the real driver, the outcome and the SQL.");

            section("1. Schema");
            try (Statement st = conn.createStatement()) {
                st.executeUpdate("CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, country VARCHAR(2))");
                st.executeUpdate("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customer(id),"
                        + " amount DECIMAL(10,2) NOT NULL, status VARCHAR(10) NOT NULL)");
            }

            section("2. Load: 4 customers one by one, 1,000 orders in one JDBC batch");
            String[][] customers = {{"Ada", "GB"}, {"Grace", "US"}, {"Edsger", "NL"}, {"Barbara", "US"}};
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO customer (id, name, country) VALUES (?, ?, ?)")) {
                for (int i = 0; i < customers.length; i++) {
                    ps.setInt(1, i + 1);
                    ps.setString(2, customers[i][0]);
                    ps.setString(3, customers[i][1]);
                    ps.executeUpdate();
                }
            }
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO orders (id, customer_id, amount, status) VALUES (?, ?, ?, ?)")) {
                for (int i = 1; i <= 1000; i++) {
                    ps.setInt(1, i);
                    ps.setInt(2, 1 + i % customers.length);
                    ps.setBigDecimal(3, java.math.BigDecimal.valueOf(i % 97 * 125 + 499, 2));
                    ps.setString(4, i % 10 == 0 ? "returned" : "shipped");
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                conn.commit();
                out.println("batch of " + counts.length + " inserts committed");
            }
            conn.setAutoCommit(true);

            section("3. A query: revenue per customer");
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT c.name, c.country, COUNT(*) AS orders, SUM(o.amount) AS revenue FROM customer c"
                            + " JOIN orders o ON o.customer_id = c.id WHERE o.status = ? GROUP BY c.name, c.country ORDER BY revenue DESC")) {
                ps.setString(1, "shipped");
                try (ResultSet rs = ps.executeQuery()) {
                    ResultTable.read(rs, 20).print(out);
                }
            }

            section("4. A transaction with a savepoint: the second update is rolled back");
            conn.setAutoCommit(false);
            try (Statement st = conn.createStatement()) {
                st.executeUpdate("UPDATE orders SET status = 'cancelled' WHERE id = 1");
                Savepoint sp = conn.setSavepoint("before_bulk");
                st.executeUpdate("UPDATE orders SET status = 'cancelled' WHERE customer_id = 2");
                conn.rollback(sp);
                conn.commit();
                try (ResultSet rs = st.executeQuery("SELECT status, COUNT(*) AS n FROM orders GROUP BY status ORDER BY status")) {
                    ResultTable.read(rs, 20).print(out);
                }
            }
            conn.setAutoCommit(true);

            section("5. Errors keep the database's own SQLState and vendor code");
            try (Statement st = conn.createStatement()) {
                st.executeUpdate("INSERT INTO customer (id, name, country) VALUES (1, 'Ada again', 'GB')");
            } catch (SQLException e) {
                out.println("duplicate key -> " + e.getClass().getSimpleName() + ", SQLState " + e.getSQLState()
                        + ", vendor code " + e.getErrorCode());
            }
        }
        if (!sharded) {
            return 0;
        }
        section("6. A sharded shop: four embedded H2 databases behind one jdbc:retort:config: URL");
        try {
            new ShardedDemo(out).run();
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("the sharded demo failed: " + e, e);
        }
        return 0;
    }

    /** The real driver's connection, reached with {@code unwrap} as an application would. */
    private String realConnectionClass(Connection conn) throws SQLException {
        Class<? extends Connection> real = database == Database.h2 ? org.h2.jdbc.JdbcConnection.class
                : org.sqlite.SQLiteConnection.class;
        return conn.unwrap(real).getClass().getName();
    }

    private void section(String title) {
        out.println();
        out.println("== " + title);
    }

    private void row(String label, String value) {
        out.printf("%-30s %s%n", label, value);
    }
}
