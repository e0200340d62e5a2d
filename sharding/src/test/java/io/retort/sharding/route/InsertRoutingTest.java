package io.retort.sharding.route;

import static io.retort.sharding.route.RouterFixture.nodes;
import static io.retort.sharding.route.RouterFixture.only;
import static io.retort.sharding.route.RouterFixture.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.sql.Node;
import io.retort.sql.Parameter;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** INSERT: rows split per node, generated keys, column order from metadata, INSERT ... SELECT, upserts. */
class InsertRoutingTest {
    private final RouterFixture shop = RouterFixture.shop();

    /** Parsed named parameters have an index among the statement's names; Retort's own have index 0. */
    private static Statement retortParameters(Statement s) {
        return s.transform((Node n) -> n instanceof Parameter p && p.name() != null && p.name().startsWith("retort_")
                ? new Parameter(p.kind(), 0, p.name()) : n);
    }

    @Test
    void eachRowGoesToItsNodeWithItsOwnParameters() throws SQLException {
        RoutePlan plan = shop.route("INSERT INTO orders (id, customer_id, total) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)",
                1L, 5L, 10, 2L, 2L, 20, 3L, 13L, 30);
        assertThat(plan.kind()).isEqualTo(RouteKind.DML);
        assertThat(nodes(plan)).containsExactly("ds0.orders_2", "ds1.orders_1");
        assertThat(unit(plan, 0)).isEqualTo(shop.expected("INSERT INTO orders_2 (id, customer_id, total) VALUES ($4, $5, $6)")
                .transform(n -> n instanceof Parameter p ? new Parameter(io.retort.sql.ParameterKind.QUESTION_MARK, p.index(), null) : n));
        assertThat(unit(plan, 1)).isEqualTo(shop.expected("INSERT INTO orders_1 (id, customer_id, total) VALUES ($1, $2, $3),"
                + " ($7, $8, $9)").transform(n -> n instanceof Parameter p
                        ? new Parameter(io.retort.sql.ParameterKind.QUESTION_MARK, p.index(), null) : n));
        assertThat(plan.generatedKeys()).isEmpty(); // id was given
    }

    @Test
    void aSingleRowInsertIsOnlyRenamed() throws SQLException {
        RoutePlan plan = shop.route("INSERT INTO orders (id, customer_id) VALUES (7, 3) RETURNING orders.id");
        assertThat(only(plan)).isEqualTo(shop.expected("INSERT INTO orders_3 (id, customer_id) VALUES (7, 3) RETURNING orders_3.id"));
        assertThat(plan.returnsRows()).isTrue();
    }

    @Test
    void anOmittedKeyColumnIsGeneratedAndReported() throws SQLException {
        RoutePlan plan = shop.route("INSERT INTO orders (customer_id, total) VALUES (1, 10), (6, 20)");
        assertThat(plan.generatedKeys()).isPresent();
        GeneratedKeys keys = plan.generatedKeys().get();
        assertThat(keys.column()).isEqualTo("id");
        assertThat(keys.values()).hasSize(2).allSatisfy(v -> assertThat(v).isInstanceOf(Long.class));
        assertThat((Long) keys.values().get(1)).isGreaterThan((Long) keys.values().get(0));
        assertThat(nodes(plan)).containsExactly("ds0.orders_1", "ds1.orders_2");
        assertThat(retortParameters(unit(plan, 0))).isEqualTo(retortParameters(
                shop.expected("INSERT INTO orders_1 (customer_id, total, id) VALUES (1, 10, :retort_gk_1)")));
        assertThat(plan.units().get(0).extraParameters()).containsEntry("retort_gk_1", keys.values().get(0));
        assertThat(plan.units().get(1).extraParameters()).containsOnlyKeys("retort_gk_2");
        // DEFAULT in the generated column also generates
        RoutePlan withDefault = shop.route("INSERT INTO orders (id, customer_id) VALUES (DEFAULT, 1), (5, 1)");
        assertThat(withDefault.generatedKeys().orElseThrow().values()).hasSize(1);
        assertThat(retortParameters(only(withDefault))).isEqualTo(retortParameters(
                shop.expected("INSERT INTO orders_1 (id, customer_id) VALUES (:retort_gk_1, 1), (5, 1)")));
    }

