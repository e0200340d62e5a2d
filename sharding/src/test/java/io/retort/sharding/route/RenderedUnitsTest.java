package io.retort.sharding.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.dialect.Dialect;
import io.retort.dialect.RenderedSql;
import io.retort.rewrite.SqlTranslator;
import io.retort.sql.Parameter;
import io.retort.sql.SqlDialect;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Units rendered by the dialect rewriter, as the driver will run them: the physical SQL per target
 * database, and the parameters each {@code ?} binds (the application's by index, Retort's by name).
 * The application writes PostgreSQL; shards may be other databases.
 */
class RenderedUnitsTest {
    private final RouterFixture pg = RouterFixture.shop();

    private static RenderedSql render(RouteUnit unit, SqlDialect target) throws SQLException {
        return SqlTranslator.translate(unit.statement(), SqlDialect.POSTGRESQL, Dialect.of(target));
    }

    private static List<String> bindings(RenderedSql sql) {
        return sql.bindings().stream().map((Parameter p) -> p.name() != null ? p.name() : "$" + p.index()).toList();
    }

    @Test
    void pointSelect() throws SQLException {
        RouteUnit unit = pg.route("SELECT * FROM orders WHERE customer_id = ?", 5).units().get(0);
        assertThat(unit.dataSource()).isEqualTo("ds1");
        assertThat(render(unit, SqlDialect.POSTGRESQL).sql()).isEqualTo("SELECT * FROM orders_1 AS orders WHERE customer_id = ?");
        assertThat(render(unit, SqlDialect.MARIADB).sql()).isEqualTo("SELECT * FROM orders_1 AS orders WHERE customer_id = ?");
    }

    @Test
    void shardsSortNullsAsTheApplicationsDialectDoes() throws SQLException {
        RoutePlan plan = pg.route("SELECT id, total FROM orders ORDER BY total LIMIT ? OFFSET ?", 10, 20);
        assertThat(plan.merge().orderBy().get(0).nullsFirst()).isFalse(); // PostgreSQL: NULLs last ascending
        RouteUnit unit = plan.units().get(0);
        assertThat(render(unit, SqlDialect.POSTGRESQL).sql()).isEqualTo(
                "SELECT id, total FROM orders_0 AS orders ORDER BY total LIMIT ?");
        assertThat(render(unit, SqlDialect.MARIADB).sql()).isEqualTo(
                "SELECT id, total FROM orders_0 AS orders ORDER BY total IS NULL, total LIMIT ?");
        assertThat(render(unit, SqlDialect.H2).sql()).isEqualTo(
                "SELECT id, total FROM orders_0 AS orders ORDER BY total NULLS LAST LIMIT ?");
        assertThat(bindings(render(unit, SqlDialect.MARIADB))).containsExactly("retort_limit");
        assertThat(unit.extraParameters()).containsEntry("retort_limit", 30L);
    }

    @Test
    void averagesAndHiddenColumns() throws SQLException {
        RouteUnit avg = pg.route("SELECT status, AVG(total) FROM orders GROUP BY status").units().get(0);
        assertThat(render(avg, SqlDialect.POSTGRESQL).sql()).isEqualTo("SELECT status, SUM(total) AS \"avg\","
                + " COUNT(total) AS retort_h1 FROM orders_0 AS orders GROUP BY status ORDER BY status");
        RouteUnit star = pg.route("SELECT * FROM orders ORDER BY created_at DESC").units().get(0);
        assertThat(render(star, SqlDialect.MARIADB).sql()).isEqualTo("SELECT *, created_at AS retort_h1 FROM orders_0 AS"
                + " orders ORDER BY created_at IS NULL DESC, created_at DESC");
    }

    @Test
    void generatedKeysAndRenamedTargets() throws SQLException {
        RoutePlan plan = pg.route("INSERT INTO orders (customer_id, total) VALUES (?, ?)", 1, 2);
        RenderedSql sql = render(plan.units().get(0), SqlDialect.MARIADB);
        assertThat(sql.sql()).isEqualTo("INSERT INTO orders_1 (customer_id, total, id) VALUES (?, ?, ?)");
        assertThat(bindings(sql)).containsExactly("$1", "$2", "retort_gk_1");
        // total + 1 needs total's type (a date plus 1 means something else in MariaDB): the physical table's schema
        io.retort.rewrite.SchemaInfo physical = io.retort.rewrite.SchemaInfo.fromDdl(List.of(io.retort.parser.SqlParser.parse(
                "CREATE TABLE orders_3 (id BIGINT PRIMARY KEY, total NUMERIC(10, 2))", SqlDialect.POSTGRESQL)));
        assertThat(SqlTranslator.translate(pg.route("UPDATE orders SET total = orders.total + 1 WHERE customer_id = 3")
                .units().get(0).statement(), SqlDialect.POSTGRESQL, Dialect.of(SqlDialect.MARIADB),
                io.retort.rewrite.TranslationOptions.of(physical)).sql())
                .isEqualTo("UPDATE orders_3 SET total = orders_3.total + 1 WHERE customer_id = 3");
        assertThat(render(pg.route("CREATE INDEX idx_orders_created ON orders (created_at)").units().get(0),
                SqlDialect.POSTGRESQL).sql()).isEqualTo("CREATE INDEX idx_orders_0_created ON orders_0 (created_at)");
    }

    @Test
    void rowMoveSteps() throws SQLException {
        RoutePlan plan = pg.route("UPDATE orders SET customer_id = 6 WHERE customer_id = 1");
        assertThat(render(plan.units().get(0), SqlDialect.POSTGRESQL).sql()).isEqualTo(
                "SELECT *, 6 AS retort_new_1 FROM orders_1 AS orders WHERE customer_id = 1 FOR UPDATE");
        assertThat(render(plan.units().get(1), SqlDialect.POSTGRESQL).sql()).isEqualTo(
                "DELETE FROM orders_1 WHERE customer_id = 1");
    }
}
