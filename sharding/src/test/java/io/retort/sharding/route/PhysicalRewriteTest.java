package io.retort.sharding.route;

import static io.retort.sharding.route.RouterFixture.only;
import static io.retort.sharding.route.RouterFixture.unit;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.sql.SqlDialect;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** How logical table names become physical ones in each unit's statement. */
class PhysicalRewriteTest {
    private final RouterFixture pg = RouterFixture.shop();
    private final RouterFixture mysql = RouterFixture.shop(SqlDialect.MYSQL);

    @Test
    void tablesWithoutAliasKeepTheLogicalNameAsAlias() throws SQLException {
        assertThat(only(pg.route("SELECT orders.id, o2.id FROM orders JOIN orders o2 ON o2.customer_id = orders.customer_id"
                + " WHERE orders.customer_id = 2"))).isEqualTo(pg.expected("SELECT orders.id, o2.id FROM orders_2 orders"
                        + " JOIN orders_2 o2 ON o2.customer_id = orders.customer_id WHERE orders.customer_id = 2"));
        // schema-qualified references follow the alias
        assertThat(only(pg.route("SELECT public.orders.id FROM public.orders WHERE public.orders.customer_id = 2")))
                .isEqualTo(pg.expected("SELECT orders.id FROM public.orders_2 orders WHERE orders.customer_id = 2"));
        assertThat(only(pg.route("SELECT orders.* FROM orders WHERE customer_id = 2")))
                .isEqualTo(pg.expected("SELECT orders.* FROM orders_2 orders WHERE customer_id = 2"));
    }

    @Test
    void quotedNamesStayQuoted() throws SQLException {
        assertThat(only(pg.route("SELECT * FROM \"orders\" WHERE customer_id = 2")))
                .isEqualTo(pg.expected("SELECT * FROM \"orders_2\" \"orders\" WHERE customer_id = 2"));
    }

    @Test
    void dmlTargetsAreRenamedInPlaceWithTheirQualifiers() throws SQLException {
        assertThat(only(mysql.route("UPDATE orders SET orders.total = 1 WHERE orders.customer_id = 3")))
                .isEqualTo(mysql.expected("UPDATE orders_3 SET orders_3.total = 1 WHERE orders_3.customer_id = 3"));
        assertThat(only(pg.route("INSERT INTO orders AS o (id, customer_id) VALUES (1, 3) ON CONFLICT (id)"
                + " DO UPDATE SET total = o.total + 1 RETURNING o.id"))).isEqualTo(pg.expected(
                        "INSERT INTO orders_3 AS o (id, customer_id) VALUES (1, 3) ON CONFLICT (id)"
                                + " DO UPDATE SET total = o.total + 1 RETURNING o.id"));
        // MySQL's multi-table forms are table lists: aliased like FROM
        assertThat(only(mysql.route("DELETE orders FROM orders JOIN order_items ON order_items.order_id = orders.id"
                + " WHERE orders.customer_id = 1"))).isEqualTo(mysql.expected("DELETE orders FROM orders_1 orders"
                        + " JOIN order_items_1 order_items ON order_items.order_id = orders.id WHERE orders.customer_id = 1"));
        assertThat(only(mysql.route("UPDATE orders o JOIN order_items i ON i.order_id = o.id SET o.total = 0"
                + " WHERE o.customer_id = 1"))).isEqualTo(mysql.expected("UPDATE orders_1 o JOIN order_items_1 i"
                        + " ON i.order_id = o.id SET o.total = 0 WHERE o.customer_id = 1"));
    }

    @Test
    void cteNamesAndDerivedAliasesAreNotTables() throws SQLException {
        assertThat(only(pg.route("WITH recent AS (SELECT * FROM orders WHERE customer_id = 2)"
                + " SELECT * FROM recent r JOIN order_items ON order_items.order_id = r.id")))
                .isEqualTo(pg.expected("WITH recent AS (SELECT * FROM orders_2 orders WHERE customer_id = 2)"
                        + " SELECT * FROM recent r JOIN order_items_2 order_items ON order_items.order_id = r.id"));
        assertThat(only(pg.route("SELECT * FROM (SELECT id FROM orders WHERE customer_id = 2) AS order_items")))
                .isEqualTo(pg.expected("SELECT * FROM (SELECT id FROM orders_2 orders WHERE customer_id = 2) AS order_items"));
    }

    @Test
    void everyUnitNamesItsOwnNode() throws SQLException {
        RoutePlan plan = pg.route("SELECT * FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.customer_id IN (3, 4)");
        assertThat(unit(plan, 0)).isEqualTo(pg.expected(
                "SELECT * FROM orders_3 o JOIN order_items_3 i ON i.order_id = o.id WHERE o.customer_id IN (3, 4)"));
        assertThat(unit(plan, 1)).isEqualTo(pg.expected(
                "SELECT * FROM orders_0 o JOIN order_items_0 i ON i.order_id = o.id WHERE o.customer_id IN (3, 4)"));
        assertThat(plan.units().get(1).dataSource()).isEqualTo("ds1");
    }

    @Test
    void aliasesInOrderByExpressionsAreInlinedWhereTheDialectAllowsThem() throws SQLException {
        // MySQL resolves "t" in ORDER BY t + 1 to the select alias; the hidden column gets the expression
        assertThat(unit(mysql.route("SELECT id, total * 2 AS t FROM orders ORDER BY t + 1"), 0)).isEqualTo(mysql.expected(
                "SELECT id, total * 2 AS t, total * 2 + 1 AS retort_h1 FROM orders_0 orders ORDER BY t + 1"));
        // PostgreSQL resolves it to an input column: unchanged
        assertThat(unit(pg.route("SELECT id, total * 2 AS t FROM orders ORDER BY t + 1"), 0)).isEqualTo(pg.expected(
                "SELECT id, total * 2 AS t, t + 1 AS retort_h1 FROM orders_0 orders ORDER BY t + 1"));
    }

    @Test
    void explainRouteHonoursARoutingCommentOnTheExplainedStatement() throws SQLException {
        RoutePlan plan = pg.route("EXPLAIN ROUTE /* retort: shard=ds1 */ SELECT * FROM customers");
        assertThat(plan.explainOnly()).isTrue();
        assertThat(plan.dataSources()).containsExactly("ds1");
    }
}
