package io.retort.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import io.retort.jdbc.RetortDataSource;

/**
 * The sharded part of the demo: a shop whose orders are spread over four embedded H2 databases by
 * a YAML file, used through one {@code jdbc:retort:config:} URL; shows the route of a few statements
 * and the merged answers.
 */
final class ShardedDemo {

    private final PrintStream out;

    ShardedDemo(PrintStream out) {
        this.out = out;
    }

    void run() throws Exception {
        String prefix = "retort_demo_" + UUID.randomUUID().toString().substring(0, 6);
        Path yaml = Files.createTempFile("retort-demo-shop", ".yaml");
        try {
            Files.writeString(yaml, """
                    dialect: postgresql                 # the application writes PostgreSQL; the shards are H2
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
                          algorithm: { type: hash-mod }
                        order_items: { key: customer_id, bindTo: orders }
                        skus: { key: sku, nodes: "ds${0..3}.skus" }   # sharded by its own key: bound to nothing
                      broadcast: [countries]
                      federation: true                  # queries the shards cannot answer alone run in Apache Calcite
                    """.formatted(prefix));
            out.println("The configuration (" + yaml + "):");
            Files.readAllLines(yaml).forEach(line -> out.println("    " + line));
            try (RetortDataSource ds = new RetortDataSource()) {
                ds.setUrl("jdbc:retort:config:" + yaml);
                try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                    shop(c, st);
                }
            }
        } finally {
            Files.deleteIfExists(yaml);
        }
    }

    private void shop(Connection c, Statement st) throws SQLException {
        section("Schema: CREATE TABLE on a sharded table creates every physical table");
        explain(st, "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id INT NOT NULL, amount NUMERIC(10,2), status TEXT)");
        st.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id INT NOT NULL, amount NUMERIC(10,2), status TEXT)");
        st.execute("CREATE TABLE order_items (order_id BIGINT, customer_id INT NOT NULL, sku TEXT, qty INT)");
        st.execute("CREATE TABLE countries (code VARCHAR(2) PRIMARY KEY, name TEXT)");
        st.executeUpdate("INSERT INTO countries VALUES ('GB', 'United Kingdom'), ('NL', 'Netherlands')");
        st.execute("CREATE TABLE skus (sku VARCHAR(20) PRIMARY KEY, category TEXT NOT NULL)");
        StringBuilder skus = new StringBuilder("INSERT INTO skus (sku, category) VALUES ");
        for (int k = 0; k < 13; k++) {
            skus.append(k == 0 ? "" : ", ").append("('sku-").append(k).append("', '").append(k % 3 == 0 ? "books" : "games")
                    .append("')");
        }
        st.executeUpdate(skus.toString());

        section("Load: 2,000 orders, each routed by its customer_id");
        c.setAutoCommit(false);
        try (PreparedStatement orders = c.prepareStatement("INSERT INTO orders (id, customer_id, amount, status) VALUES ($1, $2, $3, $4)");
                PreparedStatement items = c.prepareStatement("INSERT INTO order_items (order_id, customer_id, sku, qty) VALUES (?, ?, ?, ?)")) {
            for (int i = 1; i <= 2000; i++) {
                int customer = 1 + i % 97;
                orders.setLong(1, i);
                orders.setInt(2, customer);
                orders.setBigDecimal(3, java.math.BigDecimal.valueOf(i % 89 * 113 + 250, 2));
                orders.setString(4, i % 10 == 0 ? "returned" : "shipped");
                orders.executeUpdate();
                items.setLong(1, i);
                items.setInt(2, customer);
                items.setString(3, "sku-" + i % 13);
                items.setInt(4, 1 + i % 3);
                items.executeUpdate();
            }
        }
        c.commit();
        c.setAutoCommit(true);
        out.println("committed on every data source the transaction touched");

        section("A point query goes to one shard");
        explain(st, "SELECT id, amount FROM orders WHERE customer_id = 42 ORDER BY id LIMIT 3");
        print(st, "SELECT id, amount FROM orders WHERE customer_id = 42 ORDER BY id LIMIT 3");

        section("A join of bound tables stays on each shard; PostgreSQL syntax runs on H2");
        explain(st, "SELECT o.customer_id, SUM(i.qty) AS items FROM orders o JOIN order_items i ON i.order_id = o.id"
                + " AND i.customer_id = o.customer_id WHERE o.customer_id IN (7, 8) GROUP BY o.customer_id");

        section("Top 5 orders across all shards: each shard sorts, Retort merges");
        print(st, "SELECT id, customer_id, amount FROM orders ORDER BY amount DESC, id LIMIT 5");

        section("Aggregates across shards: AVG is rewritten to SUM and COUNT per shard");
        print(st, "SELECT status, COUNT(*) AS orders, AVG(amount) AS average FROM orders GROUP BY status ORDER BY status");

        section("A broadcast table is read from one data source");
        explain(st, "SELECT name FROM countries WHERE code = 'NL'");

        section("Tables sharded by different keys: the join runs in Apache Calcite over routed scans (federation)");
        String federated = "SELECT s.category, SUM(i.qty) AS items FROM order_items i JOIN skus s ON s.sku = i.sku"
                + " WHERE i.customer_id = 42 GROUP BY s.category ORDER BY s.category";
        print(st, federated);
        explain(st, federated);
    }

    private void explain(Statement st, String sql) throws SQLException {
        out.println("EXPLAIN ROUTE " + sql);
        try (ResultSet rs = st.executeQuery("EXPLAIN ROUTE " + sql)) {
            ResultTable.read(rs, 12).print(out);
        }
    }

    private void print(Statement st, String sql) throws SQLException {
        out.println(sql);
        try (ResultSet rs = st.executeQuery(sql)) {
            ResultTable.read(rs, 12).print(out);
        }
    }

    private void section(String title) {
        out.println();
        out.println("-- " + title);
    }
}
