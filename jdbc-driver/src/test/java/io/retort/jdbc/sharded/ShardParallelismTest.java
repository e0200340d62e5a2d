package io.retort.jdbc.sharded;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.events.CursorEvent;
import io.retort.events.StatementObserver;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code connections: { parallelism: n }}: a statement over four data sources works on at most n of
 * them at once, the calling thread included (0: all at once). Checked by the threads the physical
 * statements run on (four H2 file shards).
 */
class ShardParallelismTest {

    @ParameterizedTest(name = "parallelism {0}")
    @CsvSource({"1, 1", "2, 2", "0, 4"})
    void aStatementUsesAtMostTheConfiguredNumberOfThreads(int parallelism, int expectedThreads) throws Exception {
        String yaml = "connections: { parallelism: " + parallelism + " }\n"
                + "sharding:\n  tables:\n    orders: { key: customer_id, nodes: \"ds${0..3}.orders\", algorithm: mod }\n";
        ShardFixture shards = ShardFixture.create("parallel", List.of(ShardFixture.Kind.H2, ShardFixture.Kind.H2,
                ShardFixture.Kind.H2, ShardFixture.Kind.H2), yaml);
        Map<String, Thread> threadByDataSource = new ConcurrentHashMap<>();
        shards.dataSource().listen(new StatementObserver() {
            @Override
            public void beforeCursorExecute(CursorEvent event) {
                threadByDataSource.put(event.dataSource(), Thread.currentThread());
            }
        });
        try (shards; Connection c = shards.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL)");
            st.executeUpdate("INSERT INTO orders VALUES (1, 0), (2, 1), (3, 2), (4, 3)");
            for (int round = 0; round < 5; round++) { // a hand-off may or may not be needed: look at several runs
                threadByDataSource.clear();
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM orders")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(4);
                }
                assertThat(threadByDataSource).hasSize(4);
                long threads = threadByDataSource.values().stream().distinct().count();
                assertThat(threads).as("threads used by one statement").isLessThanOrEqualTo(expectedThreads);
                if (parallelism == 1) {
                    assertThat(threadByDataSource.values()).as("no hand-off at all").containsOnly(Thread.currentThread());
                }
            }
        }
    }
}
