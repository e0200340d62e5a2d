package io.retort.rewrite.differential;

import static io.retort.rewrite.differential.Case.query;
import static io.retort.rewrite.differential.Case.same;

import java.util.List;

/** Queries about expressions: casts, division, strings, dates, windows. Each written for PostgreSQL and for MySQL. */
final class ExpressionCases {

    private ExpressionCases() {
    }

    static final List<Case> CASES = List.of(
            query("cast to integer rounds", "SELECT id, price::int FROM products ORDER BY id",
                    "SELECT id, CAST(price AS SIGNED) FROM products ORDER BY id"),
            query("cast of text to integer", "SELECT CAST('42' AS INTEGER) + 1", "SELECT CAST('42' AS SIGNED) + 1"),
            query("cast to text", "SELECT id, CAST(id AS VARCHAR(10)) || '-x' FROM products ORDER BY id",
                    "SELECT id, CONCAT(CAST(id AS CHAR), '-x') FROM products ORDER BY id"),
            query("cast to a decimal", "SELECT id, CAST(stock AS NUMERIC(10, 2)) / 4 FROM products ORDER BY id",
                    "SELECT id, CAST(stock AS DECIMAL(10, 2)) / 4 FROM products ORDER BY id"),
            query("cast to a date", "SELECT id, CAST(ordered_at AS DATE) FROM orders ORDER BY id",
                    "SELECT id, CAST(ordered_at AS DATE) FROM orders ORDER BY id"),
            query("integer division", "SELECT id, stock / 4, -stock / 4 FROM products ORDER BY id",
                    "SELECT id, stock DIV 4, -stock DIV 4 FROM products ORDER BY id"),
            query("exact division", "SELECT id, CAST(stock AS NUMERIC) / 4 FROM products ORDER BY id",
                    "SELECT id, stock / 4 FROM products ORDER BY id"),
            query("literal division", "SELECT 7 / 2, -7 / 2, 7.0 / 2", "SELECT 7 DIV 2, -7 DIV 2, 7 / 2"),
            query("decimal column division", "SELECT id, price / 2 FROM products ORDER BY id",
                    "SELECT id, price / 2 FROM products ORDER BY id"),
            query("division by zero", "SELECT id, stock / NULLIF(stock - stock, 0) FROM products ORDER BY id",
                    "SELECT id, stock / (stock - stock) FROM products ORDER BY id"),
            same("modulo", "SELECT id, stock % 7, -stock % 7 FROM products ORDER BY id"),
            query("power", "SELECT 2 ^ 10", "SELECT POWER(2, 10)"),
            same("abs round floor ceil", "SELECT id, ABS(stock - 50), ROUND(price), FLOOR(price), CEIL(price) "
                    + "FROM products ORDER BY id"),
            // Not ROUND(19.95 * 3, 1): SQLite stores decimals as binary floating point (59.849999...).
            same("round to places", "SELECT id, ROUND(price * 2, 1) FROM products ORDER BY id"),
            same("unary minus", "SELECT id, -price, -(stock - 10) FROM products ORDER BY id"),
            query("concatenation gives null with a null", "SELECT id, name || ' <' || email || '>' FROM customers ORDER BY id",
                    "SELECT id, CONCAT(name, ' <', email, '>') FROM customers ORDER BY id"),
            query("concat skips nulls", "SELECT id, concat(name, ' ', city) FROM customers ORDER BY id",
                    "SELECT id, CONCAT_WS('', name, ' ', city) FROM customers ORDER BY id"),
            same("concat_ws", "SELECT id, CONCAT_WS(', ', name, city, email) FROM customers ORDER BY id"),
            query("concatenating numbers", "SELECT id, id || ':' || stock FROM products ORDER BY id",
                    "SELECT id, CONCAT(id, ':', stock) FROM products ORDER BY id"),
            // ASCII only: SQLite's upper() and lower() leave other letters alone (no ICU).
            same("upper lower", "SELECT id, UPPER(name), LOWER(name) FROM customers WHERE id < 7 ORDER BY id"),
            query("length in characters", "SELECT id, length(name), char_length(name) FROM customers ORDER BY id",
                    "SELECT id, CHAR_LENGTH(name), CHARACTER_LENGTH(name) FROM customers ORDER BY id"),
            query("length in bytes", "SELECT id, octet_length(name) FROM customers ORDER BY id",
                    "SELECT id, LENGTH(name) FROM customers ORDER BY id"),
            query("substring", "SELECT id, substring(name FROM 2 FOR 3), substring(name FROM 4) FROM customers ORDER BY id",
                    "SELECT id, SUBSTRING(name, 2, 3), SUBSTR(name, 4) FROM customers ORDER BY id"),
            query("substring from the end", "SELECT id, right(name, 3) FROM customers ORDER BY id",
                    "SELECT id, SUBSTRING(name, -3) FROM customers ORDER BY id"),
            query("substring before the first character", "SELECT id, substring(name FROM 0 FOR 3) FROM customers ORDER BY id",
                    "SELECT id, SUBSTRING(name, 1, 2) FROM customers ORDER BY id"),
            query("substring with parameters", "SELECT id, substring(name FROM $1 FOR $2) FROM customers ORDER BY id",
                    "SELECT id, SUBSTRING(name FROM ? FOR ?) FROM customers ORDER BY id", 2, 2),
            query("position", "SELECT id, position('o' IN name), strpos(name, 'e') FROM customers ORDER BY id",
                    "SELECT id, LOCATE('o', name), INSTR(name, 'e') FROM customers ORDER BY id"),
            same("trim", "SELECT TRIM('  a  '), TRIM(LEADING 'x' FROM 'xxaxx'), TRIM(TRAILING 'x' FROM 'xxaxx'), "
                    + "TRIM(BOTH 'x' FROM 'xxaxx')"),
            same("replace and left", "SELECT id, REPLACE(email, '@', ' at '), LEFT(name, 2) FROM customers ORDER BY id"),
            query("string aggregation", "SELECT status, string_agg(CAST(id AS TEXT), ',' ORDER BY id) FROM orders "
                            + "GROUP BY status ORDER BY status",
                    "SELECT status, GROUP_CONCAT(id ORDER BY id SEPARATOR ',') FROM orders GROUP BY status ORDER BY status"),
            // With ',' only: SQLite's DISTINCT aggregates take one argument.
            query("string aggregation of distinct values", "SELECT string_agg(DISTINCT city, ',' ORDER BY city) "
                            + "FROM customers WHERE city IS NOT NULL",
                    "SELECT GROUP_CONCAT(DISTINCT city ORDER BY city) FROM customers WHERE city IS NOT NULL"),
            query("greatest skips nulls in postgres", "SELECT id, greatest(credit, 50), least(credit, 50) FROM customers "
                            + "ORDER BY id",
                    "SELECT id, GREATEST(COALESCE(credit, 50), 50), LEAST(COALESCE(credit, 50), 50) FROM customers "
                            + "ORDER BY id"),
            query("extract", "SELECT id, EXTRACT(YEAR FROM ordered_at), EXTRACT(MONTH FROM ordered_at), "
                            + "EXTRACT(DAY FROM ordered_at), EXTRACT(HOUR FROM ordered_at) FROM orders ORDER BY id",
                    "SELECT id, YEAR(ordered_at), MONTH(ordered_at), DAY(ordered_at), HOUR(ordered_at) FROM orders "
                            + "ORDER BY id"),
            query("day of week", "SELECT id, EXTRACT(DOW FROM ordered_at) FROM orders ORDER BY id",
                    "SELECT id, DAYOFWEEK(ordered_at) - 1 FROM orders ORDER BY id"),
            query("interval arithmetic", "SELECT id, ordered_at + INTERVAL '1 day', ordered_at - INTERVAL '2 hours' "
                            + "FROM orders ORDER BY id",
                    "SELECT id, ordered_at + INTERVAL 1 DAY, DATE_SUB(ordered_at, INTERVAL 2 HOUR) FROM orders ORDER BY id"),
            query("interval in a condition", "SELECT id FROM orders WHERE ordered_at > "
                            + "TIMESTAMP '2024-06-01 00:00:00' - INTERVAL '10 days' ORDER BY id",
                    "SELECT id FROM orders WHERE ordered_at > TIMESTAMP '2024-06-01 00:00:00' - INTERVAL 10 DAY "
                            + "ORDER BY id"),
            query("interval of minutes and seconds", "SELECT id, ordered_at + INTERVAL '90 minutes' + "
                            + "INTERVAL '30 seconds' FROM orders ORDER BY id",
                    "SELECT id, ordered_at + INTERVAL 90 MINUTE + INTERVAL 30 SECOND FROM orders ORDER BY id"),
            query("interval with a parameter", "SELECT id FROM orders WHERE ordered_at < TIMESTAMP '2024-05-01 00:00:00' "
                            + "+ $1 * INTERVAL '1 day' ORDER BY id",
                    "SELECT id FROM orders WHERE ordered_at < TIMESTAMP '2024-05-01 00:00:00' + INTERVAL ? DAY ORDER BY id",
                    4),
            same("timestamps compared with text", "SELECT id FROM orders WHERE ordered_at >= '2024-06-01 00:00:00' "
                    + "ORDER BY id"),
            same("row number", "SELECT id, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY ordered_at) "
                    + "FROM orders ORDER BY id"),
            same("rank", "SELECT id, RANK() OVER (ORDER BY status) FROM orders ORDER BY id"),
            same("running total", "SELECT id, SUM(stock) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND "
                    + "CURRENT ROW) FROM products ORDER BY id"),
            same("window aggregate by partition", "SELECT id, COUNT(*) OVER (PARTITION BY status) FROM orders ORDER BY id"),
            same("lag and lead", "SELECT id, LAG(id) OVER (ORDER BY id), LEAD(id, 2) OVER (ORDER BY id) FROM orders "
                    + "ORDER BY id"),
            query("window ordered by a nullable column",
                    "SELECT id, ROW_NUMBER() OVER (ORDER BY credit, id) FROM customers ORDER BY id",
                    "SELECT id, ROW_NUMBER() OVER (ORDER BY credit IS NULL, credit, id) FROM customers ORDER BY id"),
            same("nested subqueries", "SELECT name FROM customers WHERE id IN (SELECT customer_id FROM orders "
                    + "WHERE id IN (SELECT order_id FROM order_items WHERE product_id = 2)) ORDER BY id"),
            same("correlated aggregate", "SELECT p.id FROM products p WHERE p.price > (SELECT AVG(price) FROM products) "
                    + "ORDER BY p.id"),
            same("case in an aggregate", "SELECT SUM(CASE WHEN active THEN 1 ELSE 0 END), COUNT(*) FROM customers"),
            same("null arithmetic", "SELECT id, credit + 1, credit * 2 FROM customers ORDER BY id"),
            // dates plus and minus days (PostgreSQL) are DATE_ADD/DATEDIFF (MySQL), date()/julianday (SQLite), DATEADD (H2)
            query("date plus days", "SELECT id, due + 30, due - 7, due + days, 7 + due, due - days FROM shipments ORDER BY id",
                    "SELECT id, DATE_ADD(due, INTERVAL 30 DAY), DATE_SUB(due, INTERVAL 7 DAY), DATE_ADD(due, INTERVAL days DAY), "
                            + "DATE_ADD(due, INTERVAL 7 DAY), DATE_SUB(due, INTERVAL days DAY) FROM shipments ORDER BY id"),
            query("date difference in days", "SELECT id, delivered - due, (delivered - due) / 2, due - DATE '2024-01-01' "
                            + "FROM shipments ORDER BY id",
                    "SELECT id, DATEDIFF(delivered, due), DATEDIFF(delivered, due) DIV 2, DATEDIFF(due, DATE '2024-01-01') "
                            + "FROM shipments ORDER BY id"),
            query("date plus a parameter", "SELECT id FROM shipments WHERE due + $1 > DATE '2024-06-01' ORDER BY id",
                    "SELECT id FROM shipments WHERE DATE_ADD(due, INTERVAL ? DAY) > DATE '2024-06-01' ORDER BY id", 30),
            query("date arithmetic in a condition", "SELECT id FROM shipments WHERE delivered - due > 1 "
                            + "AND delivered > due + 1 ORDER BY id",
                    "SELECT id FROM shipments WHERE DATEDIFF(delivered, due) > 1 AND delivered > DATE_ADD(due, INTERVAL 1 DAY) "
                            + "ORDER BY id"),
            query("sum of days over date differences", "SELECT SUM(delivered - due), SUM(delivered - due) / COUNT(*) "
                            + "FROM shipments",
                    "SELECT SUM(DATEDIFF(delivered, due)), SUM(DATEDIFF(delivered, due)) DIV COUNT(*) FROM shipments"),
            query("date plus an interval is a timestamp in postgres", "SELECT id, due + INTERVAL '1 day' FROM shipments "
                            + "ORDER BY id",
                    "SELECT id, CAST(due AS DATETIME) + INTERVAL 1 DAY FROM shipments ORDER BY id"),
            query("time plus an interval wraps at midnight", "SELECT TIME '23:30:00' + INTERVAL '1 hour'",
                    "SELECT CAST('00:30:00' AS TIME)"),
            // PostgreSQL sums SMALLINT and INTEGER into BIGINT (integer division), BIGINT into NUMERIC (exact)
            query("sums divided by counts", "SELECT SUM(days) / COUNT(*), SUM(weight_kg) / COUNT(weight_kg), "
                            + "SUM(distance) / COUNT(*), AVG(days) / 2 FROM shipments",
                    "SELECT SUM(days) DIV COUNT(*), SUM(weight_kg) DIV COUNT(weight_kg), SUM(distance) / COUNT(*), "
                            + "AVG(days) / 2 FROM shipments"),
            query("extract divided exactly", "SELECT id, EXTRACT(MONTH FROM due) / 4 FROM shipments ORDER BY id",
                    "SELECT id, MONTH(due) / 4 FROM shipments ORDER BY id"),
            query("derived columns divided", "SELECT t.n / 2, t.s / t.n FROM (SELECT COUNT(*) AS n, SUM(days) AS s "
                            + "FROM shipments) AS t",
                    "SELECT t.n DIV 2, t.s DIV t.n FROM (SELECT COUNT(*) AS n, SUM(days) AS s FROM shipments) AS t"));
}
