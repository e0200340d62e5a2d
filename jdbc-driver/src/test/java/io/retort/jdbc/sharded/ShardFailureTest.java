package io.retort.jdbc.sharded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A unit that fails cancels the others: four PostgreSQL shards where {@code probe()} fails at once
 * on ds1 and sleeps for a minute everywhere else. The application must get ds1's error (named,
 * with its SQLState) with the other shards' statements cancelled, not after they finish.
 */
class ShardFailureTest {

    @Test
    void theFirstFailureCancelsTheOtherShardsAndNamesItsDataSource() throws Exception {
        try (ShardFixture shards = ShardFixture.create("unitfail", List.of(ShardFixture.Kind.POSTGRES,
                ShardFixture.Kind.POSTGRES, ShardFixture.Kind.POSTGRES, ShardFixture.Kind.POSTGRES), """
                sharding:
                  tables:
                    orders: { key: customer_id, nodes: "ds${0..3}.orders", algorithm: mod }
                """)) {
            for (ShardFixture.Shard s : shards.shards()) {
                try (Connection raw = s.connect(); Statement st = raw.createStatement()) {
                    st.execute("CREATE TABLE orders (id INT, customer_id INT)");
                    st.execute("INSERT INTO orders VALUES (1, " + s.name().substring(2) + ")");
                    String body = s.name().equals("ds1")
                            ? "RAISE EXCEPTION 'probe failed on purpose' USING ERRCODE = '22012'; RETURN 0;"
                            : "PERFORM pg_sleep(60); RETURN 1;";
                    st.execute("CREATE FUNCTION probe(x INT) RETURNS INT LANGUAGE plpgsql AS $$ BEGIN " + body + " END $$");
                }
            }
            try (Connection c = shards.connect(); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.executeQuery("SELECT probe(customer_id) FROM orders"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("data source ds1")
                        .hasMessageContaining("probe failed on purpose")
                        .satisfies(e -> {
                            assertThat(((SQLException) e).getSQLState()).isEqualTo("22012");
                            // the sleeping shards were cancelled (PostgreSQL: 57014 query_canceled), not waited for;
                            // a shard whose statement had not reached the server yet is stopped before it runs (no error)
                            assertThat(Arrays.stream(e.getSuppressed()).map(s -> ((SQLException) s).getSQLState()))
                                    .isNotEmpty().allMatch("57014"::equals);
                            assertThat(Arrays.stream(e.getSuppressed()).map(Throwable::getMessage))
                                    .allSatisfy(m -> assertThat(m).containsAnyOf("data source ds0", "data source ds2",
                                            "data source ds3"));
                        });
                assertThat(c.isValid(5)).isTrue();
                try (var rs = st.executeQuery("SELECT count(*) FROM orders")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("the connection is usable after the failure").isEqualTo(4);
                }
            }
        }
    }
}
