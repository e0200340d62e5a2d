package io.retort.jdbc.sharded;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real connections are borrowed only while a statement or transaction needs them, go back when
 * results, statements and connections close (whatever the application forgot to close), and are
 * all closed with the data source: checked on the servers (pg_stat_activity, MariaDB's processlist).
 */
class ConnectionHygieneTest {

    private static final String SHARDING = """
            sharding:
              tables:
                orders: { key: customer_id, nodes: "ds${0..3}.orders", algorithm: mod }
            """;

    @Test
    void connectionsAreBorrowedPerStatementAndAllClosedWithTheDataSource() throws Exception {
        ShardFixture shards = ShardFixture.create("hygiene", List.of(ShardFixture.Kind.POSTGRES, ShardFixture.Kind.POSTGRES,
                ShardFixture.Kind.MARIADB, ShardFixture.Kind.MARIADB), SHARDING);
        try (shards) {
            try (Connection c = shards.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL)");
                st.executeUpdate("INSERT INTO orders VALUES (1, 0), (2, 1), (3, 2), (4, 3)");
            }
            // Many more logical connections than the pools' six connections per data source: in
            // auto-commit none holds a real connection between statements, so none waits for one.
            List<Connection> open = new ArrayList<>();
            try {
                for (int i = 0; i < 20; i++) {
                    Connection c = shards.connect();
                    open.add(c);
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM orders")) {
                        rs.next();
                        assertThat(rs.getInt(1)).isEqualTo(4);
                    }
                }
            } finally {
                for (Connection c : open) {
                    c.close();
                }
            }
            // What the application forgets to close goes back when its owner closes.
            Connection careless = shards.connect();
            Statement st = careless.createStatement();
            ResultSet unread = st.executeQuery("SELECT id FROM orders ORDER BY id"); // holds one connection per data source
            assertThat(unread.next()).isTrue();
            careless.setAutoCommit(false);
            careless.createStatement().executeUpdate("INSERT INTO orders VALUES (5, 1)"); // an unfinished transaction
            st.close(); // closes the unread result, which returns its connections
            careless.close(); // rolls the transaction back and returns its connection
            try (Connection c = shards.connect(); Statement check = c.createStatement();
                    ResultSet rs = check.executeQuery("SELECT count(*) FROM orders")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the unfinished transaction was rolled back").isEqualTo(4);
            }
            assertThat(shards.openSessions()).as("the pools keep idle connections until the data source closes")
                    .isNotEmpty();
        } // ShardFixture.close(): the data source closes its pools, then no session may be left on any server
    }
}
