package io.retort.jdbc.sharded;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * The differential oracle's statements over {@link Shop}, written once in PostgreSQL's dialect.
 * {@link #READS} compare in order when their ORDER BY is total ({@code ordered}), as multisets
 * otherwise; {@link #WRITES} compare row counts, in order, and then the tables; {@link #REFUSALS}
 * must be refused by the sharded setup with SQLState 0A000 (and run on the plain database).
 */
final class OracleQueries {

    record Query(String sql, List<Object> parameters, boolean ordered) {
        @Override
        public String toString() {
            return sql + (parameters.isEmpty() ? "" : " " + parameters);
        }
    }

    /** A statement the sharded setup must refuse, and a fragment of the refusal's message. */
    record Refusal(String sql, String message) {
        @Override
        public String toString() {
            return sql;
        }
    }

    private OracleQueries() {}

    private static final List<Query> reads = new ArrayList<>();

    private static void o(String sql, Object... parameters) {
        reads.add(new Query(sql, List.of(parameters), true));
    }

    private static void u(String sql, Object... parameters) {
        reads.add(new Query(sql, List.of(parameters), false));
    }

    static {
        // ---- point: one shard by the key ----
        o("SELECT * FROM orders WHERE customer_id = 7 ORDER BY id");
        o("SELECT id, amount, status FROM orders WHERE customer_id = ? ORDER BY id", 13);
        u("SELECT * FROM customers WHERE customer_id = 12");
        u("SELECT name, tier FROM customers WHERE customer_id = ?", 41);
        u("SELECT * FROM orders WHERE customer_id = 9999");
        u("SELECT * FROM orders WHERE id = 77");
        u("SELECT id, customer_id FROM orders WHERE id = ?", 1001L);
        o("SELECT * FROM order_items WHERE customer_id = 20 ORDER BY id");
        u("SELECT count(*) FROM orders WHERE customer_id = 3");
        o("SELECT id, amount FROM orders WHERE customer_id = 5 AND status = 'shipped' ORDER BY amount DESC, id");
        o("SELECT * FROM orders WHERE customer_id = '8' ORDER BY id");
        o("SELECT id FROM orders WHERE 17 = customer_id ORDER BY id");
        u("SELECT * FROM orders WHERE customer_id = 1 AND customer_id = 2");
        o("SELECT id FROM orders WHERE customer_id = CAST('21' AS INT) ORDER BY id");
        o("SELECT * FROM orders WHERE customer_id = 9 ORDER BY id LIMIT 2 OFFSET 1");
        u("SELECT count(*) FROM orders WHERE customer_id = ?", 4L);

        // ---- IN, OR, row values ----
        o("SELECT id, customer_id FROM orders WHERE customer_id IN (1, 2, 3) ORDER BY id");
        o("SELECT id FROM orders WHERE customer_id IN (?, ?, ?) ORDER BY id DESC", 4, 40, 44);
        u("SELECT customer_id, name FROM customers WHERE customer_id IN (5, 50, 55, 9999)");
        o("SELECT id FROM orders WHERE customer_id = ANY(ARRAY[6, 16, 26]) ORDER BY id");
        o("SELECT id FROM orders WHERE (customer_id = 1 OR customer_id = 31) AND paid ORDER BY id");
        o("SELECT id FROM orders WHERE customer_id NOT IN (1, 2, 3) AND amount > 390 ORDER BY id");
        o("SELECT i.id, i.sku FROM order_items i WHERE i.customer_id IN (10, 11) AND i.qty >= 4 ORDER BY i.id");
        u("SELECT count(*), sum(amount) FROM orders WHERE customer_id IN (2, 12, 22, 32)");
        o("SELECT id FROM orders WHERE customer_id IN (3, 33) OR id < 20 ORDER BY id");
        o("SELECT id FROM orders WHERE (customer_id, status) IN ((7, 'shipped'), (8, 'new')) ORDER BY id");

        // ---- ranges ----
        o("SELECT id, customer_id FROM orders WHERE customer_id BETWEEN 10 AND 14 ORDER BY id");
        o("SELECT id FROM orders WHERE customer_id > 57 ORDER BY id");
        o("SELECT id FROM orders WHERE customer_id < 3 OR customer_id >= 59 ORDER BY customer_id, id");
        o("SELECT id, amount FROM orders WHERE amount BETWEEN 100 AND 101.5 ORDER BY amount, id");
        o("SELECT id, created FROM orders WHERE created >= DATE '2024-06-01' AND created < DATE '2024-06-08' ORDER BY created, id");
        o("SELECT id FROM orders WHERE customer_id BETWEEN ? AND ? AND status <> 'shipped' ORDER BY id", 20, 25);
        u("SELECT count(*) FROM order_items WHERE price > 40");
        o("SELECT id FROM orders WHERE id BETWEEN 500 AND 520 ORDER BY id");
        o("SELECT id FROM orders WHERE amount < 5 ORDER BY id");

        // ---- ORDER BY, LIMIT, OFFSET; NULL ordering as PostgreSQL does it ----
        o("SELECT id, amount FROM orders ORDER BY amount DESC NULLS LAST, id LIMIT 10");
        o("SELECT id, amount FROM orders ORDER BY amount, id LIMIT 10");
        o("SELECT id, amount FROM orders ORDER BY amount DESC, id LIMIT 10");
        o("SELECT id, amount FROM orders ORDER BY amount NULLS FIRST, id LIMIT 10");
        o("SELECT id, priority FROM orders ORDER BY priority, id LIMIT 30");
        o("SELECT id, priority FROM orders ORDER BY priority DESC NULLS LAST, id DESC LIMIT 20 OFFSET 40");
        o("SELECT id, status, created FROM orders ORDER BY status, created DESC, id LIMIT 15 OFFSET 100");
        o("SELECT id FROM orders ORDER BY created, id OFFSET 1150");
        o("SELECT id FROM orders ORDER BY id LIMIT 5 OFFSET 1190");
        o("SELECT id FROM orders ORDER BY id DESC LIMIT 3");
        o("SELECT id, amount FROM orders ORDER BY amount * 2 DESC NULLS LAST, id LIMIT 5");
        o("SELECT id FROM orders ORDER BY amount DESC NULLS LAST, id LIMIT 7");
        o("SELECT id, status FROM orders ORDER BY upper(status), id LIMIT 12 OFFSET 300");
        o("SELECT i.id, i.qty * i.price AS total FROM order_items i ORDER BY total DESC, i.id LIMIT 10");
        o("SELECT id, status FROM orders ORDER BY 2, 1 LIMIT 10 OFFSET 10");
        o("SELECT id FROM orders ORDER BY id LIMIT ? OFFSET ?", 4, 600);
        u("SELECT id FROM orders ORDER BY id LIMIT 0");
        o("SELECT id FROM orders ORDER BY id OFFSET 10 ROWS FETCH FIRST 5 ROWS ONLY");
        o("SELECT * FROM orders ORDER BY paid, id LIMIT 5");
        o("SELECT id, note FROM orders ORDER BY note NULLS FIRST, id LIMIT 25");
        o("SELECT id, note FROM orders ORDER BY note DESC, id LIMIT 25");
        o("SELECT customer_id, name FROM customers ORDER BY name LIMIT 10");
        o("SELECT customer_id FROM customers ORDER BY tier NULLS FIRST, customer_id DESC");
        o("SELECT * FROM customers ORDER BY country, customer_id");

        // ---- deep pages (OFFSET beyond the narrowing threshold) ----
        o("SELECT id, order_id FROM order_items ORDER BY id LIMIT 10 OFFSET 1500");
        o("SELECT id, price FROM order_items ORDER BY price DESC, id LIMIT 10 OFFSET 2000");
        o("SELECT * FROM order_items ORDER BY id DESC OFFSET 1200 ROWS FETCH NEXT 5 ROWS ONLY");
        o("SELECT id FROM order_items ORDER BY sku, id LIMIT 8 OFFSET 1800");
        o("SELECT id, created FROM orders ORDER BY created DESC, id LIMIT 10 OFFSET 1100");
        o("SELECT id FROM order_items WHERE qty > 1 ORDER BY id LIMIT 10 OFFSET 1300");
        o("SELECT id, amount FROM orders ORDER BY amount NULLS FIRST, id LIMIT 6 OFFSET 1000");
        o("SELECT id, order_id FROM order_items ORDER BY order_id, id LIMIT ? OFFSET ?", 10, 1700);

        // ---- aggregates without GROUP BY ----
        u("SELECT count(*) FROM orders");
        u("SELECT count(amount), count(note), count(priority) FROM orders");
        u("SELECT sum(amount) FROM orders");
        u("SELECT avg(amount) FROM orders");
        u("SELECT min(amount), max(amount) FROM orders");
        u("SELECT min(created), max(created) FROM orders");
        u("SELECT min(status), max(status) FROM orders");
        u("SELECT count(DISTINCT status) FROM orders");
        u("SELECT count(DISTINCT customer_id) FROM orders");
        u("SELECT count(DISTINCT sku) FROM order_items");
        u("SELECT sum(qty), avg(qty), min(qty), max(qty) FROM order_items");
        u("SELECT avg(price) FROM order_items WHERE sku = 'sku3'");
        u("SELECT count(*), sum(amount), avg(amount), min(amount), max(amount) FROM orders WHERE customer_id = 9999");
        u("SELECT count(*), sum(amount), avg(amount), max(created) FROM orders WHERE amount < 0");
        u("SELECT count(*) AS n, sum(amount) AS total FROM orders WHERE paid");
        u("SELECT count(*) FROM orders WHERE note IS NULL");
        u("SELECT max(id) FROM order_items");
        u("SELECT avg(priority) FROM orders");
        u("SELECT sum(priority) FROM orders");
        u("SELECT count(*) FROM customers WHERE tier IS NULL");
        u("SELECT count(1) FROM order_items");
        u("SELECT min(amount) FILTER (WHERE status = 'paid') FROM orders");
        u("SELECT count(*) FROM orders WHERE customer_id = 4");

        // ---- GROUP BY, HAVING ----
        u("SELECT status, count(*) FROM orders GROUP BY status");
        u("SELECT status, sum(amount), avg(amount), min(amount), max(amount) FROM orders GROUP BY status");
        o("SELECT status, count(*) FROM orders GROUP BY status ORDER BY count(*) DESC, status");
        o("SELECT status, paid, count(*) FROM orders GROUP BY status, paid ORDER BY status, paid");
        o("SELECT priority, count(*) FROM orders GROUP BY priority ORDER BY priority");
        u("SELECT customer_id, count(*), sum(amount) FROM orders GROUP BY customer_id");
        o("SELECT customer_id, count(*) FROM orders GROUP BY customer_id HAVING count(*) > 20 ORDER BY customer_id");
        o("SELECT status, sum(amount) FROM orders GROUP BY status HAVING sum(amount) > 20000 ORDER BY status");
        o("SELECT status FROM orders GROUP BY status HAVING avg(amount) > 199 ORDER BY status");
        o("SELECT status, count(DISTINCT customer_id) FROM orders GROUP BY status HAVING count(DISTINCT customer_id) > 10 ORDER BY 1");
        o("SELECT status, min(created) FROM orders GROUP BY status HAVING min(created) < DATE '2024-01-10' ORDER BY status");
        o("SELECT created, count(*) FROM orders GROUP BY created ORDER BY created LIMIT 20");
        o("SELECT EXTRACT(MONTH FROM created) AS m, count(*) FROM orders GROUP BY EXTRACT(MONTH FROM created) ORDER BY m");
        o("SELECT sku, sum(qty), sum(qty * price) FROM order_items GROUP BY sku ORDER BY sku");
        o("SELECT status, count(*) FROM orders GROUP BY status ORDER BY status LIMIT 2 OFFSET 1");
        u("SELECT status FROM orders GROUP BY status");
        o("SELECT status, count(*) FROM orders GROUP BY 1 ORDER BY 1");
        o("SELECT status, avg(amount) FROM orders GROUP BY status ORDER BY avg(amount), status");
        o("SELECT paid, count(*), sum(amount) FROM orders GROUP BY paid ORDER BY paid");
        o("SELECT tier, count(*) FROM customers GROUP BY tier ORDER BY tier NULLS FIRST");
        o("SELECT status, count(*) AS n FROM orders GROUP BY status HAVING count(*) BETWEEN 100 AND 400 ORDER BY n, status");
        o("SELECT status, count(*) FROM orders WHERE customer_id IN (1, 2, 3, 4) GROUP BY status ORDER BY status");
        o("SELECT sku, count(DISTINCT customer_id), max(price) FROM order_items GROUP BY sku HAVING max(price) > 49 ORDER BY sku");
        o("SELECT priority, sum(amount) FROM orders GROUP BY priority HAVING sum(amount) IS NOT NULL AND count(*) > 1"
                + " ORDER BY priority NULLS FIRST");
        o("SELECT status, count(*) FROM orders GROUP BY status HAVING count(*) > ? ORDER BY status", 150);
        o("SELECT lower(status) AS s, count(*) FROM orders GROUP BY lower(status) ORDER BY s");
        o("SELECT qty, count(*), avg(price) FROM order_items GROUP BY qty ORDER BY qty DESC");
        o("SELECT status, max(note) FROM orders GROUP BY status ORDER BY status");
        o("SELECT note, count(*) FROM orders GROUP BY note ORDER BY note NULLS FIRST");
        o("SELECT status, count(*) FROM orders GROUP BY status HAVING max(amount) - min(amount) > 390 ORDER BY status");
        u("SELECT customer_id, max(amount) FROM orders GROUP BY customer_id HAVING max(amount) > 390");
        o("SELECT status, count(*) FROM orders GROUP BY status HAVING count(*) > 100 OR min(amount) < 1 ORDER BY status");

        // ---- expressions over aggregates, computed after the merge ----
        u("SELECT round(avg(amount), 2) FROM orders");
        o("SELECT status, round(avg(amount), 2), sum(amount) / count(*) FROM orders GROUP BY status ORDER BY status");
        o("SELECT status, avg(amount)::numeric(10,2) AS a FROM orders GROUP BY status ORDER BY a DESC, status");
        o("SELECT status, sum(priority) / count(*), sum(priority) % 7, sum(id) / 7 FROM orders GROUP BY status ORDER BY status");
        o("SELECT status, count(*) FROM orders GROUP BY status ORDER BY count(*) * 2 DESC, status");
        o("SELECT status, sum(amount) / count(amount) FROM orders GROUP BY status ORDER BY sum(amount) / count(amount) DESC,"
                + " status");
        o("SELECT paid, status, max(amount) FROM orders GROUP BY paid, status ORDER BY paid, status, max(amount) - min(amount)");
        o("SELECT status, CASE WHEN count(*) > 200 THEN 'many' ELSE 'few' END AS size, coalesce(max(note), 'none')"
                + " FROM orders GROUP BY status ORDER BY status");
        o("SELECT priority, round(avg(amount)) FROM orders GROUP BY priority ORDER BY priority");
        u("SELECT max(price) - min(price), count(*) * 2, CAST(sum(qty) AS INT), greatest(max(qty), 3) FROM order_items");
        o("SELECT status FROM orders GROUP BY status HAVING round(avg(amount), 0) > 199 ORDER BY status");
        u("SELECT round(avg(amount), 2), count(*) + 1 FROM orders WHERE customer_id = 9999");
        o("SELECT sku, round(sum(qty * price) / sum(qty), 2) AS avg_price FROM order_items GROUP BY sku"
                + " ORDER BY avg_price DESC, sku LIMIT 5");

        // ---- DISTINCT ----
        u("SELECT DISTINCT status FROM orders");
        o("SELECT DISTINCT status, paid FROM orders ORDER BY status, paid");
        u("SELECT DISTINCT customer_id FROM orders");
        o("SELECT DISTINCT priority FROM orders ORDER BY priority");
        o("SELECT DISTINCT sku FROM order_items ORDER BY sku LIMIT 5");
        o("SELECT DISTINCT created FROM orders ORDER BY created DESC LIMIT 5 OFFSET 3");
        u("SELECT DISTINCT note FROM orders");
        u("SELECT DISTINCT country FROM customers");
        o("SELECT DISTINCT qty FROM order_items WHERE customer_id IN (1, 2) ORDER BY qty");

        // ---- joins of bound tables (co-located) ----
        o("SELECT o.id, i.id, i.sku FROM orders o JOIN order_items i ON i.order_id = o.id AND i.customer_id = o.customer_id"
                + " WHERE o.customer_id = 5 ORDER BY i.id");
        o("SELECT o.id, sum(i.qty) FROM orders o JOIN order_items i ON i.order_id = o.id AND i.customer_id = o.customer_id"
                + " WHERE o.customer_id IN (5, 6) GROUP BY o.id ORDER BY o.id");
        o("SELECT o.id, i.price FROM orders o JOIN order_items i ON i.order_id = o.id AND i.customer_id = o.customer_id"
                + " ORDER BY i.price DESC, i.id LIMIT 10");
        u("SELECT count(*) FROM orders o JOIN order_items i ON i.order_id = o.id AND i.customer_id = o.customer_id");
        o("SELECT o.status, count(i.id), sum(i.qty * i.price) FROM orders o JOIN order_items i ON i.order_id = o.id"
                + " AND i.customer_id = o.customer_id GROUP BY o.status ORDER BY o.status");
        o("SELECT c.name, count(o.id) FROM customers c LEFT JOIN orders o ON o.customer_id = c.customer_id"
                + " AND o.status = 'cancelled' GROUP BY c.name ORDER BY c.name");
        o("SELECT c.customer_id, o.id FROM customers c JOIN orders o USING (customer_id) WHERE c.tier = 1 ORDER BY o.id LIMIT 30");
        u("SELECT c.tier, count(*) FROM customers c JOIN orders o ON o.customer_id = c.customer_id GROUP BY c.tier");
        o("SELECT c.name, o.id, i.sku FROM customers c JOIN orders o ON o.customer_id = c.customer_id JOIN order_items i"
                + " ON i.order_id = o.id AND i.customer_id = o.customer_id WHERE c.customer_id = 30 ORDER BY i.id");
        o("SELECT o.id FROM orders o LEFT JOIN order_items i ON i.order_id = o.id AND i.customer_id = o.customer_id"
                + " AND i.qty = 5 WHERE i.id IS NULL ORDER BY o.id LIMIT 20 OFFSET 100");
        u("SELECT count(DISTINCT o.customer_id) FROM orders o JOIN order_items i ON i.order_id = o.id"
                + " AND i.customer_id = o.customer_id WHERE i.sku = 'sku7'");

        // ---- broadcast table ----
        o("SELECT * FROM countries ORDER BY code");
        u("SELECT count(*) FROM countries");
        o("SELECT k.region, count(*) FROM orders o JOIN customers c ON c.customer_id = o.customer_id"
                + " JOIN countries k ON k.code = c.country GROUP BY k.region ORDER BY k.region");
        o("SELECT c.customer_id, k.name FROM customers c JOIN countries k ON k.code = c.country ORDER BY c.customer_id");
        o("SELECT c.customer_id, k.name FROM customers c LEFT JOIN countries k ON k.code = c.country"
                + " WHERE c.customer_id < 25 ORDER BY c.customer_id");
        o("SELECT k.code, count(c.customer_id) FROM countries k JOIN customers c ON c.country = k.code"
                + " GROUP BY k.code ORDER BY k.code");
        o("SELECT o.id, k.region FROM orders o JOIN customers c ON c.customer_id = o.customer_id"
                + " JOIN countries k ON k.code = c.country WHERE o.customer_id = 14 ORDER BY o.id");
        o("SELECT name FROM countries WHERE region = 'asia' ORDER BY name");

        // ---- subqueries on the key ----
        o("SELECT id FROM orders WHERE customer_id IN (SELECT customer_id FROM customers WHERE tier = 1) ORDER BY id LIMIT 40");
        o("SELECT o.id FROM orders o WHERE EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id"
                + " AND i.customer_id = o.customer_id AND i.qty = 5) ORDER BY o.id LIMIT 50");
        o("SELECT o.id, (SELECT count(*) FROM order_items i WHERE i.order_id = o.id AND i.customer_id = o.customer_id) AS n"
                + " FROM orders o WHERE o.customer_id BETWEEN 1 AND 5 ORDER BY o.id");
        u("SELECT max(t.n) FROM (SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id) t");
        o("SELECT t.customer_id, t.total FROM (SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id) t"
                + " ORDER BY t.total DESC, t.customer_id LIMIT 5");
        o("SELECT c.customer_id FROM customers c WHERE c.country IN (SELECT code FROM countries WHERE region = 'europe')"
                + " ORDER BY c.customer_id");
        u("WITH t AS (SELECT customer_id, sum(amount) AS s FROM orders GROUP BY customer_id) SELECT count(*) FROM t WHERE s > 4000");
        o("SELECT id FROM orders o WHERE o.amount = (SELECT max(o2.amount) FROM orders o2 WHERE o2.customer_id = o.customer_id)"
                + " ORDER BY id");
        o("SELECT id FROM orders WHERE customer_id = 3 AND id IN (SELECT order_id FROM order_items WHERE customer_id = 3"
                + " AND qty > 3) ORDER BY id");
        o("SELECT c.customer_id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id"
                + " AND o.status = 'new') ORDER BY 1");
        u("SELECT count(*) FROM orders WHERE customer_id IN (SELECT customer_id FROM customers WHERE country = ?)", "FR");

        // ---- expressions, rendered for each shard's database ----
        o("SELECT id, CASE WHEN amount > 200 THEN 'big' WHEN amount IS NULL THEN 'none' ELSE 'small' END AS size"
                + " FROM orders WHERE customer_id = 11 ORDER BY id");
        o("SELECT id, coalesce(note, 'none') FROM orders WHERE customer_id IN (12, 13) ORDER BY id");
        o("SELECT id, status || '-' || id FROM orders WHERE customer_id = 14 ORDER BY id");
        o("SELECT id FROM orders WHERE status ILIKE 'SHIP%' AND customer_id = 15 ORDER BY id");
        o("SELECT id, amount::int FROM orders WHERE customer_id = 16 ORDER BY id");
        o("SELECT id FROM orders WHERE NOT paid AND customer_id = 17 ORDER BY id");
        o("SELECT id, created + 30 FROM orders WHERE customer_id = 18 ORDER BY id");
        o("SELECT id, substring(status FROM 1 FOR 3), length(status) FROM orders WHERE customer_id = 19 ORDER BY id");
        o("SELECT id FROM orders WHERE note IS DISTINCT FROM 'note4' AND customer_id = 20 ORDER BY id");
        o("SELECT id, qty / 2, qty % 2 FROM order_items WHERE customer_id = 22 ORDER BY id");
        o("SELECT id, round(price * qty, 1) FROM order_items WHERE customer_id = 23 ORDER BY id");
        o("SELECT id, greatest(qty, 3), least(qty, 3) FROM order_items WHERE customer_id = 24 ORDER BY id");
        o("SELECT id, amount FROM orders WHERE customer_id = ? AND amount > ? ORDER BY id", 25, new BigDecimal("100"));
        o("SELECT status, count(*) FROM orders WHERE created < ? GROUP BY status ORDER BY status", Date.valueOf("2024-03-01"));

        // ---- UNION ----
        o("SELECT customer_id FROM orders WHERE status = 'new' AND customer_id < 10 UNION SELECT customer_id FROM customers"
                + " WHERE tier = 2 AND customer_id < 10 ORDER BY 1");
        u("SELECT id FROM orders WHERE customer_id = 2 UNION ALL SELECT id FROM order_items WHERE customer_id = 2");
    }

    static final List<Query> READS = List.copyOf(reads);

    /** Writes, run in this order on both sides; their row counts must agree. */
    static final List<Query> WRITES = List.of(
            new Query("UPDATE orders SET status = 'archived' WHERE created < DATE '2024-01-15'", List.of(), false),
            new Query("UPDATE orders SET amount = amount + 1 WHERE customer_id = 5", List.of(), false),
            new Query("UPDATE orders SET note = 'x' WHERE customer_id IN (1, 2, 3) AND priority IS NULL", List.of(), false),
            new Query("DELETE FROM order_items WHERE qty = 5 AND customer_id = 8", List.of(), false),
            new Query("DELETE FROM order_items WHERE sku = 'sku3'", List.of(), false),
            new Query("UPDATE countries SET name = 'deutschland' WHERE code = 'DE'", List.of(), false),
            new Query("INSERT INTO order_items (id, order_id, customer_id, sku, qty, price)"
                    + " SELECT id * 10 + 9, id, customer_id, 'gift', 1, 0 FROM orders WHERE status = 'new'", List.of(), false),
            new Query("INSERT INTO orders (id, customer_id, amount, status, priority, paid, created, note) VALUES"
                    + " (5001, 1, 1.00, 'new', 1, TRUE, DATE '2025-01-01', NULL),"
                    + " (5002, 2, 2.50, 'new', NULL, FALSE, DATE '2025-01-02', 'late'),"
                    + " (5003, 3, NULL, 'paid', 2, TRUE, DATE '2025-01-03', NULL),"
                    + " (5004, 44, 4.00, 'paid', 3, FALSE, DATE '2025-01-04', 'late')", List.of(), false),
            new Query("INSERT INTO orders (id, customer_id, amount, status, priority, paid, created, note)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    java.util.Arrays.asList(5005L, 45, new BigDecimal("5.55"), "new", (short) 1, true, Date.valueOf("2025-02-01"),
                            null), false),
            new Query("DELETE FROM orders WHERE customer_id = 9999", List.of(), false),
            new Query("UPDATE orders SET customer_id = 33 WHERE customer_id = 4 AND id = ?", List.of(9L), false),
            new Query("UPDATE order_items SET qty = qty + 1 WHERE customer_id BETWEEN 40 AND 45 AND qty < 3", List.of(), false),
            new Query("DELETE FROM customers WHERE customer_id = 60", List.of(), false),
            new Query("INSERT INTO countries (code, name, region) VALUES ('IT', 'italy', 'europe')", List.of(), false),
            new Query("DELETE FROM countries WHERE code = 'NO'", List.of(), false),
            new Query("UPDATE orders SET paid = NOT paid WHERE id % 50 = 0", List.of(), false),
            new Query("UPDATE customers SET tier = 3 WHERE tier IS NULL", List.of(), false),
            new Query("DELETE FROM order_items WHERE customer_id = ? AND sku = ?", List.of(12, "sku4"), false));

    /** What every table holds after the writes, compared row by row. */
    static final List<Query> TABLES = List.of(
            new Query("SELECT * FROM orders ORDER BY id", List.of(), true),
            new Query("SELECT * FROM order_items ORDER BY id", List.of(), true),
            new Query("SELECT * FROM customers ORDER BY customer_id", List.of(), true),
            new Query("SELECT * FROM countries ORDER BY code", List.of(), true));

    /** Valid PostgreSQL that a sharded setup cannot answer correctly, and must refuse (0A000) rather than answer wrongly. */
    static final List<Refusal> REFUSALS = List.of(
            new Refusal("SELECT string_agg(status, ',') FROM orders", "cannot be merged across shards"),
            new Refusal("SELECT id FROM orders WHERE amount > (SELECT avg(amount) FROM orders) ORDER BY id", "subquery"),
            new Refusal("SELECT sum(DISTINCT qty) FROM order_items", "DISTINCT"),
            new Refusal("SELECT status, count(*) FROM orders GROUP BY ROLLUP (status)", "ROLLUP"),
            new Refusal("SELECT id, row_number() OVER (ORDER BY id) FROM orders", "Window functions"),
            new Refusal("SELECT customer_id FROM orders INTERSECT SELECT customer_id FROM customers", "INTERSECT"),
            new Refusal("SELECT id FROM orders ORDER BY amount FETCH FIRST 3 ROWS WITH TIES", "WITH TIES"),
            new Refusal("UPDATE orders SET customer_id = customer_id + 1 WHERE status = 'new'", "customer_id"),
            new Refusal("SELECT status, string_agg(note, ',') IS NULL FROM orders GROUP BY status", "string_agg"),
            new Refusal("SELECT DISTINCT ON (status) status, id FROM orders ORDER BY status, id", "DISTINCT ON"),
            new Refusal("SELECT * FROM (SELECT id FROM orders ORDER BY id LIMIT 10) t", "LIMIT"),
            new Refusal("SELECT md5(CAST(sum(amount) AS TEXT)) FROM orders", "uses the function md5 over aggregates"),
            // every shard would return each country without customers once
            new Refusal("SELECT k.code, c.customer_id FROM countries k LEFT JOIN customers c ON c.country = k.code",
                    "optional side of an outer join"));
}
