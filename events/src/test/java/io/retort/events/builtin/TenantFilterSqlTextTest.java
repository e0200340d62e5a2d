package io.retort.events.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.parser.SqlParser;
import io.retort.sql.Passthrough;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Escape attempts written as SQL text, the way an attacker (or a careless query) writes them: parsed
 * by Retort's parser, filtered, and run on H2 as tenant {@code acme} (see {@link TenantDatabase}:
 * acme owns orders 1 and 2, invoices 10 and 13, categories 1 and 2).
 */
class TenantFilterSqlTextTest {

    private TenantDatabase db;

    @BeforeEach
    void open() throws SQLException {
        db = new TenantDatabase(TenantFilter.forTables("orders", "invoices", "categories"));
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private static Statement h2(String sql) {
        Statement s = SqlParser.parse(sql, SqlDialect.H2);
        assertThat(s).as("parsed: %s", sql).isNotInstanceOf(Passthrough.class);
        return s;
    }

    private static Set<String> set(String csv) {
        Set<String> out = new TreeSet<>();
        if (!csv.isBlank()) {
            out.addAll(Arrays.asList(csv.trim().split("\\s+")));
        }
        return out;
    }

    private Set<String> firstColumn(String sql, Object... parameters) throws SQLException {
        Set<String> out = new TreeSet<>();
        for (List<Object> row : db.query("acme", h2(sql), parameters)) {
            out.add(String.valueOf(row.get(0)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SELECT id FROM orders                                                                  | 1 2
            SELECT id FROM orders WHERE id = 3 -- AND tenant_id = 'acme'                           |
            SELECT id FROM orders /* WHERE tenant_id = 'acme' */ WHERE 1 = 1                       | 1 2
            SELECT id FROM orders WHERE 1 = 1 OR 1 = 1                                             | 1 2
            SELECT id FROM orders WHERE tenant_id = 'evil' OR 1 = 1                                | 1 2
            SELECT id FROM orders WHERE id = 1 UNION SELECT id FROM orders WHERE tenant_id = 'evil' | 1
            SELECT id FROM orders UNION ALL SELECT id FROM invoices                                | 1 10 13 2
            SELECT id FROM orders INTERSECT SELECT order_id FROM invoices                          | 1
            SELECT id FROM "ORDERS"                                                                | 1 2
            SELECT id FROM PUBLIC.orders                                                           | 1 2
            SELECT id FROM "PUBLIC"."ORDERS"                                                       | 1 2
            SELECT id FROM OrDeRs AS invoices                                                      | 1 2
            SELECT x.id FROM (SELECT * FROM (SELECT * FROM orders) AS a) AS x                      | 1 2
            SELECT orders.id FROM (SELECT * FROM invoices) AS orders                               | 10 13
            WITH orders AS (SELECT * FROM orders) SELECT id FROM orders                           | 1 2
            WITH x AS (SELECT * FROM invoices WHERE tenant_id <> 'acme') SELECT id FROM x           |
            WITH RECURSIVE t(id) AS (SELECT id FROM categories WHERE id = 1 UNION ALL SELECT c.id FROM categories c JOIN t ON c.parent_id = t.id) SELECT id FROM t | 1 2
            SELECT o.id FROM orders o WHERE EXISTS (SELECT 1 FROM orders e WHERE e.tenant_id = 'evil') |
            SELECT id FROM orders WHERE id IN (SELECT order_id FROM invoices)                      | 1
            SELECT id FROM orders WHERE id NOT IN (SELECT order_id FROM invoices)                  | 2
            SELECT (SELECT COUNT(*) FROM orders)                                                   | 2
            SELECT (SELECT MAX(id) FROM orders o2 WHERE o2.customer_id = c.id) FROM customers c WHERE c.id = 1 | 1
            SELECT id FROM customers WHERE id = ANY (SELECT customer_id FROM orders)               | 1 2
            SELECT a.id FROM orders a JOIN orders b ON a.customer_id = b.customer_id AND a.id <> b.id |
            SELECT i.id FROM invoices i JOIN orders o ON o.id = i.order_id                         | 10
            SELECT o.id FROM orders o RIGHT JOIN invoices i ON i.order_id = o.id WHERE o.id IS NOT NULL | 1
            SELECT COUNT(*) FROM orders o LEFT JOIN invoices i ON i.order_id = o.id                | 2
            SELECT c.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.id IS NULL | 3
            """)
    void attemptsToReadAnotherTenantsRowsSeeOnlyTheTenantsOwn(String sql, String expected) throws SQLException {
        assertThat(firstColumn(sql)).isEqualTo(set(expected == null ? "" : expected));
    }

    @Test
    void parametersCarryValuesNotSql() throws SQLException {
        assertThat(firstColumn("SELECT id FROM orders WHERE note = ?", "e1' OR '1'='1")).isEmpty();
        assertThat(firstColumn("SELECT id FROM orders WHERE tenant_id = ? OR tenant_id <> ?", "evil", "evil"))
                .containsExactly("1", "2");
        assertThat(firstColumn("SELECT id FROM orders WHERE tenant_id = ?", "evil")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UPDATE orders SET note = 'x'                                         | 2
            UPDATE orders SET note = 'x' WHERE tenant_id = 'evil'                 | 0
            UPDATE orders SET note = 'x' WHERE id IN (3, 4) OR 1 = 1              | 2
            DELETE FROM orders WHERE id IN (3, 4)                                 | 0
            DELETE FROM orders WHERE 1 = 1                                        | 2
            DELETE FROM orders WHERE id IN (SELECT order_id FROM invoices)        | 1
            UPDATE orders SET amount = (SELECT SUM(total) FROM invoices) WHERE id = 1 | 1
            INSERT INTO orders (id, amount) SELECT id + 100, amount FROM orders   | 2
            """)
    void attemptsToChangeAnotherTenantsRowsChangeOnlyTheTenantsOwn(String sql, int count) throws SQLException {
        assertThat(db.update("acme", h2(sql))).isEqualTo(count);
        assertThat(db.raw("SELECT id, tenant_id FROM orders WHERE tenant_id = 'evil' ORDER BY id")).containsExactly("3:evil", "4:evil");
        assertThat(db.raw("SELECT note, amount FROM orders WHERE tenant_id = 'evil' ORDER BY id")).containsExactly("e1:300", "e2:400");
        assertThat(db.raw("SELECT id, tenant_id FROM orders WHERE id > 100 ORDER BY id")).allMatch(r -> r.endsWith(":acme"));
    }

    @Test
    void theSumOfAnotherTenantsInvoicesIsNotVisibleInAnUpdate() throws SQLException {
        db.update("acme", h2("UPDATE orders SET amount = (SELECT SUM(total) FROM invoices) WHERE id = 1"));
        assertThat(db.raw("SELECT id, amount FROM orders WHERE id = 1")).containsExactly("1:150");
    }

    @Test
    void refusedStatementsSayWhy() {
        assertThatThrownBy(() -> db.update("acme", h2("UPDATE orders SET tenant_id = 'evil' WHERE id = 1")))
                .hasMessageContaining("may not set the tenant column");
        assertThatThrownBy(() -> db.update("acme", h2("INSERT INTO orders (id, tenant_id) VALUES (9, 'evil')")))
                .hasMessageContaining("not the current tenant");
        assertThatThrownBy(() -> db.update("acme", h2("INSERT INTO orders VALUES (9, 'evil', 1, 1, 'x')")))
                .hasMessageContaining("must name its columns");
        assertThatThrownBy(() -> db.update("acme", h2("TRUNCATE TABLE orders"))).hasMessageContaining("TRUNCATE");
    }
}
