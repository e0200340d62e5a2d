package io.retort.rewrite.differential;

import static io.retort.rewrite.differential.Case.query;
import static io.retort.rewrite.differential.Case.same;

import java.util.List;

/** Queries: filters, pagination, predicates, joins, subqueries. Each written for PostgreSQL and for MySQL. */
final class QueryCases {

    private QueryCases() {
    }

    static final List<Case> CASES = List.of(
            same("all rows by key", "SELECT id, name, email FROM customers ORDER BY id"),
            query("equality with a parameter", "SELECT name FROM customers WHERE city = $1 ORDER BY id",
                    "SELECT name FROM customers WHERE city = ? ORDER BY id", "Paris"),
            query("limit and offset", "SELECT id FROM customers ORDER BY id LIMIT 2 OFFSET 1",
                    "SELECT id FROM customers ORDER BY id LIMIT 1, 2"),
            query("limit and offset parameters", "SELECT id FROM customers ORDER BY id LIMIT $1 OFFSET $2",
                    "SELECT id FROM customers ORDER BY id LIMIT ? OFFSET ?", 3, 2),
            query("offset parameter written first", "SELECT id FROM customers ORDER BY id OFFSET $1 LIMIT $2",
                    "SELECT id FROM customers ORDER BY id LIMIT ?, ?", 1, 2),
            query("offset without limit", "SELECT id FROM customers ORDER BY id OFFSET 4",
                    "SELECT id FROM customers ORDER BY id LIMIT 4, 18446744073709551615"),
            query("fetch first", "SELECT id FROM products ORDER BY price DESC FETCH FIRST 2 ROWS ONLY",
                    "SELECT id FROM products ORDER BY price DESC LIMIT 2"),
            query("limit zero", "SELECT id FROM products ORDER BY id LIMIT 0", "SELECT id FROM products ORDER BY id LIMIT 0"),
            query("ilike", "SELECT id FROM customers WHERE name ILIKE 'a%' OR name ILIKE 'B%' ORDER BY id",
                    "SELECT id FROM customers WHERE LOWER(name) LIKE 'a%' OR LOWER(name) LIKE 'b%' ORDER BY id"),
            query("ilike with a parameter", "SELECT id FROM customers WHERE email ILIKE $1 ORDER BY id",
                    "SELECT id FROM customers WHERE LOWER(email) LIKE LOWER(?) ORDER BY id", "%EXAMPLE.COM"),
            same("like is case-sensitive", "SELECT id FROM customers WHERE name LIKE 'b%' OR name LIKE 'e%' ORDER BY id"),
            query("like with a backslash escape", "SELECT id FROM customers WHERE name LIKE '%\\_O\\%%'",
                    "SELECT id FROM customers WHERE name LIKE '%\\\\_O\\\\%%'"),
            same("like with an escape clause", "SELECT id FROM customers WHERE name LIKE '%!_O!%B%' ESCAPE '!'"),
            query("like with a parameter pattern", "SELECT id FROM customers WHERE name LIKE $1 ORDER BY id",
                    "SELECT id FROM customers WHERE name LIKE ? ORDER BY id", "_a%"),
            same("not like", "SELECT id FROM products WHERE name NOT LIKE '%g%' ORDER BY id"),
            same("in list", "SELECT name FROM products WHERE id IN (1, 3, 5) ORDER BY id"),
            query("not in with parameters", "SELECT id FROM products WHERE id NOT IN ($1, $2) ORDER BY id",
                    "SELECT id FROM products WHERE id NOT IN (?, ?) ORDER BY id", 2, 4),
            same("between", "SELECT id FROM products WHERE price BETWEEN 5 AND 25 ORDER BY id"),
            same("not between", "SELECT id FROM products WHERE stock NOT BETWEEN 1 AND 99 ORDER BY id"),
            same("is null and is not null", "SELECT id FROM customers WHERE email IS NULL OR city IS NULL ORDER BY id"),
            query("is distinct from", "SELECT id FROM customers WHERE city IS DISTINCT FROM 'Paris' ORDER BY id",
                    "SELECT id FROM customers WHERE NOT (city <=> 'Paris') ORDER BY id"),
            query("is not distinct from a null parameter",
                    "SELECT id FROM customers WHERE city IS NOT DISTINCT FROM $1 ORDER BY id",
                    "SELECT id FROM customers WHERE city <=> ? ORDER BY id", (Object) null),
            same("tuple in", "SELECT id FROM orders WHERE (customer_id, status) IN ((1, 'paid'), (2, 'paid')) ORDER BY id"),
            same("exists", "SELECT c.id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) "
                    + "ORDER BY c.id"),
            same("not exists", "SELECT c.id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o "
                    + "WHERE o.customer_id = c.id) ORDER BY c.id"),
            same("in subquery", "SELECT name FROM products WHERE id IN (SELECT product_id FROM order_items WHERE qty > 1) "
                    + "ORDER BY id"),
            same("not in subquery", "SELECT name FROM products WHERE id NOT IN (SELECT product_id FROM order_items) "
                    + "ORDER BY id"),
            same("scalar subquery", "SELECT c.id, (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id) AS n "
                    + "FROM customers c ORDER BY c.id"),
            same("inner join", "SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id ORDER BY o.id"),
            query("left join with nulls in the order",
                    "SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id ORDER BY c.id, o.id",
                    "SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id "
                            + "ORDER BY c.id, o.id IS NULL, o.id"),
            same("join using", "SELECT order_id, qty FROM order_items JOIN orders ON orders.id = order_items.order_id "
                    + "WHERE status = 'paid' ORDER BY order_id, product_id"),
            same("three joins", "SELECT c.name, p.name, i.qty FROM customers c JOIN orders o ON o.customer_id = c.id "
                    + "JOIN order_items i ON i.order_id = o.id JOIN products p ON p.id = i.product_id "
                    + "ORDER BY o.id, p.id"),
            same("self join", "SELECT a.id, b.id FROM customers a JOIN customers b ON a.city = b.city AND a.id < b.id "
                    + "ORDER BY a.id, b.id"),
            same("cross join count", "SELECT COUNT(*) FROM customers CROSS JOIN products"),
            same("derived table", "SELECT t.city, t.n FROM (SELECT city, COUNT(*) AS n FROM customers "
                    + "WHERE city IS NOT NULL GROUP BY city) AS t WHERE t.n > 1 ORDER BY t.city"),
            same("group by having", "SELECT status, COUNT(*) FROM orders GROUP BY status HAVING COUNT(*) > 1"),
            query("group by a nullable column, ordered",
                    "SELECT category, COUNT(*), SUM(stock) FROM products GROUP BY category ORDER BY category",
                    "SELECT category, COUNT(*), SUM(stock) FROM products GROUP BY category "
                            + "ORDER BY category IS NULL, category"),
            same("sum and average of decimals", "SELECT SUM(price), AVG(price), MIN(price), MAX(price) FROM products"),
            same("sum of products", "SELECT o.id, SUM(i.qty * i.unit_price) FROM orders o JOIN order_items i "
                    + "ON i.order_id = o.id GROUP BY o.id ORDER BY o.id"),
            same("count distinct", "SELECT COUNT(DISTINCT customer_id), COUNT(DISTINCT status) FROM orders"),
            same("min and max timestamps", "SELECT MIN(ordered_at), MAX(ordered_at) FROM orders"),
            same("aggregates over no rows", "SELECT COUNT(*), SUM(stock), MAX(name) FROM products WHERE id > 100"),
            query("filter clause", "SELECT COUNT(*) FILTER (WHERE status = 'paid'), COUNT(note) FILTER (WHERE id > 2) "
                            + "FROM orders",
                    "SELECT SUM(CASE WHEN status = 'paid' THEN 1 ELSE 0 END), COUNT(CASE WHEN id > 2 THEN note END) "
                            + "FROM orders"),
            query("having with an order on an aggregate",
                    "SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id HAVING COUNT(*) >= 1 "
                            + "ORDER BY n DESC, customer_id",
                    "SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id HAVING COUNT(*) >= 1 "
                            + "ORDER BY n DESC, customer_id"),
            query("distinct with a nullable order", "SELECT DISTINCT city FROM customers ORDER BY city",
                    "SELECT DISTINCT city FROM customers ORDER BY city IS NULL, city"),
            query("descending order with nulls", "SELECT id, credit FROM customers ORDER BY credit DESC, id",
                    "SELECT id, credit FROM customers ORDER BY credit IS NULL DESC, credit DESC, id"),
            query("order by ordinal", "SELECT name, credit FROM customers ORDER BY 2, 1",
                    "SELECT name, credit FROM customers ORDER BY credit IS NULL, 2, 1"),
            same("order by expression", "SELECT id FROM products ORDER BY price * stock DESC, id"),
            same("order by case", "SELECT id, status FROM orders ORDER BY CASE status WHEN 'new' THEN 0 "
                    + "WHEN 'paid' THEN 1 ELSE 2 END, id"),
            same("union", "SELECT city FROM customers WHERE city IS NOT NULL UNION SELECT category FROM products "
                    + "WHERE category IS NOT NULL"),
            same("union all with order and limit", "SELECT id FROM customers UNION ALL SELECT id FROM products "
                    + "ORDER BY id DESC LIMIT 4"),
            same("intersect", "SELECT customer_id FROM orders INTERSECT SELECT id FROM customers WHERE active"),
            same("except", "SELECT id FROM customers EXCEPT SELECT customer_id FROM orders"),
            same("with", "WITH big AS (SELECT id, price FROM products WHERE price > 10) "
                    + "SELECT id FROM big ORDER BY price"),
            same("two ctes", "WITH paid AS (SELECT * FROM orders WHERE status = 'paid'), "
                    + "buyers AS (SELECT DISTINCT customer_id FROM paid) SELECT COUNT(*) FROM buyers"),
            same("recursive cte", "WITH RECURSIVE n (x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5) "
                    + "SELECT x FROM n ORDER BY x"),
            query("values as a table", "SELECT v.n, v.s FROM (VALUES (1, 'a'), (2, 'b')) AS v (n, s) ORDER BY v.n",
                    "SELECT v.n, v.s FROM (SELECT 1 AS n, 'a' AS s UNION ALL SELECT 2, 'b') AS v ORDER BY v.n"),
            same("boolean column as a condition", "SELECT id FROM customers WHERE active ORDER BY id"),
            same("negated boolean column", "SELECT id FROM customers WHERE NOT active ORDER BY id"),
            same("boolean compared with a literal", "SELECT id FROM customers WHERE active = FALSE ORDER BY id"),
            same("conditions as values", "SELECT id, stock > 10, active FROM products JOIN customers USING (id) "
                    + "ORDER BY id"),
            same("exists as a value", "SELECT c.id, EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) "
                    + "FROM customers c ORDER BY c.id"),
            same("for update", "SELECT id, stock FROM products WHERE id = 1 FOR UPDATE"),
            query("quoted identifiers", "SELECT \"id\", \"name\" FROM \"customers\" WHERE \"id\" < 3 ORDER BY \"id\"",
                    "SELECT `id`, `name` FROM `customers` WHERE `id` < 3 ORDER BY `id`"),
            same("case", "SELECT id, CASE WHEN stock = 0 THEN 'out' WHEN stock < 10 THEN 'low' ELSE 'ok' END "
                    + "FROM products ORDER BY id"),
            same("coalesce and nullif", "SELECT id, COALESCE(email, city, 'none'), NULLIF(stock, 0) FROM customers "
                    + "JOIN products USING (id) ORDER BY id"),
            same("string literal with a quote", "SELECT 'it''s', name FROM customers WHERE id = 1"),
            same("unicode", "SELECT id, name FROM customers WHERE name = 'Zoë'"),
            same("empty string is not null", "SELECT id FROM orders WHERE note = '' ORDER BY id"),
            same("arithmetic precedence", "SELECT 1 + 2 * 3, 10 - 4 - 3, 2 * (3 + 4), (10 - 4) - 3, 10 - (4 - 3)"),
            same("decimal literals", "SELECT 0.1 + 0.2, 1.5 * 2"),
            same("current timestamp", "SELECT COUNT(*) FROM orders WHERE ordered_at < CURRENT_TIMESTAMP"),
            // explicit NULL ordering, emulated where the database has no NULLS FIRST/LAST
            query("nulls first and last", "SELECT id, delivered, weight_kg FROM shipments "
                            + "ORDER BY delivered NULLS FIRST, weight_kg DESC NULLS LAST, id",
                    "SELECT id, delivered, weight_kg FROM shipments ORDER BY delivered, weight_kg IS NULL, weight_kg DESC, id"),
            query("nulls last descending", "SELECT id FROM shipments ORDER BY weight_kg DESC NULLS LAST, id DESC",
                    "SELECT id FROM shipments ORDER BY weight_kg IS NULL, weight_kg DESC, id DESC"),
            query("nulls first by position", "SELECT category, COUNT(*) FROM products GROUP BY 1 ORDER BY 1 DESC NULLS FIRST",
                    "SELECT category, COUNT(*) FROM products GROUP BY 1 ORDER BY category IS NULL DESC, 1 DESC"),
            query("nulls last in a window", "SELECT id, ROW_NUMBER() OVER (ORDER BY delivered DESC NULLS LAST, id) "
                            + "FROM shipments ORDER BY id",
                    "SELECT id, ROW_NUMBER() OVER (ORDER BY delivered IS NULL, delivered DESC, id) FROM shipments ORDER BY id"),
            // comparisons with an array literal: IN lists where there are no arrays
            query("equals any array", "SELECT id FROM orders WHERE customer_id = ANY(ARRAY[1, 3, 5]) ORDER BY id",
                    "SELECT id FROM orders WHERE customer_id IN (1, 3, 5) ORDER BY id"),
            query("not equal to all of an array", "SELECT id FROM products WHERE category <> ALL(ARRAY['toys', 'tools']) "
                            + "ORDER BY id",
                    "SELECT id FROM products WHERE category NOT IN ('toys', 'tools') ORDER BY id"),
            query("not equal to all of an array with a null", "SELECT COUNT(*) FROM products "
                            + "WHERE category <> ALL(ARRAY['toys', NULL])",
                    "SELECT COUNT(*) FROM products WHERE category NOT IN ('toys', NULL)"),
            query("greater than any of an array", "SELECT id FROM products WHERE price > ANY(ARRAY[20, 50]) "
                            + "AND stock < ALL(ARRAY[$1, 200]) ORDER BY id",
                    "SELECT id FROM products WHERE (price > 20 OR price > 50) AND stock < ? AND stock < 200 ORDER BY id", 10),
            // GROUP BY positions: H2 reads a number there as a constant
            same("group by position", "SELECT status, COUNT(*) FROM orders GROUP BY 1 ORDER BY 1"),
            same("group by positions of expressions", "SELECT UPPER(status), customer_id > 2, COUNT(*) FROM orders "
                    + "GROUP BY 1, 2 ORDER BY 1, 2"));
}
