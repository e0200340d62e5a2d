package io.retort.jdbc.sharded;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shop the end-to-end tests shard: customers, orders and order items sharded by
 * {@code customer_id} (one binding group), and a broadcast table of countries. Statements are
 * written once, in PostgreSQL's dialect; the data is deterministic. Strings are lowercase ASCII
 * (country codes uppercase) so that PostgreSQL's C collation and MariaDB's case-insensitive one
 * sort them alike.
 */
final class Shop {

    static final int CUSTOMERS = 60;
    static final int ORDERS = 1200;

    /** The {@code sharding:} section: eight physical tables per logical table over four data sources. */
    static final String SHARDING = """
            sharding:
              defaultDataSource: ds0
              tables:
                orders:
                  key: customer_id
                  keyType: integer
                  nodes: "ds${0..3}.orders_${0..1}"
                  algorithm: { type: hash-mod }
                  keyGenerator: { column: id, type: snowflake, workerId: 7 }
                order_items: { key: customer_id, bindTo: orders }
                customers: { key: customer_id, bindTo: orders }
              broadcast: [countries]
            """;

    static final List<String> DDL = List.of(
            "CREATE TABLE customers (customer_id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, country CHAR(2), tier INT)",
            "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id INT NOT NULL, amount NUMERIC(10,2), status VARCHAR(20) NOT NULL,"
                    + " priority SMALLINT, paid BOOLEAN NOT NULL, created DATE NOT NULL, note VARCHAR(40))",
            "CREATE TABLE order_items (id BIGINT PRIMARY KEY, order_id BIGINT NOT NULL, customer_id INT NOT NULL,"
                    + " sku VARCHAR(20) NOT NULL, qty INT NOT NULL, price NUMERIC(8,2) NOT NULL)",
            "CREATE TABLE countries (code CHAR(2) PRIMARY KEY, name VARCHAR(40) NOT NULL, region VARCHAR(20) NOT NULL)",
            "CREATE INDEX idx_orders_status ON orders (status)",
            "CREATE INDEX idx_items_order ON order_items (order_id)");

    private static final String[] STATUSES = {"new", "paid", "shipped", "shipped", "returned", "shipped", "cancelled"};
    private static final String[] COUNTRIES = {"FR", "DE", "US", "BR", "JP", "IN", "ZZ"};

    private Shop() {}

    /** INSERT statements with many rows each (the driver splits them per shard). */
    static List<String> inserts() {
        List<String> out = new ArrayList<>();
        out.add("INSERT INTO countries (code, name, region) VALUES ('FR', 'france', 'europe'), ('DE', 'germany', 'europe'),"
                + " ('US', 'united states', 'america'), ('BR', 'brazil', 'america'), ('JP', 'japan', 'asia'),"
                + " ('IN', 'india', 'asia'), ('NO', 'norway', 'europe')");
        List<String> rows = new ArrayList<>();
        for (int c = 1; c <= CUSTOMERS; c++) {
            String country = c % 11 == 0 ? "NULL" : "'" + COUNTRIES[c % COUNTRIES.length] + "'";
            String tier = c % 5 == 0 ? "NULL" : Integer.toString(c % 3 + 1);
            rows.add("(" + c + ", 'customer" + c + "', " + country + ", " + tier + ")");
        }
        out.add("INSERT INTO customers (customer_id, name, country, tier) VALUES " + String.join(", ", rows));
        rows.clear();
        List<String> items = new ArrayList<>();
        for (int id = 1; id <= ORDERS; id++) {
            int customer = customerOf(id);
            String amount = id % 17 == 0 ? "NULL" : String.format(Locale.ROOT, "%d.%02d", id * 37 % 400, id * 13 % 100);
            String priority = id % 6 == 0 ? "NULL" : Integer.toString(id % 4);
            String note = id % 4 == 0 ? "'note" + id % 10 + "'" : "NULL";
            LocalDate created = LocalDate.of(2024, 1, 1).plusDays(id * 7L % 366);
            rows.add("(" + id + ", " + customer + ", " + amount + ", '" + STATUSES[id % STATUSES.length] + "', " + priority + ", "
                    + (id % 3 == 0 ? "TRUE" : "FALSE") + ", DATE '" + created + "', " + note + ")");
            for (int k = 0; k <= id % 3; k++) {
                String price = String.format(Locale.ROOT, "%d.%02d", (id * 13 + k * 7) % 50 + 1, (id + k) * 29 % 100);
                items.add("(" + (id * 10L + k) + ", " + id + ", " + customer + ", 'sku" + (id + k) % 25 + "', " + ((id + k) % 5 + 1)
                        + ", " + price + ")");
            }
            if (rows.size() == 200) {
                out.add(ordersInsert(rows));
                rows.clear();
            }
            if (items.size() >= 300) {
                out.add(itemsInsert(items));
                items.clear();
            }
        }
        if (!rows.isEmpty()) {
            out.add(ordersInsert(rows));
        }
        if (!items.isEmpty()) {
            out.add(itemsInsert(items));
        }
        return out;
    }

    static int customerOf(int orderId) {
        return orderId * 7 % CUSTOMERS + 1;
    }

    private static String ordersInsert(List<String> rows) {
        return "INSERT INTO orders (id, customer_id, amount, status, priority, paid, created, note) VALUES " + String.join(", ", rows);
    }

    private static String itemsInsert(List<String> rows) {
        return "INSERT INTO order_items (id, order_id, customer_id, sku, qty, price) VALUES " + String.join(", ", rows);
    }

    /** Creates the tables and loads the data through {@code c} (a sharded or a plain connection). */
    static void load(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String ddl : DDL) {
                st.execute(ddl);
            }
            for (String insert : inserts()) {
                st.executeUpdate(insert);
            }
        }
    }
}
