package io.retort.jdbc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.events.builtin.TenantContext;
import io.retort.events.builtin.TenantFilter;
import io.retort.jdbc.RetortDataSource;
import io.retort.testkit.TestDatabase;
import io.retort.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tenant filter through the driver on every database: each attempt to see or touch another
 * tenant's rows, written as an application would write it, sees only its own tenant's rows.
 * Tenant "acme" owns orders 1 and 2 (customers 1 and 2); tenant "evil" owns orders 3 and 4 (customer 3).
 */
class TenantFilterThroughDriverTest {

    enum Target { H2, SQLITE, POSTGRESQL, MARIADB }

    private record Db(RetortDataSource dataSource, String schema, AutoCloseable cleanup) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            cleanup.close();
        }
    }

    private static Db open(Target target) throws Exception {
        RetortDataSource ds = new RetortDataSource();
        ds.listen(TenantFilter.forTables("orders"));
        return switch (target) {
            case H2 -> {
                ds.setUrl("jdbc:retort:h2:mem:tenant_" + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1");
                yield new Db(ds, "PUBLIC", () -> {});
            }
            case SQLITE -> {
                Path file = Files.createTempFile("retort-tenant", ".db");
                ds.setUrl("jdbc:retort:sqlite:" + file);
                yield new Db(ds, "main", () -> Files.deleteIfExists(file));
            }
            case POSTGRESQL -> server(ds, TestDatabases.postgres().create("tenant"), "public");
            case MARIADB -> {
                TestDatabase db = TestDatabases.mariadb().create("tenant");
                yield server(ds, db, db.name());
            }
        };
    }

    private static Db server(RetortDataSource ds, TestDatabase db, String schema) {
        ds.setUrl(db.retortUrl());
        ds.setUser(db.user());
        ds.setPassword(db.password());
        return new Db(ds, schema, db);
    }

    private static void load(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            // DDL and the load run as the tenant's administrator would: inserts name their tenant explicitly,
            // which the filter checks; so each tenant's rows are inserted under that tenant.
            st.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(20))");
            st.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, tenant_id VARCHAR(10) NOT NULL, customer_id INTEGER,"
                    + " amount INTEGER, note VARCHAR(40))");
            st.execute("INSERT INTO customers (id, name) VALUES (1, 'a1'), (2, 'a2'), (3, 'e1')");
        }
        try (TenantContext.Scope s = TenantContext.open("acme"); Statement st = c.createStatement()) {
            st.execute("INSERT INTO orders (id, customer_id, amount, note) VALUES (1, 1, 100, 'x'), (2, 2, 200, 'y')");
        }
        try (TenantContext.Scope s = TenantContext.open("evil"); Statement st = c.createStatement()) {
            st.execute("INSERT INTO orders (id, tenant_id, customer_id, amount, note) VALUES (3, 'evil', 3, 300, 'z'),"
                    + " (4, 'evil', 3, 400, 'w')");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void everyAttemptSeesOnlyItsTenantsRows(Target target) throws Exception {
        try (Db db = open(target); Connection c = db.dataSource().getConnection()) {
            load(c);
            try (TenantContext.Scope s = TenantContext.open("acme")) {
                assertThat(ids(c, "SELECT id FROM orders")).containsExactly(1, 2);
                assertThat(ids(c, "SELECT id FROM orders WHERE id = ? OR 1 = 1", 3)).containsExactly(1, 2);
                assertThat(ids(c, "SELECT id FROM orders WHERE note = ?", "x' OR '1'='1")).isEmpty();
                assertThat(ids(c, "SELECT id FROM orders /* AND tenant_id = 'evil' */ WHERE tenant_id = 'evil'")).isEmpty();
                assertThat(ids(c, "SELECT id FROM orders WHERE tenant_id = 'evil' OR tenant_id = 'acme'")).containsExactly(1, 2);
                assertThat(ids(c, "SELECT id FROM orders WHERE 1 = 0 UNION SELECT id FROM orders")).containsExactly(1, 2);
                assertThat(ids(c, "SELECT id FROM customers WHERE id IN (SELECT customer_id FROM orders)")).containsExactly(1, 2);
                assertThat(ids(c, "SELECT c.id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)"))
                        .containsExactly(1, 2);
                assertThat(ids(c, "WITH o AS (SELECT * FROM orders) SELECT id FROM o")).containsExactly(1, 2);
                assertThat(ids(c, "SELECT x.id FROM (SELECT * FROM orders) x")).containsExactly(1, 2);
                assertThat(ids(c, "SELECT a.id FROM orders a JOIN orders b ON a.customer_id = b.customer_id")).containsExactly(1, 2);
                assertThat(ids(c, "SELECT customers.id FROM customers LEFT JOIN orders ON orders.customer_id = customers.id"
                        + " WHERE orders.id IS NOT NULL")).containsExactly(1, 2);
                assertThat(ids(c, "SELECT id FROM " + db.schema() + ".orders")).containsExactly(1, 2);
                assertThat(ids(c, "SELECT (SELECT SUM(amount) FROM orders) FROM customers WHERE id = 1")).containsExactly(300);

                // writes touch only the tenant's rows
                try (Statement st = c.createStatement()) {
                    assertThat(st.executeUpdate("UPDATE orders SET note = 'hacked'")).isEqualTo(2);
                    assertThat(st.executeUpdate("DELETE FROM orders WHERE id = 3")).isZero();
                    assertThat(st.executeUpdate("INSERT INTO orders (id, customer_id, amount) VALUES (5, 1, 10)")).isEqualTo(1);
                    assertThatThrownBy(() -> st.executeUpdate(
                            "INSERT INTO orders (id, tenant_id, customer_id, amount) VALUES (6, 'evil', 1, 10)"))
                            .isInstanceOf(SQLException.class).hasMessageContaining("TenantFilter");
                    assertThatThrownBy(() -> st.executeUpdate("UPDATE orders SET tenant_id = 'evil' WHERE id = 1"))
                            .isInstanceOf(SQLException.class).hasMessageContaining("TenantFilter");
                }
                assertThat(ids(c, "SELECT id FROM orders")).containsExactly(1, 2, 5);
            }
            try (TenantContext.Scope s = TenantContext.open("evil")) {
                assertThat(ids(c, "SELECT id FROM orders WHERE note = 'hacked'")).isEmpty();
                assertThat(ids(c, "SELECT id FROM orders")).containsExactly(3, 4);
            }
            assertThatThrownBy(() -> ids(c, "SELECT id FROM orders"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("tenant");
            assertThat(ids(c, "SELECT id FROM customers")).containsExactly(1, 2, 3); // not a tenant table
        }
    }

    /** Runs {@code sql} both as a prepared statement (with the parameters) and, without parameters, as a plain one. */
    private static Set<Integer> ids(Connection c, String sql, Object... parameters) throws SQLException {
        Set<Integer> prepared = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    prepared.add(rs.getInt(1));
                }
            }
        }
        if (parameters.length == 0) {
            Set<Integer> plain = new TreeSet<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    plain.add(rs.getInt(1));
                }
            }
            assertThat(plain).as("plain statement: " + sql).isEqualTo(prepared);
        }
        return prepared;
    }
}
