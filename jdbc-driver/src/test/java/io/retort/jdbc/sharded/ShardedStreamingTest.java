package io.retort.jdbc.sharded;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Rows stream from PostgreSQL shards when the application sets a fetch size, also in auto-commit:
 * while the merged result is open, every shard's backend sits in a transaction with the query's
 * portal suspended (PostgreSQL's driver only uses a cursor inside a transaction; without one it
 * reads the whole result at once); closing the result commits that read transaction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShardedStreamingTest {

    private static final int PER_SHARD = 20_000;
    private static final String QUERY = "SELECT id, payload FROM events ORDER BY id";

    private ShardFixture shards;

    @BeforeAll
    void load() throws Exception {
        shards = ShardFixture.create("streaming", List.of(ShardFixture.Kind.POSTGRES, ShardFixture.Kind.POSTGRES,
                ShardFixture.Kind.POSTGRES, ShardFixture.Kind.POSTGRES), """
                sharding:
                  tables:
                    events: { key: customer_id, nodes: "ds${0..3}.events", algorithm: mod }
                """);
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE events (id BIGINT PRIMARY KEY, customer_id INT NOT NULL, payload VARCHAR(100) NOT NULL)");
        }
        for (int s = 0; s < 4; s++) {
            // Each shard's rows, made where they live (interleaved ids: the merge alternates between shards).
            try (Connection raw = shards.shard("ds" + s).connect(); Statement st = raw.createStatement()) {
                st.execute("INSERT INTO events SELECT g * 4 + " + s + ", " + s + ", repeat('x', 80) FROM generate_series(0, "
                        + (PER_SHARD - 1) + ") g");
            }
        }
    }

    @AfterAll
    void close() throws Exception {
        if (shards != null) {
            shards.close();
        }
    }

    /** The state of the sessions running {@link #QUERY} on each shard database. */
    private List<String> querySessions() throws SQLException {
        List<String> states = new ArrayList<>();
        for (ShardFixture.Shard s : shards.shards()) {
            try (Connection admin = s.database().server().connectAdmin();
                    PreparedStatement ps = admin.prepareStatement("SELECT state FROM pg_stat_activity WHERE datname = ?"
                            + " AND query LIKE 'SELECT id, payload FROM events%'")) {
                ps.setString(1, s.database().name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        states.add(s.name() + ":" + rs.getString(1));
                    }
                }
            }
        }
        return states;
    }

    @Test
    void aFetchSizeStreamsTheShardsRowsInAReadTransaction() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            assertThat(c.getAutoCommit()).isTrue();
            st.setFetchSize(100);
            long expected = 0;
            try (ResultSet rs = st.executeQuery(QUERY)) {
                assertThat(rs.next()).isTrue();
                assertThat(querySessions()).as("each shard holds an open cursor while the application reads")
                        .containsExactlyInAnyOrder("ds0:idle in transaction", "ds1:idle in transaction",
                                "ds2:idle in transaction", "ds3:idle in transaction");
                do {
                    assertThat(rs.getLong(1)).isEqualTo(expected++);
                } while (rs.next());
            }
            assertThat(expected).isEqualTo(4L * PER_SHARD);
            assertThat(querySessions()).as("closing the result committed the read transactions")
                    .allSatisfy(state -> assertThat(state).endsWith(":idle"));
        }
    }

    @Test
    void withoutAFetchSizeEachShardsResultIsReadAtOnce() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(QUERY)) {
            assertThat(rs.next()).isTrue();
            assertThat(querySessions()).as("no cursor: the shards' results were read whole")
                    .allSatisfy(state -> assertThat(state).endsWith(":idle"));
        }
    }

    @Test
    void insideATransactionTheTransactionIsNotCommittedByTheResult() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeUpdate("UPDATE events SET payload = 'changed' WHERE customer_id = 1 AND id = 1");
            st.setFetchSize(50);
            try (ResultSet rs = st.executeQuery("SELECT id, payload FROM events WHERE id < 8 ORDER BY id")) {
                while (rs.next()) {
                    assertThat(rs.getString(2)).isEqualTo(rs.getLong(1) == 1 ? "changed" : "x".repeat(80));
                }
            }
            c.rollback();
            try (ResultSet rs = st.executeQuery("SELECT payload FROM events WHERE customer_id = 1 AND id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("x".repeat(80));
            }
            c.commit();
        }
    }
}
