package io.retort.jdbc.sharded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.jdbc.RetortDataSource;
import io.retort.jdbc.ShardHint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A sharded shop on four in-memory H2 databases, end to end through the driver. */
class ShardedH2Test {

    private Path config;
    private RetortDataSource ds;
    private String prefix;

    @BeforeEach
    void setUp() throws Exception {
        prefix = "sh_" + UUID.randomUUID().toString().substring(0, 6);
        config = Files.createTempFile("retort-shop", ".yaml");
        Files.writeString(config, """
                dialect: h2
                dataSources:
                  ds0: { url: "jdbc:h2:mem:%1$s_0;DB_CLOSE_DELAY=-1" }
                  ds1: { url: "jdbc:h2:mem:%1$s_1;DB_CLOSE_DELAY=-1" }
                  ds2: { url: "jdbc:h2:mem:%1$s_2;DB_CLOSE_DELAY=-1" }
                  ds3: { url: "jdbc:h2:mem:%1$s_3;DB_CLOSE_DELAY=-1" }
                sharding:
                  defaultDataSource: ds0
                  tables:
                    orders:
                      key: customer_id
                      nodes: "ds${0..3}.orders_${0..1}"
                      algorithm: { type: mod }
                    order_items: { key: customer_id, bindTo: orders }
                  broadcast: [countries]
                """.formatted(prefix));
        ds = new RetortDataSource();
        ds.setUrl("jdbc:retort:config:" + config);
    }

    @AfterEach
    void tearDown() throws Exception {
        ds.close();
        Files.deleteIfExists(config);
    }

    @Test
    void routesMergesAndExplains() throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL, amount INT, status VARCHAR(10))");
            st.execute("CREATE TABLE countries (code VARCHAR(2) PRIMARY KEY, name VARCHAR(40))");
            st.executeUpdate("INSERT INTO countries VALUES ('FR', 'France'), ('DE', 'Germany')");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders (id, customer_id, amount, status) VALUES (?, ?, ?, ?)")) {
                for (int i = 1; i <= 40; i++) {
                    ps.setInt(1, i);
                    ps.setInt(2, i % 10);
                    ps.setInt(3, i * 10);
                    ps.setString(4, i % 4 == 0 ? "returned" : "shipped");
                    assertThat(ps.executeUpdate()).isEqualTo(1);
                }
            }
            // each physical table got its rows: customer_id mod 8 nodes
            for (int d = 0; d < 4; d++) {
                try (Connection raw = DriverManager.getConnection("jdbc:h2:mem:" + prefix + "_" + d);
                        Statement rst = raw.createStatement();
                        ResultSet rs = rst.executeQuery("SELECT COUNT(*) FROM orders_0")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(0);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM orders WHERE customer_id = ? ORDER BY id")) {
                ps.setInt(1, 3);
                assertThat(ints(ps.executeQuery())).containsExactly(3, 13, 23, 33);
            }
            assertThat(ints(st.executeQuery("SELECT id FROM orders ORDER BY amount DESC LIMIT 3"))).containsExactly(40, 39, 38);
            assertThat(ints(st.executeQuery("SELECT id FROM orders ORDER BY id LIMIT 2 OFFSET 5"))).containsExactly(6, 7);
            assertThat(ints(st.executeQuery("SELECT COUNT(*) FROM orders"))).containsExactly(40);
            assertThat(ints(st.executeQuery("SELECT SUM(amount) FROM orders WHERE status = 'returned'"))).containsExactly(2200);
            try (ResultSet rs = st.executeQuery("SELECT status, COUNT(*), AVG(amount) FROM orders GROUP BY status ORDER BY status")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("returned");
                assertThat(rs.getInt(2)).isEqualTo(10);
                assertThat(rs.getDouble(3)).isEqualTo(220.0);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("shipped");
                assertThat(rs.getInt(2)).isEqualTo(30);
                assertThat(rs.next()).isFalse();
            }
            assertThat(ints(st.executeQuery("SELECT COUNT(*) FROM countries"))).containsExactly(2);
            try (ResultSet rs = st.executeQuery("EXPLAIN ROUTE SELECT * FROM orders WHERE customer_id = 5")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("data_source")).isEqualTo("ds2");
                assertThat(rs.getString("sql")).contains("orders_1");
                assertThat(rs.next()).isFalse();
            }
            try (ShardHint.Scope s = ShardHint.use("ds1")) {
                assertThat(ints(st.executeQuery("SELECT COUNT(*) FROM orders"))).containsExactly(8); // customers 2 and 3
            }
        }
    }

    @Test
    void aTransactionSpansShardsAndRollsBackEverywhere() throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL, amount INT, status VARCHAR(10))");
            c.setAutoCommit(false);
            st.executeUpdate("INSERT INTO orders VALUES (1, 1, 10, 'a'), (2, 2, 20, 'b'), (3, 3, 30, 'c')");
            assertThat(ints(st.executeQuery("SELECT COUNT(*) FROM orders"))).containsExactly(3);
            c.rollback();
            assertThat(ints(st.executeQuery("SELECT COUNT(*) FROM orders"))).containsExactly(0);
            st.executeUpdate("INSERT INTO orders VALUES (4, 4, 40, 'd'), (5, 5, 50, 'e')");
            c.commit();
            c.setAutoCommit(true);
            assertThat(ints(st.executeQuery("SELECT id FROM orders ORDER BY id"))).containsExactly(4, 5);
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO orders VALUES (4, 4, 1, 'dup')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("data source ds2") // customer 4: node 4 of 8, ds2.orders_0
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
        }
    }

    private static List<Integer> ints(ResultSet rs) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }
}