    @Test
    void aGeneratedShardingKeyRoutesByTheGeneratedValue() throws SQLException {
        RoutePlan plan = shop.route("INSERT INTO users (name) VALUES ('a')");
        long id = (Long) plan.generatedKeys().orElseThrow().values().get(0);
        assertThat(nodes(plan)).containsExactly(id % 2 == 0 ? "ds0.users" : "ds1.users");
        assertThat(retortParameters(only(plan))).isEqualTo(retortParameters(
                shop.expected("INSERT INTO users (name, id) VALUES ('a', :retort_gk_1)")));
        // MySQL's INSERT ... SET
        RouterFixture mysql = RouterFixture.shop(SqlDialect.MYSQL);
        RoutePlan set = mysql.route("INSERT INTO users SET name = 'b'");
        assertThat(retortParameters(only(set))).isEqualTo(retortParameters(
                mysql.expected("INSERT INTO users SET name = 'b', id = :retort_gk_1")));
    }

    @Test
    void missingOrNullShardingKeysAreErrors() {
        assertThatThrownBy(() -> shop.route("INSERT INTO order_items (order_id) VALUES (1)"))
                .isInstanceOf(SQLDataException.class).hasMessageContaining("sharding key customer_id")
                .extracting("SQLState").isEqualTo("22004");
        assertThatThrownBy(() -> shop.route("INSERT INTO orders (customer_id) VALUES (?)", (Object) null))
                .isInstanceOf(SQLDataException.class).hasMessageContaining("Row 1").extracting("SQLState").isEqualTo("22004");
        assertThatThrownBy(() -> shop.route("INSERT INTO orders (customer_id) VALUES (nextval('s'))"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("literal or a parameter");
    }

    @Test
    void withoutAColumnListTheTablesColumnOrderComesFromMetadata() throws SQLException {
        RouterFixture withMetadata = new RouterFixture(RouterFixture.SHOP, SqlDialect.POSTGRESQL,
                (ds, table) -> table.startsWith("order_items") ? List.of("id", "order_id", "customer_id", "sku")
                        : List.of("id", "customer_id", "total"));
        RoutePlan plan = withMetadata.route("INSERT INTO order_items VALUES (1, 10, 3, 'x'), (2, 11, 4, 'y')");
        assertThat(nodes(plan)).containsExactly("ds0.order_items_3", "ds1.order_items_0");
        assertThat(unit(plan, 0)).isEqualTo(withMetadata.expected("INSERT INTO order_items_3 VALUES (1, 10, 3, 'x')"));
        // the generated column was left out: the column list is written out
        RoutePlan generated = withMetadata.route("INSERT INTO orders VALUES (DEFAULT, 2, 9.5)");
        assertThat(retortParameters(only(generated))).isEqualTo(retortParameters(
                withMetadata.expected("INSERT INTO orders_2 VALUES (:retort_gk_1, 2, 9.5)")));
        assertThatThrownBy(() -> shop.route("INSERT INTO order_items VALUES (1, 10, 3, 'x')"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("list the columns");
    }

    @Test
    void upsertsMustNotChangeTheShardingKey() throws SQLException {
        assertThat(nodes(shop.route("INSERT INTO orders (id, customer_id, total) VALUES (1, 2, 3)"
                + " ON CONFLICT (id) DO UPDATE SET total = EXCLUDED.total"))).containsExactly("ds0.orders_2");
        assertThatThrownBy(() -> shop.route("INSERT INTO orders (id, customer_id) VALUES (1, 2)"
                + " ON CONFLICT (id) DO UPDATE SET customer_id = EXCLUDED.customer_id"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("customer_id");
        RouterFixture mysql = RouterFixture.shop(SqlDialect.MYSQL);
        RoutePlan plan = mysql.route("INSERT INTO orders (id, customer_id, total) VALUES (1, 2, 3)"
                + " ON DUPLICATE KEY UPDATE total = orders.total + 1");
        assertThat(only(plan)).isEqualTo(mysql.expected("INSERT INTO orders_2 (id, customer_id, total) VALUES (1, 2, 3)"
                + " ON DUPLICATE KEY UPDATE total = orders_2.total + 1"));
        assertThatThrownBy(() -> mysql.route("INSERT INTO orders (id, customer_id) VALUES (1, 2)"
                + " ON DUPLICATE KEY UPDATE customer_id = 3")).isInstanceOf(SQLFeatureNotSupportedException.class);
    }

    @Test
    void broadcastAndUnshardedInserts() throws SQLException {
        RoutePlan plan = shop.route("INSERT INTO countries (code, name) VALUES ('fr', 'France')");
        assertThat(nodes(plan)).containsExactly("ds0.countries", "ds1.countries");
        assertThat(shop.route("INSERT INTO customers (name) VALUES ('x')").dataSources()).containsExactly("ds0");
        assertThat(nodes(shop.route("INSERT INTO audit_log (msg) VALUES ('x')"))).containsExactly("ds1.audit_log");
        assertThat(shop.route(RouteHint.dataSource("ds1"), "INSERT INTO countries (code) VALUES ('x')").dataSources())
                .containsExactly("ds1");
    }

    @Test
    void aHintCannotSendARowToAnotherShard() throws SQLException {
        assertThat(nodes(shop.route(RouteHint.dataSource("ds1"), "INSERT INTO orders (id, customer_id) VALUES (1, 5)")))
                .containsExactly("ds1.orders_1");
        assertThatThrownBy(() -> shop.route(RouteHint.dataSource("ds1"), "INSERT INTO orders (id, customer_id) VALUES (1, 1)"))
                .isInstanceOf(SQLDataException.class).hasMessageContaining("belongs on ds0.orders_1")
                .extracting("SQLState").isEqualTo("22023");
    }

    @Test
    void insertSelectRunsPerNodeWhenCoLocated() throws SQLException {
        RoutePlan plan = shop.route("INSERT INTO order_items (order_id, customer_id, sku)"
                + " SELECT id, customer_id, 'gift' FROM orders WHERE customer_id = 4");
        assertThat(nodes(plan)).containsExactly("ds1.order_items_0+ds1.orders_0");
        assertThat(only(plan)).isEqualTo(shop.expected("INSERT INTO order_items_0 (order_id, customer_id, sku)"
                + " SELECT id, customer_id, 'gift' FROM orders_0 orders WHERE customer_id = 4"));
        assertThat(shop.route("INSERT INTO order_items (order_id, customer_id) SELECT id, customer_id FROM orders")
                .units()).hasSize(8);
        assertThatThrownBy(() -> shop.route("INSERT INTO order_items (order_id, customer_id) SELECT id, 7 FROM orders"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("customer_id");
        assertThatThrownBy(() -> shop.route("INSERT INTO order_items (customer_id) SELECT user_id FROM payments"))
                .isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThatThrownBy(() -> shop.route("INSERT INTO orders (customer_id) SELECT id FROM customers"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("bound to orders");
        assertThatThrownBy(() -> shop.route("INSERT INTO countries (code) SELECT country FROM orders"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("broadcast");
        // into an unsharded table, from rows on its data source
        assertThat(nodes(shop.route("INSERT INTO archive (id) SELECT id FROM orders WHERE customer_id = 1")))
                .containsExactly("ds0.archive+ds0.orders_1");
        assertThatThrownBy(() -> shop.route("INSERT INTO archive (id) SELECT id FROM orders"))
                .isInstanceOf(SQLFeatureNotSupportedException.class);
    }
}
