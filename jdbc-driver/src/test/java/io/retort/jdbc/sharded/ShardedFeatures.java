package io.retort.jdbc.sharded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.jdbc.ShardHint;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sharded features end to end on real databases (subclasses choose them): the {@link Shop}
 * tables, created through the driver, and statements written in PostgreSQL's dialect. Where rows
 * land is checked on the shards themselves, through raw connections.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ShardedFeatures {

    private static final Pattern PHYSICAL_ORDERS = Pattern.compile("orders_(\\d)");

    ShardFixture shards;

    abstract List<ShardFixture.Kind> kinds();

    @BeforeAll
    void createSchema() throws Exception {
        shards = ShardFixture.create(getClass().getSimpleName().toLowerCase(Locale.ROOT), kinds(), Shop.SHARDING);
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            for (String ddl : Shop.DDL) {
                st.execute(ddl);
            }
            st.execute("CREATE TABLE audit_log (id SERIAL PRIMARY KEY, message VARCHAR(80) NOT NULL)");
        }
    }

    @AfterAll
    void dropShards() throws Exception {
        if (shards != null) {
            shards.close();
        }
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            for (String table : List.of("order_items", "orders", "customers", "countries", "audit_log")) {
                st.executeUpdate("DELETE FROM " + table);
            }
            st.executeUpdate("INSERT INTO countries (code, name, region) VALUES ('FR', 'france', 'europe'), ('JP', 'japan', 'asia')");
        }
    }

    // ---- where things are ----

    /** Where orders of {@code customer} live: data source and physical table, from EXPLAIN ROUTE. */
    record Node(String dataSource, String table) {}

    Node nodeOf(Connection c, int customer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN ROUTE SELECT * FROM orders WHERE customer_id = ?")) {
            ps.setInt(1, customer);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                Matcher m = PHYSICAL_ORDERS.matcher(rs.getString("sql"));
                assertThat(m.find()).as(rs.getString("sql")).isTrue();
                Node node = new Node(rs.getString("data_source"), "orders_" + m.group(1));
                assertThat(rs.next()).as("one node for one customer").isFalse();
                return node;
            }
        }
    }

    /** Two customers whose orders live on different data sources (of different databases when there are some). */
    int[] customersOnDifferentDataSources(Connection c) throws SQLException {
        Node first = nodeOf(c, 1);
        ShardFixture.Kind firstKind = shards.shard(first.dataSource()).kind();
        int fallback = -1;
        for (int other = 2; other < 200; other++) {
            Node n = nodeOf(c, other);
            if (!n.dataSource().equals(first.dataSource())) {
                if (shards.shard(n.dataSource()).kind() != firstKind) {
                    return new int[] {1, other};
                }
                if (fallback < 0) {
                    fallback = other;
                }
            }
        }
        return new int[] {1, fallback};
    }

    /** The ids of orders in one physical table, read on its shard directly. */
    List<Long> idsOn(Node node) throws SQLException {
        try (Connection raw = shards.shard(node.dataSource()).connect(); Statement st = raw.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM " + node.table() + " ORDER BY id")) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        }
    }

    long rawCount(String dataSource, String table) throws SQLException {
        try (Connection raw = shards.shard(dataSource).connect(); Statement st = raw.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<Long> longs(ResultSet rs) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    static long single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            long v = rs.getLong(1);
            assertThat(rs.next()).isFalse();
            return v;
        }
    }

    static void insertOrder(Statement st, long id, int customer) throws SQLException {
        st.executeUpdate("INSERT INTO orders (id, customer_id, amount, status, priority, paid, created, note) VALUES ("
                + id + ", " + customer + ", 10.50, 'new', 1, TRUE, DATE '2024-05-01', NULL)");
    }

    // ---- DDL ----

    @Test
    void ddlReachesEveryPhysicalTableAndBroadcastCopy() throws SQLException {
        for (ShardFixture.Shard s : shards.shards()) {
            for (String table : List.of("orders_0", "orders_1", "order_items_0", "order_items_1", "customers_0", "customers_1",
                    "countries")) {
                assertThat(rawCount(s.name(), table)).as(s.name() + "." + table).isGreaterThanOrEqualTo(0);
            }
        }
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE orders ADD COLUMN coupon VARCHAR(12)");
            try {
                insertOrder(st, 1, 3);
                assertThat(st.executeUpdate("UPDATE orders SET coupon = 'spring' WHERE customer_id = 3")).isEqualTo(1);
                for (ShardFixture.Shard s : shards.shards()) {
                    for (String table : List.of("orders_0", "orders_1")) {
                        try (Connection raw = s.connect(); Statement rst = raw.createStatement();
                                ResultSet rs = rst.executeQuery("SELECT coupon FROM " + table + " WHERE 1 = 0")) {
                            assertThat(rs.getMetaData().getColumnCount()).as(s.name() + "." + table).isEqualTo(1);
                        }
                    }
                }
            } finally {
                st.execute("ALTER TABLE orders DROP COLUMN coupon");
            }
        }
    }

    // ---- INSERT ----

    @Test
    void multiRowInsertSplitsAcrossShards() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            StringBuilder sql = new StringBuilder("INSERT INTO orders (id, customer_id, amount, status, paid, created) VALUES ");
            for (int customer = 1; customer <= 24; customer++) {
                sql.append(customer == 1 ? "" : ", ").append("(").append(customer * 100).append(", ").append(customer)
                        .append(", ").append(customer).append(".25, 'new', FALSE, DATE '2024-02-02')");
            }
            assertThat(st.executeUpdate(sql.toString())).isEqualTo(24);
            Set<String> dataSources = new HashSet<>();
            for (int customer = 1; customer <= 24; customer++) {
                Node node = nodeOf(c, customer);
                dataSources.add(node.dataSource());
                assertThat(idsOn(node)).as("customer " + customer + " on " + node).contains(customer * 100L);
            }
            assertThat(dataSources).as("24 customers spread over every data source").hasSize(shards.shards().size());
            assertThat(single(st, "SELECT count(*) FROM orders")).isEqualTo(24);
            assertThat(single(st, "SELECT sum(customer_id) FROM orders")).isEqualTo(300);
        }
    }

    @Test
    void keyGeneratorFillsAndReportsKeys() throws SQLException {
        try (Connection c = shards.connect()) {
            List<Long> keys;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders (customer_id, amount, status, paid, created)"
                    + " VALUES (?, 1.00, 'new', TRUE, DATE '2024-01-01'), (?, 2.00, 'new', FALSE, DATE '2024-01-02'),"
                    + " (?, 3.00, 'paid', TRUE, DATE '2024-01-03')", Statement.RETURN_GENERATED_KEYS)) {
                ps.setInt(1, 5);
                ps.setInt(2, 6);
                ps.setInt(3, 7);
                assertThat(ps.executeUpdate()).isEqualTo(3);
                keys = longs(ps.getGeneratedKeys());
            }
            assertThat(keys).hasSize(3).doesNotHaveDuplicates().isSorted();
            try (Statement st = c.createStatement()) {
                assertThat(st.executeUpdate("INSERT INTO orders (customer_id, amount, status, paid, created)"
                        + " VALUES (8, 4.00, 'new', TRUE, DATE '2024-01-04')", Statement.RETURN_GENERATED_KEYS)).isEqualTo(1);
                List<Long> more = longs(st.getGeneratedKeys());
                assertThat(more).hasSize(1);
                assertThat(more.get(0)).isGreaterThan(keys.get(2));
                insertOrder(st, 42, 9); // an explicit key is kept
                assertThat(longs(st.executeQuery("SELECT id FROM orders WHERE customer_id = 9"))).containsExactly(42L);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT customer_id, amount FROM orders WHERE id = ?")) {
                for (int i = 0; i < 3; i++) {
                    ps.setLong(1, keys.get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getInt(1)).isEqualTo(5 + i);
                        assertThat(rs.getBigDecimal(2)).isEqualByComparingTo(BigDecimal.valueOf(i + 1));
                    }
                }
            }
            // a table Retort does not shard: the database generates the key and the driver reports it
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (message) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, "first");
                ps.executeUpdate();
                List<Long> first = longs(ps.getGeneratedKeys());
                ps.setString(1, "second");
                ps.executeUpdate();
                List<Long> second = longs(ps.getGeneratedKeys());
                assertThat(first).hasSize(1);
                assertThat(second).hasSize(1);
                assertThat(second.get(0)).isGreaterThan(first.get(0));
            }
        }
    }

    // ---- SELECT routing ----

    @Test
    void pointInRangeAndScatterTouchTheNodesTheyNeed() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            assertThat(explained(st, "SELECT * FROM orders WHERE customer_id = 7")).hasSize(1);
            Set<Node> nodes = new HashSet<>();
            nodes.add(nodeOf(c, 7));
            nodes.add(nodeOf(c, 8));
            assertThat(explained(st, "SELECT * FROM orders WHERE customer_id IN (7, 8)")).hasSize(nodes.size());
            Set<Node> range = new HashSet<>();
            for (int customer = 10; customer <= 12; customer++) {
                range.add(nodeOf(c, customer));
            }
            assertThat(explained(st, "SELECT * FROM orders WHERE customer_id BETWEEN 10 AND 12")).hasSize(range.size());
            assertThat(explained(st, "SELECT * FROM orders WHERE status = 'new'")).hasSize(8);
            assertThat(explained(st, "SELECT * FROM countries")).hasSize(1);
        }
    }

    /** EXPLAIN ROUTE's rows: data source, SQL, parameters. */
    static List<List<String>> explained(Statement st, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("EXPLAIN ROUTE " + sql)) {
            while (rs.next()) {
                rows.add(List.of(rs.getString("data_source"), rs.getString("sql"), rs.getString("parameters")));
            }
        }
        return rows;
    }

    @Test
    void explainRouteShowsEachDatabasesSqlAndRunsNothing() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            insertOrder(st, 1, 3);
            List<List<String>> rows = explained(st, "DELETE FROM orders WHERE status = 'new'");
            assertThat(rows).hasSize(8);
            for (List<String> row : rows) {
                assertThat(row.get(1)).containsPattern("orders_[01]").doesNotContain("FROM orders ");
            }
            assertThat(single(st, "SELECT count(*) FROM orders")).as("EXPLAIN ROUTE ran nothing").isEqualTo(1);
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN ROUTE SELECT id FROM orders WHERE customer_id = ? AND status ILIKE ?")) {
                ps.setInt(1, 3);
                ps.setString(2, "NE%");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    String ds = rs.getString("data_source");
                    assertThat(rs.getString("parameters")).contains("3").contains("NE%");
                    String sql = rs.getString("sql");
                    if (shards.shard(ds).kind() == ShardFixture.Kind.MARIADB) {
                        assertThat(sql).doesNotContainIgnoringCase("ILIKE").containsIgnoringCase("LIKE");
                    } else {
                        assertThat(sql).containsIgnoringCase("ILIKE"); // PostgreSQL and H2 have it
                    }
                }
            }
        }
    }

    // ---- broadcast ----

    @Test
    void broadcastWritesGoEverywhereAndReadsToOne() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("INSERT INTO countries (code, name, region) VALUES ('BR', 'brazil', 'america')")).isEqualTo(1);
            for (ShardFixture.Shard s : shards.shards()) {
                assertThat(rawCount(s.name(), "countries")).as("countries on " + s.name()).isEqualTo(3);
            }
            assertThat(st.executeUpdate("UPDATE countries SET region = 'south america' WHERE code = 'BR'")).isEqualTo(1);
            assertThat(single(st, "SELECT count(*) FROM countries WHERE region = 'south america'")).isEqualTo(1);
            List<List<String>> read = explained(st, "SELECT * FROM countries WHERE code = 'BR'");
            assertThat(read).hasSize(1);
            assertThat(read.get(0).get(0)).isEqualTo("ds0");
            assertThat(explained(st, "DELETE FROM countries WHERE code = 'BR'")).hasSize(shards.shards().size());
            assertThat(st.executeUpdate("DELETE FROM countries WHERE code = 'BR'")).isEqualTo(1);
            for (ShardFixture.Shard s : shards.shards()) {
                assertThat(rawCount(s.name(), "countries")).as("countries on " + s.name()).isEqualTo(2);
            }
            if (shards.shards().stream().noneMatch(s -> s.kind() == ShardFixture.Kind.H2)) {
                // RETURNING (PostgreSQL, MariaDB): one copy's rows, as one database would return them
                try (ResultSet rs = st.executeQuery("DELETE FROM countries WHERE code = 'JP' RETURNING code, name")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString("name")).isEqualTo("japan");
                    assertThat(rs.next()).isFalse();
                }
                for (ShardFixture.Shard s : shards.shards()) {
                    assertThat(rawCount(s.name(), "countries")).as("countries on " + s.name()).isEqualTo(1);
                }
            }
        }
    }

    // ---- UPDATE / DELETE ----

    @Test
    void updateAndDeleteWithAndWithoutKey() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            for (int i = 1; i <= 16; i++) {
                insertOrder(st, i, i);
            }
            assertThat(st.executeUpdate("UPDATE orders SET status = 'paid' WHERE customer_id = 4")).isEqualTo(1);
            assertThat(st.executeUpdate("UPDATE orders SET status = 'shipped' WHERE id > 10")).isEqualTo(6);
            assertThat(st.executeUpdate("UPDATE orders SET amount = amount * 2 WHERE customer_id IN (1, 2, 3)")).isEqualTo(3);
            assertThat(single(st, "SELECT count(*) FROM orders WHERE amount = 21")).isEqualTo(3);
            assertThat(st.executeUpdate("DELETE FROM orders WHERE customer_id = 16")).isEqualTo(1);
            assertThat(st.executeUpdate("DELETE FROM orders WHERE status = 'shipped'")).isEqualTo(5);
            assertThat(st.executeUpdate("DELETE FROM orders WHERE customer_id = 999")).isZero();
            assertThat(longs(st.executeQuery("SELECT id FROM orders ORDER BY id"))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L,
                    8L, 9L, 10L);
            assertThat(single(st, "SELECT count(*) FROM orders WHERE status = 'paid'")).isEqualTo(1);
        }
    }

    @Test
    void updateOfTheKeyMovesTheRowToAnotherShard() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            int[] customers = customersOnDifferentDataSources(c);
            Node from = nodeOf(c, customers[0]);
            Node to = nodeOf(c, customers[1]);
            st.executeUpdate("INSERT INTO orders (id, customer_id, amount, status, priority, paid, created, note) VALUES"
                    + " (77, " + customers[0] + ", 12.34, 'paid', NULL, TRUE, DATE '2024-03-04', 'moving')");
            assertThat(idsOn(from)).containsExactly(77L);
            try (PreparedStatement ps = c.prepareStatement("UPDATE orders SET customer_id = ?, status = 'moved' WHERE customer_id = ?"
                    + " AND id = ?")) {
                ps.setInt(1, customers[1]);
                ps.setInt(2, customers[0]);
                ps.setLong(3, 77);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            assertThat(idsOn(from)).isEmpty();
            assertThat(idsOn(to)).containsExactly(77L);
            try (ResultSet rs = st.executeQuery("SELECT customer_id, amount, status, priority, paid, created, note FROM orders"
                    + " WHERE customer_id = " + customers[1])) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(customers[1]);
                assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("12.34");
                assertThat(rs.getString(3)).isEqualTo("moved");
                assertThat(rs.getObject(4)).isNull();
                assertThat(rs.getBoolean(5)).isTrue();
                assertThat(rs.getDate(6)).hasToString("2024-03-04");
                assertThat(rs.getString(7)).isEqualTo("moving");
                assertThat(rs.next()).isFalse();
            }
        }
    }

    // ---- transactions ----

    @Test
    void commitAndRollbackSpanShards() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            int[] customers = customersOnDifferentDataSources(c);
            c.setAutoCommit(false);
            insertOrder(st, 1, customers[0]);
            insertOrder(st, 2, customers[1]);
            assertThat(single(st, "SELECT count(*) FROM orders")).as("the transaction sees its own rows").isEqualTo(2);
            try (Connection other = shards.connect(); Statement ost = other.createStatement()) {
                assertThat(single(ost, "SELECT count(*) FROM orders")).as("others do not, before commit").isZero();
            }
            c.rollback();
            assertThat(single(st, "SELECT count(*) FROM orders")).isZero();
            insertOrder(st, 3, customers[0]);
            insertOrder(st, 4, customers[1]);
            c.commit();
            c.setAutoCommit(true);
            assertThat(longs(st.executeQuery("SELECT id FROM orders ORDER BY id"))).containsExactly(3L, 4L);
            assertThat(idsOn(nodeOf(c, customers[0]))).containsExactly(3L);
            assertThat(idsOn(nodeOf(c, customers[1]))).containsExactly(4L);
        }
    }

    @Test
    void savepointsSpanShards() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            int[] customers = customersOnDifferentDataSources(c);
            c.setAutoCommit(false);
            insertOrder(st, 1, customers[0]);
            Savepoint sp = c.setSavepoint("before_second");
            insertOrder(st, 2, customers[0]);
            insertOrder(st, 3, customers[1]); // a data source the transaction reaches after the savepoint
            c.rollback(sp);
            insertOrder(st, 4, customers[1]);
            c.commit();
            c.setAutoCommit(true);
            assertThat(longs(st.executeQuery("SELECT id FROM orders ORDER BY id"))).containsExactly(1L, 4L);
            // the same in SQL
            st.execute("BEGIN");
            insertOrder(st, 5, customers[1]);
            st.execute("SAVEPOINT s1");
            insertOrder(st, 6, customers[0]);
            st.execute("ROLLBACK TO SAVEPOINT s1");
            insertOrder(st, 7, customers[0]);
            st.execute("COMMIT");
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(longs(st.executeQuery("SELECT id FROM orders ORDER BY id"))).containsExactly(1L, 4L, 5L, 7L);
        }
    }

    // ---- hints ----

    @Test
    void hintsForceADataSource() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            for (int i = 1; i <= 40; i++) {
                insertOrder(st, i, i);
            }
            long onDs1 = rawCount("ds1", "orders_0") + rawCount("ds1", "orders_1");
            assertThat(onDs1).isPositive().isLessThan(40);
            try (ShardHint.Scope s = ShardHint.use("ds1")) {
                assertThat(single(st, "SELECT count(*) FROM orders")).isEqualTo(onDs1);
                assertThat(explained(st, "SELECT * FROM orders")).allSatisfy(row -> assertThat(row.get(0)).isEqualTo("ds1"));
            }
            assertThat(single(st, "SELECT count(*) FROM orders")).as("the scope ended").isEqualTo(40);
            assertThat(single(st, "/* retort: shard=ds1 */ SELECT count(*) FROM orders")).isEqualTo(onDs1);
            try (PreparedStatement ps = c.prepareStatement("-- retort: shard=ds1\nSELECT count(*) FROM orders WHERE status = ?")) {
                ps.setString(1, "new");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(onDs1);
                }
            }
            assertThatThrownBy(() -> st.executeQuery("/* retort: shard=ds9 */ SELECT count(*) FROM orders"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ds9")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42704"));
            int elsewhere = 1;
            while (nodeOf(c, elsewhere).dataSource().equals("ds1")) {
                elsewhere++;
            }
            int customer = elsewhere;
            try (ShardHint.Scope s = ShardHint.use("ds1")) {
                assertThatThrownBy(() -> insertOrder(st, 999, customer)).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22023"));
            }
        }
    }

    // ---- errors ----

    @Test
    void aShardsErrorKeepsItsSqlStateAndNamesTheDataSource() throws SQLException {
        try (Connection c = shards.connect(); Statement st = c.createStatement()) {
            insertOrder(st, 1, 3);
            String ds = nodeOf(c, 3).dataSource();
            assertThatThrownBy(() -> insertOrder(st, 1, 3)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("data source " + ds)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("23"));
            assertThat(single(st, "SELECT count(*) FROM orders")).as("the connection is still usable").isEqualTo(1);
        }
    }
}
