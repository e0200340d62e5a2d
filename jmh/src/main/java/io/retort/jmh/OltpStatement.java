package io.retort.jmh;

/**
 * The ten typical OLTP statements of the parser and rendering benchmarks (issue 3), over a small
 * shop schema (customers, orders, products). Nine are written the same way for every dialect; the
 * upsert differs: {@code ON CONFLICT} for PostgreSQL, {@code ON DUPLICATE KEY UPDATE} for MySQL.
 *
 * <p>The enum constant names are the benchmarks' {@code statement} parameter values.
 */
enum OltpStatement {

    point_select("SELECT id, customer_id, status, total FROM orders WHERE id = ?"),

    join_filter("SELECT o.id, o.total, c.name FROM orders o JOIN customers c ON c.id = o.customer_id"
            + " WHERE c.country = ? AND o.status = 'paid' AND o.total > ?"),

    insert_10_params("INSERT INTO orders (id, customer_id, status, total, currency, created_at, updated_at,"
            + " shipping_address, billing_address, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),

    update_by_key("UPDATE orders SET status = ?, updated_at = ? WHERE id = ?"),

    delete_range("DELETE FROM orders WHERE created_at >= ? AND created_at < ?"),

    aggregate("SELECT customer_id, COUNT(*) AS order_count, SUM(total) AS revenue FROM orders"
            + " WHERE status <> 'cancelled' GROUP BY customer_id HAVING SUM(total) > ? ORDER BY revenue DESC LIMIT 20"),

    window("SELECT id, customer_id, total, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at DESC) AS rn,"
            + " SUM(total) OVER (PARTITION BY customer_id) AS customer_total FROM orders WHERE status = ?"),

    cte_join("WITH recent AS (SELECT customer_id, MAX(created_at) AS last_order FROM orders GROUP BY customer_id)"
            + " SELECT c.id, c.name, r.last_order FROM customers c JOIN recent r ON r.customer_id = c.id"
            + " WHERE r.last_order > ?"),

    exists_between("SELECT c.id, c.name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o"
            + " WHERE o.customer_id = c.id AND o.created_at BETWEEN ? AND ?)"),

    upsert("INSERT INTO products (sku, name, price) VALUES (?, ?, ?)"
            + " ON CONFLICT (sku) DO UPDATE SET name = EXCLUDED.name, price = EXCLUDED.price",
            "INSERT INTO products (sku, name, price) VALUES (?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE name = VALUES(name), price = VALUES(price)");

    private final String postgresql;
    private final String mysql;

    OltpStatement(String portable) {
        this(portable, portable);
    }

    OltpStatement(String postgresql, String mysql) {
        this.postgresql = postgresql;
        this.mysql = mysql;
    }

    /** The statement as an application written for {@code dialect} ("postgresql" or "mysql") sends it. */
    String sql(String dialect) {
        return switch (dialect) {
            case "postgresql" -> postgresql;
            case "mysql" -> mysql;
            default -> throw new IllegalArgumentException("statements are written for postgresql or mysql, not " + dialect);
        };
    }
}
