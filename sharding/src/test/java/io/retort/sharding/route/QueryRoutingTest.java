package io.retort.sharding.route;

import static io.retort.sharding.route.RouterFixture.nodes;
import static io.retort.sharding.route.RouterFixture.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.sharding.merge.MergePlan;
import io.retort.sql.SqlDialect;
import java.math.BigDecimal;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which nodes a query goes to, and the physical statement each node gets. */
class QueryRoutingTest {
    private final RouterFixture shop = RouterFixture.shop();

    private List<String> route(String sql, Object... parameters) throws SQLException {
        return nodes(shop.route(sql, parameters));
    }

    private static final List<String> ALL_ORDERS = List.of("ds0.orders_0", "ds0.orders_1", "ds0.orders_2", "ds0.orders_3",
            "ds1.orders_0", "ds1.orders_1", "ds1.orders_2", "ds1.orders_3");

    // ----- sharding values -----

    @Test
    void equalityWithLiteralOrParameterOnEitherSide() throws SQLException {
        assertThat(route("SELECT * FROM orders WHERE customer_id = 5")).containsExactly("ds1.orders_1");
        assertThat(route("SELECT * FROM orders WHERE customer_id = ?", 5)).containsExactly("ds1.orders_1");
        assertThat(route("SELECT * FROM orders WHERE 5 = customer_id")).containsExactly("ds1.orders_1");
        assertThat(route("SELECT * FROM orders WHERE ? = orders.customer_id", 10L)).containsExactly("ds0.orders_2");
    }

    @Test
    void literalsOfAnyTypeConvertToTheKeyType() throws SQLException {
        // keyType integer: '5', 5.0 and CAST('5' AS BIGINT) are all 5
        assertThat(route("SELECT * FROM orders WHERE customer_id = '5'")).containsExactly("ds1.orders_1");
        assertThat(route("SELECT * FROM orders WHERE customer_id = 5.0")).containsExactly("ds1.orders_1");
        assertThat(route("SELECT * FROM orders WHERE customer_id = CAST('5' AS BIGINT)")).containsExactly("ds1.orders_1");
        assertThat(route("SELECT * FROM orders WHERE customer_id = '13'::int")).containsExactly("ds1.orders_1");
        assertThat(route("SELECT * FROM orders WHERE customer_id = ?", new BigDecimal("13"))).containsExactly("ds1.orders_1");
        assertThat(route("SELECT * FROM orders WHERE customer_id = -3")).containsExactly("ds1.orders_1"); // floor mod
        assertThat(route("SELECT * FROM orders WHERE customer_id = -?", 3)).containsExactly("ds1.orders_1");
        assertThat(route("SELECT * FROM events WHERE day = DATE '2024-06-01'")).containsExactly("ds0.events_1");
        assertThat(route("SELECT * FROM events WHERE day = ?", LocalDate.of(2023, 1, 1))).containsExactly("ds0.events_0");
        assertThat(route("SELECT * FROM events WHERE day = '2025-03-01'")).containsExactly("ds0.events_2");
    }

