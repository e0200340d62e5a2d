package io.retort.rewrite.differential;

import static io.retort.rewrite.differential.Case.dml;

import java.util.List;

/**
 * INSERT, UPDATE, DELETE and upserts, written for PostgreSQL and for MySQL; each is rolled back after
 * the state it leaves has been compared.
 */
final class DmlCases {

    private DmlCases() {
    }

    private static final String COUNTERS = "SELECT name, hits FROM counters ORDER BY name";
    private static final String PRODUCTS = "SELECT id, name, category, price, stock, weight FROM products ORDER BY id";
    private static final String ORDERS = "SELECT id, customer_id, status, note FROM orders ORDER BY id";
    private static final String ITEMS = "SELECT order_id, product_id, qty FROM order_items ORDER BY order_id, product_id";
    private static final String EVENTS = "SELECT kind, payload FROM events ORDER BY kind, payload";

    static final List<Case> CASES = List.of(
            dml("insert with parameters", "INSERT INTO counters (name, hits) VALUES ($1, $2)",
                    "INSERT INTO counters (name, hits) VALUES (?, ?)", COUNTERS, "contact", 1),
            dml("multi-row insert", "INSERT INTO counters (name, hits) VALUES ('a', 1), ('b', 2), ('c', 3)",
                    "INSERT INTO counters (name, hits) VALUES ('a', 1), ('b', 2), ('c', 3)", COUNTERS),
            dml("insert select", "INSERT INTO counters (name, hits) SELECT name, stock FROM products WHERE stock > 50",
                    "INSERT INTO counters (name, hits) SELECT name, stock FROM products WHERE stock > 50", COUNTERS),
            dml("insert set", "INSERT INTO counters (name, hits) VALUES ('set', 7)",
                    "INSERT INTO counters SET name = 'set', hits = 7", COUNTERS),
            dml("insert with a generated key", "INSERT INTO events (kind, payload) VALUES ('click', NULL), ('view', 'x')",
                    "INSERT INTO events (kind, payload) VALUES ('click', NULL), ('view', 'x')", EVENTS),
            dml("insert returning", "INSERT INTO events (kind, payload) VALUES ('buy', 'y') RETURNING kind, payload",
                    "INSERT INTO events (kind, payload) VALUES ('buy', 'y') RETURNING kind, payload", EVENTS),
            dml("insert booleans and timestamps", "INSERT INTO customers (id, name, active, created_at) "
                            + "VALUES (8, 'Hal', TRUE, TIMESTAMP '2024-08-01 12:00:00')",
                    "INSERT INTO customers (id, name, active, created_at) VALUES (8, 'Hal', TRUE, '2024-08-01 12:00:00')",
                    "SELECT id, name, active, created_at, credit FROM customers ORDER BY id"),
            dml("update with an expression", "UPDATE products SET stock = stock * 2, price = price + 1 WHERE category = 'toys'",
                    "UPDATE products SET stock = stock * 2, price = price + 1 WHERE category = 'toys'", PRODUCTS),
            dml("update reads old values", "UPDATE products SET stock = stock + 1, weight = stock WHERE id = 1",
                    "UPDATE products SET weight = stock, stock = stock + 1 WHERE id = 1", PRODUCTS),
            dml("update sees earlier assignments", "UPDATE products SET stock = stock + 5, weight = stock + 5 WHERE id = 3",
                    "UPDATE products SET stock = stock + 5, weight = stock WHERE id = 3", PRODUCTS),
            dml("update with a parameter", "UPDATE orders SET status = $1 WHERE id = $2",
                    "UPDATE orders SET status = ? WHERE id = ?", ORDERS, "shipped", 3),
            dml("update with case", "UPDATE orders SET status = CASE WHEN status = 'paid' THEN 'done' ELSE status END",
                    "UPDATE orders SET status = CASE WHEN status = 'paid' THEN 'done' ELSE status END", ORDERS),
            dml("update with a subquery", "UPDATE products SET stock = (SELECT SUM(qty) FROM order_items "
                            + "WHERE product_id = products.id) WHERE id IN (1, 2)",
                    "UPDATE products SET stock = (SELECT SUM(qty) FROM order_items WHERE product_id = products.id) "
                            + "WHERE id IN (1, 2)", PRODUCTS),
            dml("update from another table", "UPDATE orders SET note = c.name FROM customers c "
                            + "WHERE c.id = orders.customer_id AND c.city = 'Paris'",
                    "UPDATE orders JOIN customers c ON c.id = orders.customer_id SET orders.note = c.name "
                            + "WHERE c.city = 'Paris'", ORDERS),
            dml("update setting null", "UPDATE customers SET credit = NULL WHERE credit < 50",
                    "UPDATE customers SET credit = NULL WHERE credit < 50",
                    "SELECT id, credit FROM customers ORDER BY id"),
            dml("delete", "DELETE FROM order_items WHERE qty >= 10",
                    "DELETE FROM order_items WHERE qty >= 10", ITEMS),
            dml("delete with a subquery", "DELETE FROM order_items WHERE order_id IN (SELECT id FROM orders "
                            + "WHERE status = 'paid')",
                    "DELETE FROM order_items WHERE order_id IN (SELECT id FROM orders WHERE status = 'paid')", ITEMS),
            dml("delete using another table", "DELETE FROM order_items USING orders o "
                            + "WHERE o.id = order_items.order_id AND o.status = 'cancelled'",
                    "DELETE order_items FROM order_items JOIN orders o ON o.id = order_items.order_id "
                            + "WHERE o.status = 'cancelled'", ITEMS),
            dml("delete the first rows by order", "DELETE FROM counters WHERE name IN "
                            + "(SELECT name FROM counters ORDER BY hits DESC LIMIT 1)",
                    "DELETE FROM counters ORDER BY hits DESC LIMIT 1", COUNTERS),
            dml("delete by row values from a limited subquery", "DELETE FROM order_items WHERE (order_id, product_id) IN "
                            + "(SELECT order_id, product_id FROM order_items ORDER BY qty DESC, order_id LIMIT 2)",
                    "DELETE FROM order_items WHERE (order_id, product_id) IN (SELECT order_id, product_id FROM "
                            + "(SELECT order_id, product_id FROM order_items ORDER BY qty DESC, order_id LIMIT 2) AS x)",
                    ITEMS),
            dml("delete cascades", "DELETE FROM orders WHERE id = 1", "DELETE FROM orders WHERE id = 1", ITEMS),
            dml("upsert inserting", "INSERT INTO counters (name, hits) VALUES ('contact', 1) ON CONFLICT (name) "
                            + "DO UPDATE SET hits = counters.hits + EXCLUDED.hits",
                    "INSERT INTO counters (name, hits) VALUES ('contact', 1) ON DUPLICATE KEY UPDATE "
                            + "hits = hits + VALUES(hits)", COUNTERS),
            dml("upsert updating", "INSERT INTO counters (name, hits) VALUES ('home', 5) ON CONFLICT (name) "
                            + "DO UPDATE SET hits = counters.hits + EXCLUDED.hits",
                    "INSERT INTO counters (name, hits) VALUES ('home', 5) ON DUPLICATE KEY UPDATE "
                            + "hits = hits + VALUES(hits)", COUNTERS).withCountsDiffering(),
            dml("multi-row upsert with parameters", "INSERT INTO counters (name, hits) VALUES ($1, $2), ($3, $4) "
                            + "ON CONFLICT (name) DO UPDATE SET hits = EXCLUDED.hits",
                    "INSERT INTO counters (name, hits) VALUES (?, ?), (?, ?) AS new ON DUPLICATE KEY UPDATE hits = new.hits",
                    COUNTERS, "about", 30, "faq", 1).withCountsDiffering(),
            dml("upsert with a condition", "INSERT INTO counters (name, hits) VALUES ('home', 4), ('about', 4) "
                            + "ON CONFLICT (name) DO UPDATE SET hits = EXCLUDED.hits WHERE counters.hits < EXCLUDED.hits",
                    "INSERT INTO counters (name, hits) VALUES ('home', 4), ('about', 4) ON DUPLICATE KEY UPDATE "
                            + "hits = IF(hits < VALUES(hits), VALUES(hits), hits)", COUNTERS).withCountsDiffering(),
            dml("insert ignoring duplicates", "INSERT INTO counters (name, hits) VALUES ('home', 1), ('new', 1) "
                            + "ON CONFLICT DO NOTHING",
                    "INSERT IGNORE INTO counters (name, hits) VALUES ('home', 1), ('new', 1)", COUNTERS),
            dml("delete returning", "DELETE FROM counters WHERE hits > 5 RETURNING name",
                    "DELETE FROM counters WHERE hits > 5 RETURNING name", COUNTERS));
}
