package io.retort.jdbc.sharded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Local-mode commit when one data source's commit fails: three PostgreSQL shards, the middle one
 * with a unique constraint checked only at commit (DEFERRABLE INITIALLY DEFERRED), so every
 * statement succeeds and its COMMIT fails. The exception must say which data sources committed
 * and which did not, keep PostgreSQL's SQLState, and leave the logical connection usable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalCommitFailureTest {

    private ShardFixture shards;

    @BeforeAll
    void createShards() throws Exception {
        shards = ShardFixture.create("commitfail", List.of(ShardFixture.Kind.POSTGRES, ShardFixture.Kind.POSTGRES,
                ShardFixture.Kind.POSTGRES), """
                sharding:
                  tables:
                    orders: { key: customer_id, nodes: "ds${0..2}.orders", algorithm: mod }
                """);
        for (ShardFixture.Shard s : shards.shards()) {
            try (Connection raw = s.connect(); Statement st = raw.createStatement()) {
                st.execute("CREATE TABLE orders (id INT NOT NULL, customer_id INT NOT NULL"
                        + (s.name().equals("ds1") ? ", CONSTRAINT orders_id_once UNIQUE (id) DEFERRABLE INITIALLY DEFERRED" : "")
                        + ")");
            }
        }
    }

    @AfterAll
    void close() throws Exception {
        if (shards != null) {
            shards.close();
        }
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM orders");
        }
    }

    private List<String> rows(Statement st) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT id, customer_id FROM orders ORDER BY id, customer_id")) {
            while (rs.next()) {
                out.add(rs.getInt(1) + "/" + rs.getInt(2));
            }
        }
        return out;
    }

    @Test
    void aFailedCommitSaysWhichDataSourcesCommitted() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeUpdate("INSERT INTO orders VALUES (1, 0)"); // ds0: reached first, commits first
            st.executeUpdate("INSERT INTO orders VALUES (7, 1)"); // ds1
            st.executeUpdate("INSERT INTO orders VALUES (7, 4)"); // ds1 again: the deferred constraint fails at commit
            st.executeUpdate("INSERT INTO orders VALUES (3, 2)"); // ds2: after the failing one
            assertThatThrownBy(c::commit).isInstanceOf(SQLException.class)
                    .hasMessageContaining("failed on data source ds1")
                    .hasMessageContaining("committed: ds0;")
                    .hasMessageContaining("not committed (rolled back): ds1, ds2")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
            // still usable: rollback is harmless, statements run, a new transaction commits
            c.rollback();
            assertThat(rows(st)).containsExactly("1/0");
            st.executeUpdate("INSERT INTO orders VALUES (8, 1)");
            st.executeUpdate("INSERT INTO orders VALUES (9, 2)");
            c.commit();
            c.setAutoCommit(true);
            assertThat(rows(st)).containsExactly("1/0", "8/1", "9/2");
        }
    }

    @Test
    void aMultiShardStatementInAutoCommitReportsTheSame() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO orders VALUES (5, 0), (6, 1), (6, 4), (7, 2)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("failed on data source ds1")
                    .hasMessageContaining("committed: ds0;")
                    .hasMessageContaining("not committed (rolled back): ds1, ds2")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
            assertThat(rows(st)).containsExactly("5/0");
            assertThat(st.executeUpdate("INSERT INTO orders VALUES (10, 1), (11, 2)")).isEqualTo(2);
            assertThat(rows(st)).containsExactly("5/0", "10/1", "11/2");
        }
    }
}
