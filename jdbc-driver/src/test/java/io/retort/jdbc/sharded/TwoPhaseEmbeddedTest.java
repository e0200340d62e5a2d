package io.retort.jdbc.sharded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.jdbc.RetortDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two-phase mode on embedded databases: {@code orders} on two H2 files (H2's {@code PREPARE COMMIT}
 * and in-doubt transactions), {@code notes} on a SQLite file, which has no prepared transactions.
 */
class TwoPhaseEmbeddedTest {

    @TempDir
    Path dir;
    private RetortDataSource ds;

    @BeforeEach
    void setUp() throws Exception {
        for (String db : List.of("ds0", "ds1")) {
            try (Connection raw = h2(db); Statement st = raw.createStatement()) {
                st.execute("CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL)");
            }
        }
        try (Connection raw = DriverManager.getConnection(sqliteUrl()); Statement st = raw.createStatement()) {
            st.execute("CREATE TABLE notes (id INT PRIMARY KEY, text VARCHAR(20))");
        }
        Path config = dir.resolve("shop.yaml");
        Files.writeString(config, """
                dialect: h2
                dataSources:
                  ds0: { url: "%s", username: sa, password: "", pool: { connectionTimeout: 5000 } }
                  ds1: { url: "%s", username: sa, password: "", pool: { connectionTimeout: 5000 } }
                  notes: { url: "%s", pool: { connectionTimeout: 5000 } }
                sharding:
                  defaultDataSource: notes
                  tables:
                    orders: { key: customer_id, nodes: "ds${0..1}.orders", algorithm: mod }
                transaction: { mode: two-phase, log: 2pc.log }
                """.formatted(h2Url("ds0"), h2Url("ds1"), sqliteUrl()));
        ds = new RetortDataSource();
        ds.setUrl("jdbc:retort:config:" + config);
    }

    @AfterEach
    void tearDown() throws Exception {
        ds.close();
        for (String db : List.of("ds0", "ds1")) {
            try (Connection raw = h2(db); Statement st = raw.createStatement()) {
                st.execute("SHUTDOWN");
            }
        }
    }

    private String h2Url(String db) {
        return "jdbc:h2:file:" + dir.resolve(db).toAbsolutePath();
    }

    private String sqliteUrl() {
        return "jdbc:sqlite:" + dir.resolve("notes.db").toAbsolutePath();
    }

    private Connection h2(String db) throws SQLException {
        return DriverManager.getConnection(h2Url(db), "sa", "");
    }

    private static List<String> rows(Statement st) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT id, customer_id FROM orders ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getInt(1) + "/" + rs.getInt(2));
            }
        }
        return out;
    }

    @Test
    void commitsOnBothH2Databases() throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeUpdate("INSERT INTO orders VALUES (1, 0), (2, 1)");
            c.commit();
            c.rollback(); // nothing left to roll back
            c.setAutoCommit(true);
            assertThat(rows(st)).containsExactly("1/0", "2/1");
        }
        assertThat(Files.readString(dir.resolve("2pc.log"))).containsPattern("commit rt\\S+ ds0 ds1\ndone rt\\S+\n");
    }

    @Test
    void aDatabaseWithoutPreparedTransactionsIsRefusedWhenATransactionReachesIt() throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeUpdate("INSERT INTO orders VALUES (1, 0)");
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO notes VALUES (1, 'x')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("data source notes is SQLite")
                    .hasMessageContaining("supports PostgreSQL, MariaDB, MySQL and H2")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("0A000"));
            c.rollback();
            c.setAutoCommit(true);
            assertThat(rows(st)).isEmpty();
            // outside a transaction SQLite works as before
            assertThat(st.executeUpdate("INSERT INTO notes VALUES (2, 'y')")).isEqualTo(1);
        }
    }

    /** H2 keeps a prepared transaction of a database that stopped abruptly as "in doubt"; recovery names it. */
    @Test
    void recoveryResolvesH2InDoubtTransactions() throws Exception {
        Files.writeString(dir.resolve("2pc.log"), "retort-2pc-log 1 0badcafe\ncommit rt0badcafe-x-1 ds0 ds1\n",
                StandardCharsets.UTF_8);
        prepareAndStop("ds0", "rt0badcafe-x-1.ds0", "INSERT INTO orders VALUES (1, 0)"); // decided: committed
        prepareAndStop("ds1", "rt0badcafe-x-2.ds1", "INSERT INTO orders VALUES (2, 1)"); // undecided: rolled back
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            assertThat(rows(st)).containsExactly("1/0");
        }
        for (String db : List.of("ds0", "ds1")) {
            try (Connection raw = h2(db); Statement st = raw.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM INFORMATION_SCHEMA.IN_DOUBT")) {
                rs.next();
                assertThat(rs.getInt(1)).as(db).isZero();
            }
        }
        assertThat(Files.readString(dir.resolve("2pc.log"))).endsWith("done rt0badcafe-x-1\n");
    }

    private void prepareAndStop(String db, String name, String insert) throws SQLException {
        Connection c = h2(db);
        try (Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeUpdate(insert);
            st.execute("PREPARE COMMIT \"" + name + "\"");
            try (Connection killer = h2(db); Statement k = killer.createStatement()) {
                k.execute("SHUTDOWN IMMEDIATELY"); // as if the process died: the prepared transaction stays in the file
            }
        } finally {
            try {
                c.close();
            } catch (SQLException alreadyClosedByTheShutdown) {
                // expected
            }
        }
    }
}
