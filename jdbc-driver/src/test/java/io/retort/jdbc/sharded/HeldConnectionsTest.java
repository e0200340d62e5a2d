package io.retort.jdbc.sharded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.events.PoolEvent;
import io.retort.events.PoolObserver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code connections: { mode: held }}: a logical connection keeps one real connection per data
 * source and reuses its physical statements, and behaves exactly as in per-statement mode
 * otherwise: transactions, read-only, a second statement while results are open, statements
 * prepared before a table changed, a connection the server dropped. Two PostgreSQL and two MariaDB
 * shards on the local servers.
 */
class HeldConnectionsTest {

    private static final String CONFIG = """
            connections: { mode: held, statementCache: 2 }
            sharding:
              tables:
                orders: { key: customer_id, nodes: "ds${0..3}.orders", algorithm: mod }
            """;

    private final AtomicInteger checkouts = new AtomicInteger();
    private final AtomicInteger checkins = new AtomicInteger();
    private ShardFixture shards;

    @BeforeEach
    void setUp() throws Exception {
        shards = ShardFixture.create("held", List.of(ShardFixture.Kind.POSTGRES, ShardFixture.Kind.POSTGRES,
                ShardFixture.Kind.MARIADB, ShardFixture.Kind.MARIADB), CONFIG);
        shards.dataSource().listen(new PoolObserver() {
            @Override
            public void onCheckout(PoolEvent event) {
                checkouts.incrementAndGet();
            }

            @Override
            public void onCheckin(PoolEvent event) {
                checkins.incrementAndGet();
            }
        });
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL, total INT NOT NULL)");
            st.executeUpdate("INSERT INTO orders VALUES (1, 0, 10), (2, 1, 20), (3, 2, 30), (4, 3, 40), (5, 4, 50)");
        }
        checkouts.set(0);
        checkins.set(0);
    }

    @AfterEach
    void tearDown() throws Exception {
        shards.close();
    }

    @Test
    void aLogicalConnectionBorrowsEachDataSourceOnceAndGivesAllBackWhenItCloses() throws SQLException {
        try (Connection c = shards.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT total FROM orders WHERE customer_id = ?")) {
            for (int i = 0; i < 40; i++) {
                ps.setInt(1, i % 5);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo((i % 5 + 1) * 10);
                }
            }
            assertThat(checkouts.get()).as("one real connection per data source, kept").isEqualTo(4);
            assertThat(checkins.get()).isZero();
        }
        assertThat(checkins.get()).as("closing the logical connection returns what it held").isEqualTo(4);
    }

    @Test
    void aSecondStatementWhileResultsAreOpenBorrowsItsOwnConnection() throws SQLException {
        try (Connection c = shards.connect(); Statement a = c.createStatement(); Statement b = c.createStatement()) {
            ResultSet first = a.executeQuery("SELECT id FROM orders ORDER BY id"); // holds every data source's connection
            assertThat(first.next()).isTrue();
            try (ResultSet second = b.executeQuery("SELECT count(*) FROM orders")) {
                assertThat(second.next()).isTrue();
                assertThat(second.getInt(1)).isEqualTo(5);
            }
            int seen = 1;
            while (first.next()) {
                seen++;
            }
            assertThat(seen).isEqualTo(5);
            first.close();
            assertThat(checkouts.get() - checkins.get()).as("the extra connections went back; the held ones stay")
                    .isEqualTo(4);
        }
        assertThat(checkins.get()).isEqualTo(checkouts.get());
    }

    @Test
    void transactionsCommitAndRollBackOnTheHeldConnections() throws SQLException {
        try (Connection c = shards.connect(); Connection other = shards.connect();
                PreparedStatement insert = c.prepareStatement("INSERT INTO orders VALUES (?, ?, 0)")) {
            c.setAutoCommit(false);
            insert.setInt(1, 10);
            insert.setInt(2, 10);
            insert.executeUpdate();
            insert.setInt(1, 11);
            insert.setInt(2, 11);
            insert.executeUpdate();
            c.rollback();
            assertThat(count(other)).isEqualTo(5);
            insert.setInt(1, 12);
            insert.setInt(2, 12);
            insert.executeUpdate();
            c.commit();
            assertThat(count(other)).isEqualTo(6);
            c.setAutoCommit(true);
            insert.setInt(1, 13);
            insert.setInt(2, 13);
            insert.executeUpdate(); // auto-commit again: visible at once, on the same held connections
            assertThat(count(other)).isEqualTo(7);
        }
    }

    @Test
    void streamingAndMultiShardWritesLeaveTheHeldConnectionsInAutoCommit() throws SQLException {
        try (Connection c = shards.connect(); Connection other = shards.connect(); Statement st = c.createStatement()) {
            st.setFetchSize(2); // PostgreSQL streams inside a read transaction of its own
            int rows = 0;
            try (ResultSet rs = st.executeQuery("SELECT id FROM orders ORDER BY id")) {
                while (rs.next()) {
                    rows++;
                }
            }
            assertThat(rows).isEqualTo(5);
            st.setFetchSize(0);
            // a write on every shard runs atomically (a transaction of its own), then auto-commit again
            assertThat(st.executeUpdate("UPDATE orders SET total = total + 1")).isEqualTo(5);
            assertThat(st.executeUpdate("INSERT INTO orders VALUES (20, 2, 0)")).isEqualTo(1);
            try (Statement check = other.createStatement();
                    ResultSet rs = check.executeQuery("SELECT count(*), sum(total) FROM orders")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the insert is committed").isEqualTo(6);
                assertThat(rs.getInt(2)).as("the update is committed").isEqualTo(155);
            }
        }
    }

    @Test
    void readOnlyIsSetAndClearedOnTheHeldConnection() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE orders SET total = total + 1 WHERE customer_id = 0"); // held now
            c.setAutoCommit(false); // pgjdbc applies read-only to transactions only
            c.setReadOnly(true);
            assertThatThrownBy(() -> st.executeUpdate("UPDATE orders SET total = total + 1 WHERE customer_id = 0"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ds0");
            c.rollback();
            c.setReadOnly(false);
            assertThat(st.executeUpdate("UPDATE orders SET total = total + 1 WHERE customer_id = 0")).isEqualTo(1);
            c.commit();
        }
    }

    @Test
    void statementsPreparedBeforeATableChangedArePreparedAgain() throws SQLException {
        try (Connection c = shards.connect(); PreparedStatement select = c.prepareStatement(
                "SELECT * FROM orders WHERE customer_id = ?")) {
            for (int i = 0; i < 10; i++) { // past pgjdbc's prepareThreshold: a server-side prepared statement
                select.setInt(1, 0);
                try (ResultSet rs = select.executeQuery()) {
                    assertThat(rs.getMetaData().getColumnCount()).isEqualTo(3);
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE orders ADD COLUMN note VARCHAR(20)");
            }
            select.setInt(1, 0);
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getMetaData().getColumnCount()).isEqualTo(4);
            }
        }
    }

    @Test
    void moreStatementsThanTheCacheHoldsStillRunCorrectly() throws SQLException {
        try (Connection c = shards.connect()) {
            for (int round = 0; round < 3; round++) {
                for (int k = 0; k < 5; k++) {
                    // five shapes over a cache of two per connection: evicted ones are closed and prepared again
                    String sql = "SELECT total + " + k + " FROM orders WHERE customer_id = ?";
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setInt(1, k);
                        try (ResultSet rs = ps.executeQuery()) {
                            assertThat(rs.next()).isTrue();
                            assertThat(rs.getInt(1)).isEqualTo((k + 1) * 10 + k);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aReusedPhysicalStatementKeepsNoParameterFromItsLastExecution() throws SQLException {
        try (Connection c = shards.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM orders WHERE customer_id = ? AND total >= ?")) {
            ps.setInt(1, 1);
            ps.setInt(2, 20);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
            ps.clearParameters();
            ps.setInt(1, 1); // the second one forgotten: the cached physical statement must not still have 20
            assertThatThrownBy(ps::executeQuery).isInstanceOf(SQLException.class).hasMessageContaining("ds1");
        }
    }

    @Test
    void aHeldConnectionTheServerDroppedIsReplaced() throws Exception {
        try (Connection c = shards.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT total FROM orders WHERE customer_id = ?")) {
            ps.setInt(1, 0);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
            }
            ShardFixture.Shard ds0 = shards.shard("ds0");
            try (Connection admin = ds0.database().server().connectAdmin(); PreparedStatement kill = admin.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                kill.setString(1, ds0.database().name());
                kill.executeQuery().close();
            }
            for (int i = 0; i < 100 && !shards.openSessions().stream().filter(s -> s.startsWith("ds0=")).toList().isEmpty(); i++) {
                Thread.sleep(50); // the server ends the sessions a moment later
            }
            assertThatThrownBy(ps::executeQuery).as("the held connection is gone").isInstanceOf(SQLException.class)
                    .hasMessageContaining("ds0");
            // The pool may hand out other connections the server ended too (it validates only those idle
            // for a while): each failure throws one away, and the pool has at most six.
            Integer total = null;
            for (int attempt = 0; attempt < 7 && total == null; attempt++) {
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    total = rs.getInt(1);
                } catch (SQLException broken) {
                    assertThat(broken.getSQLState()).isIn("57P01", "08006", "08003");
                }
            }
            assertThat(total).as("a fresh connection replaces the dropped one").isEqualTo(10);
        }
    }

    private static int count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM orders")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