    @Test
    void inListsBetweenAndRanges() throws SQLException {
        assertThat(route("SELECT * FROM orders WHERE customer_id IN (1, 9, ?)", 3)).containsExactly("ds0.orders_1", "ds0.orders_3");
        assertThat(route("SELECT * FROM orders WHERE customer_id IN (1, NULL)")).containsExactly("ds0.orders_1");
        assertThat(route("SELECT * FROM orders WHERE customer_id BETWEEN 2 AND 4")).containsExactly("ds0.orders_2",
                "ds0.orders_3", "ds1.orders_0");
        assertThat(route("SELECT * FROM orders WHERE customer_id >= 6 AND customer_id < 8")).containsExactly("ds1.orders_2",
                "ds1.orders_3");
        // a range of a range algorithm prunes partitions
        assertThat(route("SELECT * FROM events WHERE day >= DATE '2024-03-01'")).containsExactly("ds0.events_1", "ds0.events_2");
        assertThat(route("SELECT * FROM events WHERE day < '2024-01-01'")).containsExactly("ds0.events_0");
        assertThat(route("SELECT * FROM events WHERE day BETWEEN ? AND ?", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)))
                .containsExactly("ds0.events_1");
        assertThat(route("SELECT * FROM orders WHERE customer_id = ANY(?)", (Object) new Long[] {2L, 7L}))
                .containsExactly("ds0.orders_2", "ds1.orders_3");
        assertThat(route("SELECT * FROM orders WHERE customer_id = ANY(ARRAY[4, 12])")).containsExactly("ds1.orders_0");
    }

    @Test
    void orAcrossValuesAndAcrossColumns() throws SQLException {
        assertThat(route("SELECT * FROM orders WHERE customer_id = 1 OR customer_id = 2")).containsExactly("ds0.orders_1",
                "ds0.orders_2");
        // payments: user_id picks the data source, payment_id the table
        assertThat(route("SELECT * FROM payments WHERE user_id = 1 AND payment_id = 5")).containsExactly("ds1.payments_0");
        assertThat(route("SELECT * FROM payments WHERE user_id = 0 OR payment_id = 2000000")).containsExactly(
                "ds0.payments_0", "ds0.payments_1", "ds1.payments_1");
        assertThat(route("SELECT * FROM payments WHERE (user_id, payment_id) = (2, 1500000)")).containsExactly("ds0.payments_1");
        assertThat(route("SELECT * FROM payments WHERE (user_id, payment_id) IN ((1, 1), (2, 2))")).containsExactly(
                "ds0.payments_0", "ds1.payments_0");
    }

    @Test
    void notAndNonKeyPredicatesMeanEveryNode() throws SQLException {
        assertThat(route("SELECT * FROM orders WHERE NOT customer_id = 5")).isEqualTo(ALL_ORDERS);
        assertThat(route("SELECT * FROM orders WHERE customer_id = 5 OR status = 'new'")).isEqualTo(ALL_ORDERS);
        assertThat(route("SELECT * FROM orders WHERE customer_id <> 5")).isEqualTo(ALL_ORDERS);
        assertThat(route("SELECT * FROM orders WHERE customer_id NOT IN (5)")).isEqualTo(ALL_ORDERS);
        assertThat(route("SELECT * FROM orders WHERE customer_id + 0 = 5")).isEqualTo(ALL_ORDERS);
        assertThat(route("SELECT * FROM orders WHERE customer_id = 5 AND status = 'new'")).containsExactly("ds1.orders_1");
        assertThat(shop.route("SELECT * FROM orders").scattered()).isTrue();
        assertThat(shop.route("SELECT * FROM orders WHERE customer_id = 5").scattered()).isFalse();
    }

    @Test
    void aContradictionStillRunsOnOneNodeForTheColumns() throws SQLException {
        assertThat(route("SELECT * FROM orders WHERE customer_id = 1 AND customer_id = 2")).containsExactly("ds0.orders_0");
        assertThat(route("SELECT * FROM orders WHERE customer_id = ?", (Object) null)).containsExactly("ds0.orders_0");
        assertThat(route("SELECT * FROM orders WHERE FALSE")).containsExactly("ds0.orders_0");
    }

    @Test
    void qualifiedAliasedAndUnqualifiedColumns() throws SQLException {
        assertThat(route("SELECT * FROM orders o WHERE o.customer_id = 3")).containsExactly("ds0.orders_3");
        assertThat(route("SELECT * FROM public.orders WHERE public.orders.customer_id = 3")).containsExactly("ds0.orders_3");
        // a qualifier naming another table is not the key of orders
        assertThat(route("SELECT * FROM orders o, countries c WHERE c.customer_id = 3")).hasSize(8);
        // after an alias, the table's own name no longer qualifies it
        assertThat(route("SELECT * FROM orders o WHERE orders.customer_id = 3")).isEqualTo(ALL_ORDERS);
    }

    @Test
    void missingParameterIsAnError() {
        assertThatThrownBy(() -> shop.route("SELECT * FROM orders WHERE customer_id = ?"))
                .isInstanceOf(SQLException.class).hasMessageContaining("Parameter 1").extracting("SQLState").isEqualTo("07001");
    }

    // ----- kinds of tables -----

    @Test
    void unshardedTablesGoToTheDefaultDataSourceUnchanged() throws SQLException {
        var statement = shop.parse("SELECT * FROM customers c JOIN addresses a ON a.customer_id = c.id WHERE c.id = ?");
        RoutePlan plan = shop.router.route(statement, List.of(1), RouteHint.NONE);
        assertThat(nodes(plan)).containsExactly("ds0.customers+ds0.addresses");
        assertThat(plan.units().get(0).statement()).isSameAs(statement);
        assertThat(plan.merge()).isEqualTo(MergePlan.CONCATENATE);
        assertThat(plan.kind()).isEqualTo(RouteKind.QUERY);
        assertThat(nodes(shop.route("SELECT 1"))).containsExactly("");
        assertThat(shop.route("SELECT 1").dataSources()).containsExactly("ds0");
    }

    @Test
    void singleTablesGoToTheirNode() throws SQLException {
        assertThat(route("SELECT * FROM audit_log")).containsExactly("ds1.audit_log");
        assertThatThrownBy(() -> route("SELECT * FROM audit_log a JOIN customers c ON a.customer_id = c.id"))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("audit_log (on ds1)").hasMessageContaining("customers (on ds0)");
    }

    @Test
    void broadcastReadsGoToOneDataSource() throws SQLException {
        assertThat(shop.route("SELECT * FROM countries").dataSources()).containsExactly("ds0");
        // with a sharded table: on each of its nodes
        assertThat(route("SELECT * FROM orders o JOIN countries c ON c.code = o.country WHERE o.customer_id = 6"))
                .containsExactly("ds1.orders_2+ds1.countries");
        assertThat(only(shop.route("SELECT * FROM orders o JOIN countries c ON c.code = o.country WHERE o.customer_id = 6")))
                .isEqualTo(shop.expected("SELECT * FROM orders_2 o JOIN countries c ON c.code = o.country WHERE o.customer_id = 6"));
        // with the single table on ds1: on ds1
        assertThat(route("SELECT * FROM audit_log JOIN countries ON true")).containsExactly("ds1.audit_log+ds1.countries");
    }

    @Test
    void boundTablesJoinPerNode() throws SQLException {
        RoutePlan plan = shop.route("SELECT * FROM orders o JOIN order_items i ON i.order_id = o.id AND i.customer_id = o.customer_id"
                + " WHERE o.customer_id = 3");
        assertThat(nodes(plan)).containsExactly("ds0.orders_3+ds0.order_items_3");
        assertThat(only(plan)).isEqualTo(shop.expected("SELECT * FROM orders_3 o JOIN order_items_3 i ON i.order_id = o.id"
                + " AND i.customer_id = o.customer_id WHERE o.customer_id = 3"));
        // a condition on either side of an inner join narrows both
        assertThat(route("SELECT * FROM orders o JOIN order_items i USING (customer_id) WHERE i.customer_id = 4"))
                .containsExactly("ds1.orders_0+ds1.order_items_0");
        // unqualified key with USING applies to both
        assertThat(route("SELECT * FROM orders JOIN order_items USING (customer_id) WHERE customer_id IN (0, 7)"))
                .containsExactly("ds0.orders_0+ds0.order_items_0", "ds1.orders_3+ds1.order_items_3");
        // an outer join's optional side does not narrow the preserved side
        assertThat(route("SELECT * FROM orders o LEFT JOIN order_items i ON i.order_id = o.id AND i.customer_id = 2"))
                .hasSize(8);
        assertThat(route("SELECT * FROM orders o LEFT JOIN order_items i ON i.order_id = o.id WHERE o.customer_id = 2"))
                .containsExactly("ds0.orders_2+ds0.order_items_2");
    }

    @Test
    void unboundShardedTablesJoinOnlyWhenEachIsOnOneNodeOfOneDataSource() throws SQLException {
        assertThat(route("SELECT * FROM orders o JOIN payments p ON p.order_id = o.id"
                + " WHERE o.customer_id = 4 AND p.user_id = 1 AND p.payment_id = 7")).containsExactly("ds1.orders_0+ds1.payments_0");
        assertThatThrownBy(() -> route("SELECT * FROM orders o JOIN payments p ON p.order_id = o.id WHERE o.customer_id = 4"))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("orders and payments are sharded but not bound")
                .extracting("SQLState").isEqualTo("0A000");
        assertThatThrownBy(() -> route("SELECT * FROM orders o JOIN users u ON u.id = o.customer_id"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("users");
    }

    @Test
    void defaultTablesMixWithShardedOnesOnlyOnTheDefaultDataSource() throws SQLException {
        assertThat(route("SELECT * FROM orders o JOIN statuses s ON s.code = o.status WHERE o.customer_id = 1"))
                .containsExactly("ds0.orders_1+ds0.statuses");
        assertThatThrownBy(() -> route("SELECT * FROM orders o JOIN statuses s ON s.code = o.status WHERE o.customer_id = 5"))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("statuses lives only on ds0").hasMessageContaining("sharding.broadcast");
    }

    // ----- subqueries and CTEs -----

    @Test
    void membershipSubqueriesOverBoundTablesStayOnTheNode() throws SQLException {
        RoutePlan plan = shop.route("SELECT * FROM orders WHERE customer_id = 2 AND id IN"
                + " (SELECT order_id FROM order_items WHERE sku = 'x')");
        assertThat(nodes(plan)).containsExactly("ds0.orders_2+ds0.order_items_2");
        assertThat(only(plan)).isEqualTo(shop.expected("SELECT * FROM orders_2 orders WHERE customer_id = 2 AND id IN"
                + " (SELECT order_id FROM order_items_2 order_items WHERE sku = 'x')"));
        // correlated: stays on the node too
        assertThat(route("SELECT o.id, (SELECT COUNT(*) FROM order_items i WHERE i.order_id = o.id) FROM orders o"
                + " WHERE o.customer_id = 9")).containsExactly("ds0.orders_1+ds0.order_items_1");
        assertThat(route("SELECT * FROM orders o WHERE EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)"))
                .hasSize(8);
    }

    @Test
    void subqueriesThatNeedAllRowsRequireOneNode() throws SQLException {
        assertThatThrownBy(() -> route("SELECT * FROM orders WHERE total > (SELECT AVG(total) FROM orders)"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("scalar subquery");
        assertThatThrownBy(() -> route("SELECT * FROM orders o WHERE EXISTS (SELECT 1 FROM order_items WHERE sku = 'x')"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("EXISTS");
        assertThatThrownBy(() -> route("SELECT * FROM countries WHERE code IN (SELECT country FROM orders)"))
                .isInstanceOf(SQLFeatureNotSupportedException.class);
        // ... unless everything is on one node
        assertThat(route("SELECT * FROM orders WHERE customer_id = 1 AND total > (SELECT AVG(total) FROM orders"
                + " WHERE customer_id = 1)")).containsExactly("ds0.orders_1");
        assertThat(route("SELECT * FROM countries WHERE code IN (SELECT country FROM orders WHERE customer_id = 7)"))
                .containsExactly("ds1.countries+ds1.orders_3");
        // an IN subquery that aggregates without the key is not per-node either
        assertThatThrownBy(() -> route("SELECT * FROM orders WHERE id IN (SELECT MAX(order_id) FROM order_items GROUP BY sku)"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("without grouping by its sharding key");
        // ... but grouping by the key is
        assertThat(route("SELECT * FROM orders WHERE id IN (SELECT MAX(order_id) FROM order_items GROUP BY customer_id)"))
                .hasSize(8);
    }

    @Test
    void derivedTablesAndCtes() throws SQLException {
        RoutePlan plan = shop.route("SELECT * FROM (SELECT * FROM orders WHERE customer_id = 3) x");
        assertThat(nodes(plan)).containsExactly("ds0.orders_3");
        assertThat(only(plan)).isEqualTo(shop.expected("SELECT * FROM (SELECT * FROM orders_3 orders WHERE customer_id = 3) x"));
        // a CTE named like a table hides the table
        plan = shop.route("WITH orders AS (SELECT * FROM order_items WHERE customer_id = 5) SELECT * FROM orders");
        assertThat(nodes(plan)).containsExactly("ds1.order_items_1");
        assertThat(only(plan)).isEqualTo(shop.expected(
                "WITH orders AS (SELECT * FROM order_items_1 order_items WHERE customer_id = 5) SELECT * FROM orders"));
        // a CTE that nothing reads does not spread the query over its table's nodes
        assertThat(route("WITH unused AS (SELECT * FROM orders) SELECT * FROM customers")).containsExactly("ds0.orders_0+ds0.customers");
        // per-customer totals are per node
        assertThat(route("SELECT MAX(s) FROM (SELECT customer_id, SUM(total) s FROM orders GROUP BY customer_id) t")).hasSize(8);
        assertThatThrownBy(() -> route("SELECT * FROM (SELECT * FROM orders ORDER BY total LIMIT 5) t"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("derived table t");
    }

    @Test
    void unionsRouteEachBranch() throws SQLException {
        assertThat(route("SELECT id FROM orders WHERE customer_id = 1 UNION ALL SELECT id FROM orders WHERE customer_id = 2"))
                .containsExactly("ds0.orders_1", "ds0.orders_2");
        RoutePlan plan = shop.route("SELECT id FROM orders WHERE customer_id = 1 UNION SELECT id FROM orders WHERE customer_id = 1");
        assertThat(only(plan)).isEqualTo(shop.expected(
                "SELECT id FROM orders_1 orders WHERE customer_id = 1 UNION SELECT id FROM orders_1 orders WHERE customer_id = 1"));
    }

    // ----- hints -----

    @Test
    void aHintFromCodeForcesADataSource() throws SQLException {
        RoutePlan plan = shop.route(RouteHint.dataSource("ds1"), "SELECT * FROM orders");
        assertThat(nodes(plan)).containsExactly("ds1.orders_0", "ds1.orders_1", "ds1.orders_2", "ds1.orders_3");
        assertThat(plan.forcedDataSource()).contains("ds1");
        assertThat(nodes(shop.route(RouteHint.dataSource("ds1"), "SELECT * FROM orders WHERE customer_id = 6")))
                .containsExactly("ds1.orders_2");
        // the values point elsewhere: one node of ds1 answers (with no rows)
        assertThat(nodes(shop.route(RouteHint.dataSource("ds1"), "SELECT * FROM orders WHERE customer_id = 1")))
                .containsExactly("ds1.orders_0");
        // unconfigured tables follow the hint
        assertThat(nodes(shop.route(RouteHint.dataSource("ds1"), "SELECT * FROM customers"))).containsExactly("ds1.customers");
        assertThat(shop.route(RouteHint.dataSource("ds1"), "SELECT * FROM countries").dataSources()).containsExactly("ds1");
        assertThatThrownBy(() -> shop.route(RouteHint.dataSource("ds0"), "SELECT * FROM audit_log"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("lives only on data source ds1");
        assertThatThrownBy(() -> shop.route(RouteHint.dataSource("ds9"), "SELECT 1"))
                .isInstanceOf(SQLException.class).hasMessageContaining("ds9").hasMessageContaining("[ds0, ds1]")
                .extracting("SQLState").isEqualTo("42704");
        assertThat(shop.route(RouteHint.dataSource("DS1"), "SELECT 1").dataSources()).containsExactly("ds1");
    }

    @Test
    void aRoutingCommentForcesADataSourceAndWinsOverCode() throws SQLException {
        assertThat(shop.route("/* retort: shard=ds1 */ SELECT * FROM customers").dataSources()).containsExactly("ds1");
        assertThat(shop.route("-- retort: shard=ds1\nSELECT * FROM customers").dataSources()).containsExactly("ds1");
        assertThat(shop.route(RouteHint.dataSource("ds0"), "/* retort: shard=ds1 */ SELECT * FROM customers").dataSources())
                .containsExactly("ds1");
        assertThat(shop.route("/* just a comment */ SELECT * FROM customers").dataSources()).containsExactly("ds0");
        assertThatThrownBy(() -> shop.route("/* retort: shrad=ds1 */ SELECT 1")).isInstanceOf(SQLException.class)
                .hasMessageContaining("unknown setting 'shrad'").extracting("SQLState").isEqualTo("42601");
        assertThatThrownBy(() -> shop.route("/* retort: shard=dsx */ SELECT 1")).isInstanceOf(SQLException.class)
                .hasMessageContaining("dsx");
        assertThat(shop.router.prepare(shop.parse("/* retort: shard=ds1 */ SELECT 1")).commentHint()).contains("ds1");
    }

    // ----- other statements -----

    @Test
    void sessionStatementsAreNotRouted() throws SQLException {
        for (String sql : List.of("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT a", "SET search_path = x",
                "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")) {
            RoutePlan plan = shop.route(sql);
            assertThat(plan.kind()).as(sql).isEqualTo(RouteKind.SESSION);
            assertThat(plan.units()).as(sql).isEmpty();
        }
    }

    @Test
    void explainRouteShowsTheRouteOnly() throws SQLException {
        RoutePlan plan = shop.route("EXPLAIN ROUTE SELECT * FROM orders WHERE customer_id IN (1, 2)");
        assertThat(plan.explainOnly()).isTrue();
        assertThat(nodes(plan)).containsExactly("ds0.orders_1", "ds0.orders_2");
        RoutePlan db = shop.route("EXPLAIN SELECT * FROM orders WHERE customer_id = 2");
        assertThat(db.explainOnly()).isFalse();
        assertThat(only(db)).isEqualTo(shop.expected("EXPLAIN SELECT * FROM orders_2 orders WHERE customer_id = 2"));
    }

    @Test
    void unparsedStatementsNamingConfiguredTablesNeedAHint() throws SQLException {
        var passthrough = new io.retort.sql.Passthrough("FROBNICATE orders", "no grammar", SqlDialect.POSTGRESQL,
                io.retort.sql.Comments.NONE);
        assertThatThrownBy(() -> shop.router.route(passthrough, List.of(), RouteHint.NONE))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("orders");
        assertThat(shop.router.route(passthrough, List.of(), RouteHint.dataSource("ds1")).dataSources()).containsExactly("ds1");
        var harmless = new io.retort.sql.Passthrough("FROBNICATE things", "no grammar", SqlDialect.POSTGRESQL,
                io.retort.sql.Comments.NONE);
        assertThat(shop.router.route(harmless, List.of(), RouteHint.NONE).kind()).isEqualTo(RouteKind.OTHER);
    }

    @Test
    void aKeyValueThatCannotBePlacedIsADataError() {
        assertThatThrownBy(() -> route("SELECT * FROM orders WHERE customer_id = 'abc'"))
                .isInstanceOf(SQLDataException.class).hasMessageContaining("orders.customer_id")
                .extracting("SQLState").isEqualTo("22018");
    }

    @Test
    void templatesAreReusableAcrossValues() throws SQLException {
        RouteTemplate t = shop.router.prepare(shop.parse("SELECT * FROM orders WHERE customer_id = ?"));
        assertThat(nodes(t.route(List.of(1)))).containsExactly("ds0.orders_1");
        assertThat(nodes(t.route(List.of(6)))).containsExactly("ds1.orders_2");
        // the physical statement of a node is computed once
        assertThat(t.route(List.of(6)).units().get(0).statement()).isSameAs(t.route(List.of(14)).units().get(0).statement());
    }
}
