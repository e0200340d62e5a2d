package io.retort.events.builtin;

import io.retort.dialect.Dialect;
import io.retort.dialect.RenderedSql;
import io.retort.events.Listeners;
import io.retort.events.StatementEvent;
import io.retort.events.testing.TestEvents;
import io.retort.sql.Parameter;
import io.retort.sql.ParameterKind;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An H2 database with two tenants' rows, on which the tenant filter's rewritten statements run the
 * way the driver will run them: transform, render with Retort's dialect compiler, bind the
 * application's parameters and the tenant parameter (from the listener), execute.
 *
 * <pre>
 * orders    id tenant customer amount      invoices  id tenant order total     categories id tenant parent
 *           1  acme   1        100                   10 acme   1     100                  1  acme   NULL
 *           2  acme   2        200                   11 evil   3     300                  2  acme   1
 *           3  evil   1        300                   12 evil   2     999 (acme's order)   3  evil   2 (acme's)
 *           4  evil   3        400                   13 acme   4     50  (evil's order)   4  evil   NULL
 * customers (not a tenant table): 1, 2, 3
 * </pre>
 */
final class TenantDatabase implements AutoCloseable {

    private static final AtomicInteger NEXT = new AtomicInteger();

    final Connection connection;
    final TenantFilter filter;
    final Listeners listeners;
    private final Dialect dialect;

    TenantDatabase(TenantFilter filter) throws SQLException {
        this(filter, "", SqlDialect.H2);
    }

    /** With H2 URL settings such as {@code ;MODE=MySQL}, statements rendered for {@code dialect}. */
    TenantDatabase(TenantFilter filter, String settings, SqlDialect dialect) throws SQLException {
        this.dialect = Dialect.of(dialect);
        this.connection = DriverManager.getConnection("jdbc:h2:mem:tenant" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1" + settings);
        this.filter = filter;
        this.listeners = Listeners.of(List.of(filter));
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(50))");
            s.execute("CREATE TABLE orders (id INT PRIMARY KEY, tenant_id VARCHAR(20) NOT NULL, customer_id INT, amount INT, note VARCHAR(50))");
            s.execute("CREATE TABLE invoices (id INT PRIMARY KEY, tenant_id VARCHAR(20) NOT NULL, order_id INT, total INT)");
            s.execute("CREATE TABLE categories (id INT PRIMARY KEY, tenant_id VARCHAR(20) NOT NULL, parent_id INT)");
            s.execute("INSERT INTO customers VALUES (1, 'ann'), (2, 'bob'), (3, 'cid')");
            s.execute("INSERT INTO orders VALUES (1, 'acme', 1, 100, 'a1'), (2, 'acme', 2, 200, 'a2'), "
                    + "(3, 'evil', 1, 300, 'e1'), (4, 'evil', 3, 400, 'e2')");
            s.execute("INSERT INTO invoices VALUES (10, 'acme', 1, 100), (11, 'evil', 3, 300), (12, 'evil', 2, 999), (13, 'acme', 4, 50)");
            s.execute("INSERT INTO categories VALUES (1, 'acme', NULL), (2, 'acme', 1), (3, 'evil', 2), (4, 'evil', NULL)");
        }
    }

    /** The statement as the driver would run it for {@code tenant}: rewritten, printed, bound. */
    PreparedStatement prepare(String tenant, Statement model, Object... parameters) throws SQLException {
        StatementEvent event = TestEvents.statement(model.getClass().getSimpleName()).parameters(parameters).model(model).build();
        try (TenantContext.Scope scope = TenantContext.open(tenant)) {
            Statement rewritten = listeners.transform(event, model);
            // rendered by Retort's own dialect compiler, as the driver renders it
            RenderedSql printed = dialect.render(rewritten);
            PreparedStatement ps = connection.prepareStatement(printed.sql());
            for (int i = 0; i < printed.bindings().size(); i++) {
                Parameter p = printed.bindings().get(i);
                Object value = p.kind() == ParameterKind.NAMED && listeners.providesParameter(p.name())
                        ? listeners.parameterValue(p.name(), event)
                        : parameters[p.index() - 1];
                ps.setObject(i + 1, value);
            }
            return ps;
        }
    }

    /** The rows of a query run for {@code tenant}, each as its column values. */
    List<List<Object>> query(String tenant, Statement model, Object... parameters) throws SQLException {
        try (PreparedStatement ps = prepare(tenant, model, parameters); ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The first column of every row, as a sorted set. */
    Set<Object> firstColumn(String tenant, Statement model, Object... parameters) throws SQLException {
        Set<Object> out = new TreeSet<>((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
        for (List<Object> row : query(tenant, model, parameters)) {
            out.add(row.get(0));
        }
        return out;
    }

    int update(String tenant, Statement model, Object... parameters) throws SQLException {
        try (PreparedStatement ps = prepare(tenant, model, parameters)) {
            return ps.executeUpdate();
        }
    }

    /** The rows of a table, unfiltered, as {@code id:tenant} strings. */
    List<String> raw(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (java.sql.Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1) + ":" + rs.getString(2));
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        }
        connection.close();
    }
}
