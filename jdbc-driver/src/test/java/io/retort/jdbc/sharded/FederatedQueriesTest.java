package io.retort.jdbc.sharded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.events.StatementObserver;
import io.retort.events.RouteEvent;
import io.retort.events.RouteTarget;
import io.retort.testkit.TestDatabase;
import io.retort.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Federation ({@code sharding.federation: true}): the {@link Shop} plus {@code skus}, a table sharded
 * by its own key and bound to nothing, on four shards (subclasses choose the databases) and in one
 * plain PostgreSQL database. Queries the router refuses (joins of unbound tables, subqueries over other shards, the
 * oracle's refusals) must give the plain database's results through Calcite, or stay refused with
 * Calcite's reason; never a wrong answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FederatedQueriesTest {

    private static final String SHARDING = Shop.SHARDING.replace("  broadcast: [countries]\n", """
                skus: { key: sku, nodes: "ds${0..3}.skus", algorithm: hash-mod }
                sku_items: { key: sku, nodes: "ds${0..3}.sku_items", algorithm: hash-mod }
              broadcast: [countries]
              federation: true
            """);

    /** Queries the router alone refuses; federation answers them. Ordered ones end with ORDER BY on unique columns. */
    private static final List<String> FEDERATED = List.of(
            "SELECT i.sku, k.category, sum(i.qty) AS qty FROM order_items i JOIN skus k ON k.sku = i.sku"
                    + " GROUP BY i.sku, k.category ORDER BY i.sku",
            "SELECT k.category, count(*), sum(i.qty * i.price) FROM order_items i JOIN skus k ON k.sku = i.sku"
                    + " WHERE i.customer_id = 7 GROUP BY k.category ORDER BY k.category",
            "SELECT k.sku, k.name FROM skus k WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.sku = k.sku"
                    + " AND i.qty > 4) ORDER BY k.sku",
            "SELECT c.name, k.category FROM customers c JOIN orders o ON o.customer_id = c.customer_id"
                    + " JOIN order_items i ON i.order_id = o.id AND i.customer_id = o.customer_id JOIN skus k ON k.sku = i.sku"
                    + " WHERE c.customer_id IN (3, 4, 5) AND o.status = 'shipped' ORDER BY c.name, k.category, i.id",
            "SELECT id FROM orders WHERE amount > (SELECT avg(amount) FROM orders) ORDER BY id",
            "SELECT id, row_number() OVER (ORDER BY id) FROM orders ORDER BY id",
            "SELECT string_agg(status, ',' ORDER BY id) FROM orders WHERE customer_id = 3",
            "SELECT customer_id FROM orders INTERSECT SELECT customer_id FROM customers WHERE tier = 2 ORDER BY 1",
            "SELECT sum(DISTINCT qty) FROM order_items",
            "SELECT k.code, count(c.customer_id) FROM countries k LEFT JOIN customers c ON c.country = k.code"
                    + " GROUP BY k.code ORDER BY k.code",
            "SELECT k.category, avg(i.price), avg(i.qty), min(i.price), max(k.name) FROM order_items i JOIN skus k"
                    + " ON k.sku = i.sku GROUP BY k.category ORDER BY k.category NULLS FIRST",
            // the differential oracle's refusals (OracleQueries.REFUSALS) that Calcite answers
            "SELECT string_agg(status, ',') IS NULL FROM orders",
            "SELECT status, count(*) FROM orders GROUP BY ROLLUP (status) ORDER BY 1 NULLS FIRST",
            "SELECT * FROM (SELECT id FROM orders ORDER BY id LIMIT 10) t",
            "SELECT md5(CAST(sum(amount) AS TEXT)) FROM orders",
            "SELECT status, avg(amount), avg(qty) FROM orders JOIN order_items i ON i.order_id = orders.id"
                    + " AND i.customer_id = orders.customer_id GROUP BY status HAVING count(*) > 10 ORDER BY status"
                    + " FETCH FIRST 2 ROWS ONLY");

    /** The databases of the shards, ds0 first. */
    abstract List<ShardFixture.Kind> kinds();

    private ShardFixture shards;
    private TestDatabase reference;
    private Connection plain;
    private Connection sharded;
    private final List<RouteEvent> routes = new ArrayList<>();

    @BeforeAll
    void load() throws Exception {
        String purpose = getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        shards = ShardFixture.create(purpose, kinds(), SHARDING);
        shards.dataSource().listen(new StatementObserver() {
            @Override
            public void afterRoute(RouteEvent event) {
                synchronized (routes) {
                    routes.add(event);
                }
            }
        });
        reference = TestDatabases.postgres().create(purpose + "_ref");
        plain = reference.connect();
        sharded = shards.connect();
        for (Connection c : List.of(plain, sharded)) {
            Shop.load(c);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE skus (sku VARCHAR(20) PRIMARY KEY, name VARCHAR(40) NOT NULL, category VARCHAR(20))");
                StringBuilder rows = new StringBuilder();
                for (int k = 0; k < 25; k++) {
                    rows.append(k == 0 ? "" : ", ").append("('sku").append(k).append("', 'item ").append(k).append("', ")
                            .append(k % 7 == 0 ? "NULL" : "'cat" + k % 4 + "'").append(')');
                }
                st.executeUpdate("INSERT INTO skus (sku, name, category) VALUES " + rows);
                st.execute("CREATE TABLE sku_items (sku VARCHAR(20) NOT NULL, item_id BIGINT NOT NULL, qty INT NOT NULL)");
            }
        }
    }

    @AfterAll
    void close() throws Exception {
        ShardFixture.closeAll(sharded, plain, shards, reference);
    }

    @TestFactory
    Stream<DynamicTest> federatedQueriesGiveThePlainDatabasesResults() {
        return FEDERATED.stream().map(sql -> DynamicTest.dynamicTest(sql, () -> {
            ResultRows expected = ResultRows.query(plain, sql, List.of());
            ResultRows actual = ResultRows.query(sharded, sql, List.of());
            assertThat(actual.labels()).as("column labels").isEqualTo(expected.labels());
            if (sql.contains("ORDER BY")) {
                assertThat(actual.rows()).as("rows, in order").containsExactlyElementsOf(expected.rows());
            } else {
                assertThat(actual.sorted()).as("rows").containsExactlyElementsOf(expected.sorted());
            }
        }));
    }

    @Test
    void aConditionOnTheShardingKeyRoutesTheScanToItsShard() throws SQLException {
        String sql = "SELECT k.category, count(*) FROM order_items i JOIN skus k ON k.sku = i.sku"
                + " WHERE i.customer_id = ? GROUP BY k.category ORDER BY k.category";
        ResultRows expected = ResultRows.query(plain, sql, List.of(7));
        synchronized (routes) {
            routes.clear();
        }
        ResultRows actual = ResultRows.query(sharded, sql, List.of(7));
        assertThat(actual.rows()).containsExactlyElementsOf(expected.rows());
        Set<String> itemScans = new TreeSet<>();
        Set<String> skuScans = new TreeSet<>();
        synchronized (routes) {
            for (RouteEvent r : routes) {
                if (r.statement().sql().contains("1 = 0")) {
                    continue; // reading the columns (once per table, cached)
                }
                for (RouteTarget t : r.targets()) {
                    (r.statement().sql().contains("order_items") ? itemScans : skuScans).add(t.dataSource());
                }
            }
        }
        assertThat(itemScans).as("the order_items scan carries customer_id = 7").hasSize(1);
        assertThat(skuScans).as("skus has no condition: every shard").hasSize(4);
    }

    @Test
    void aPlanIsRunAgainWithOtherValuesAndWhileItsFirstRowsAreStillOpen() throws SQLException {
        String sql = "SELECT i.id, k.name FROM order_items i JOIN skus k ON k.sku = i.sku WHERE i.customer_id = ?"
                + " AND i.qty >= ? ORDER BY i.id";
        try (java.sql.PreparedStatement first = sharded.prepareStatement(sql);
                java.sql.PreparedStatement second = sharded.prepareStatement(sql)) {
            for (int customer : new int[] {3, 8, 3}) {
                first.setInt(1, customer);
                first.setInt(2, 2);
                try (java.sql.ResultSet open = first.executeQuery()) {
                    second.setInt(1, customer + 1);
                    second.setInt(2, 3);
                    try (java.sql.ResultSet rs = second.executeQuery()) { // the first plan is busy: a second one
                        assertThat(ResultRows.read(rs).rows())
                                .isEqualTo(ResultRows.query(plain, sql, List.of(customer + 1, 3)).rows());
                    }
                    assertThat(ResultRows.read(open).rows()).isEqualTo(ResultRows.query(plain, sql, List.of(customer, 2)).rows());
                }
            }
        }
    }

    @Test
    void explainRouteShowsCalcitesPlanWithTheScans() throws SQLException {
        ResultRows plan = ResultRows.query(sharded, "EXPLAIN ROUTE SELECT k.category, count(*) FROM order_items i"
                + " JOIN skus k ON k.sku = i.sku WHERE i.customer_id = ? GROUP BY k.category", List.of(7));
        assertThat(plan.labels()).containsExactly("data_source", "sql", "parameters");
        assertThat(plan.rows()).allSatisfy(row -> assertThat(row.get(0)).isEqualTo("(federation)"));
        List<String> lines = plan.rows().stream().map(row -> (String) row.get(1)).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("order_items").contains("?0"))
                .anySatisfy(l -> assertThat(l).contains("skus"))
                .anySatisfy(l -> assertThat(l).containsIgnoringCase("join"));
    }

    @Test
    void whatCalciteCannotRunStaysRefusedWithBothReasons() {
        assertThatThrownBy(() -> ResultRows.query(sharded,
                "SELECT DISTINCT ON (k.category) k.category, i.sku FROM order_items i JOIN skus k ON k.sku = i.sku"
                        + " ORDER BY k.category, i.sku", List.of()))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("not bound")
                .hasMessageContaining("federation (Apache Calcite) cannot run this statement")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("0A000"));
        assertThatThrownBy(() -> ResultRows.query(sharded, "SELECT id FROM orders ORDER BY amount FETCH FIRST 3 ROWS WITH TIES",
                List.of()))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("WITH TIES over several shards")
                .hasMessageContaining("federation (Apache Calcite) cannot run this statement: Encountered \"WITH\"");
    }

    /** A view on ds0 (an unconfigured table: the default data source) that takes 5 s per row, joined with a sharded table. */
    private static final String SLOW = "SELECT v.code, count(*) FROM slow_countries v JOIN skus k ON k.category = v.code"
            + " GROUP BY v.code";

    private void createSlowView() throws SQLException {
        try (Connection raw = shards.shard("ds0").connect(); Statement st = raw.createStatement()) {
            st.execute("CREATE OR REPLACE FUNCTION slow_code(c TEXT) RETURNS TEXT LANGUAGE plpgsql AS"
                    + " $$ BEGIN PERFORM pg_sleep(5); RETURN c; END $$");
            st.execute("CREATE OR REPLACE VIEW slow_countries AS SELECT slow_code(code) AS code, name FROM countries");
        }
    }

    @Test
    void theQueryTimeoutReachesTheScans() throws SQLException {
        createSlowView();
        try (Statement st = sharded.createStatement()) {
            st.setQueryTimeout(1);
            assertThatThrownBy(() -> st.executeQuery(SLOW)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("57014"));
        }
        assertThat(ResultRows.query(sharded, "SELECT count(*) FROM skus", List.of()).rows()).hasSize(1); // still usable
    }

    @Test
    void cancelStopsAFederatedQuery() throws Exception {
        createSlowView();
        try (Statement st = sharded.createStatement()) {
            Thread canceller = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(500);
                    st.cancel();
                } catch (InterruptedException | SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThatThrownBy(() -> st.executeQuery(SLOW)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("57014"));
            canceller.join();
        }
    }

    /** Calcite computes rows as they are read: its errors, and the scans', arrive as SQLExceptions. */
    @Test
    void errorsWhileRowsAreReadAreSqlExceptions() {
        assertThatThrownBy(() -> ResultRows.query(sharded, "SELECT i.id, 100 / (i.id - 12000) FROM order_items i"
                + " JOIN skus k ON k.sku = i.sku", List.of()))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22012"));
    }

    @Test
    void updatesAndDeletesAreNotFederated() {
        assertThatThrownBy(() -> ResultRows.update(sharded,
                "UPDATE order_items SET qty = qty + 1 WHERE sku IN (SELECT sku FROM skus WHERE category = 'cat1')", List.of()))
                .isInstanceOf(SQLFeatureNotSupportedException.class);
    }

    /** order_items is sharded by customer_id, sku_items by sku: no row read lives where its copy goes. */
    @Test
    void insertSelectAcrossShardKeysCopiesRowByRowInOneTransaction() throws SQLException {
        String copy = "INSERT INTO sku_items (sku, item_id, qty) SELECT sku, id, qty FROM order_items WHERE customer_id IN (?, ?)";
        String all = "INSERT INTO sku_items SELECT i.sku, i.id, i.qty FROM order_items i JOIN skus k ON k.sku = i.sku"
                + " WHERE k.category = 'cat2'";
        String check = "SELECT sku, item_id, qty FROM sku_items ORDER BY item_id";
        try {
            assertThat(ResultRows.update(sharded, copy, List.of(3, 4))).isEqualTo(ResultRows.update(plain, copy, List.of(3, 4)));
            assertThat(ResultRows.update(sharded, all, List.of())).isEqualTo(ResultRows.update(plain, all, List.of()));
            assertThat(ResultRows.query(sharded, check, List.of()).rows())
                    .isNotEmpty().isEqualTo(ResultRows.query(plain, check, List.of()).rows());
            // each row went to the shard of its sku: a point query by sku finds it
            assertThat(ResultRows.query(sharded, "SELECT count(*) FROM sku_items WHERE sku = 'sku3'", List.of()).rows())
                    .isEqualTo(ResultRows.query(plain, "SELECT count(*) FROM sku_items WHERE sku = 'sku3'", List.of()).rows());
            // a failure leaves nothing: the SELECT returns one column too many; a NULL qty fails on its shard after
            // rows for other shards were written in the same transaction
            assertThatThrownBy(() -> ResultRows.update(sharded,
                    "INSERT INTO sku_items (sku, item_id) SELECT sku, id, qty FROM order_items WHERE customer_id = 5", List.of()))
                    .isInstanceOf(SQLException.class).hasMessageContaining("writes 2 columns but its SELECT returns 3");
            assertThatThrownBy(() -> ResultRows.update(sharded, "INSERT INTO sku_items SELECT sku, id + 100000,"
                    + " CASE WHEN id % 7 = 0 THEN NULL ELSE qty END FROM order_items WHERE customer_id IN (5, 6)", List.of()))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("23")); // PostgreSQL 23502, MariaDB 23000
            assertThat(ResultRows.query(sharded, check, List.of()).rows()).isEqualTo(ResultRows.query(plain, check, List.of()).rows());
        } finally {
            ResultRows.update(sharded, "DELETE FROM sku_items", List.of());
            ResultRows.update(plain, "DELETE FROM sku_items", List.of());
        }
    }
}
