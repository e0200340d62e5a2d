package io.retort.sharding.route;

import static io.retort.sharding.route.RouterFixture.nodes;
import static io.retort.sharding.route.RouterFixture.only;
import static io.retort.sharding.route.RouterFixture.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.sql.SqlDialect;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import org.junit.jupiter.api.Test;

/** DDL: once per physical table of a sharded table, everywhere for broadcast tables, unique index names. */
class DdlRoutingTest {
    private final RouterFixture shop = RouterFixture.shop();

    @Test
    void createTableRunsOncePerPhysicalTable() throws SQLException {
        RoutePlan plan = shop.route("CREATE TABLE orders (id BIGINT, customer_id BIGINT NOT NULL, total NUMERIC(10, 2),"
                + " CONSTRAINT orders_pkey PRIMARY KEY (id), CONSTRAINT uq_total UNIQUE (customer_id, total))");
        assertThat(plan.kind()).isEqualTo(RouteKind.DDL);
        assertThat(nodes(plan)).containsExactly("ds0.orders_0", "ds0.orders_1", "ds0.orders_2", "ds0.orders_3",
                "ds1.orders_0", "ds1.orders_1", "ds1.orders_2", "ds1.orders_3");
        assertThat(unit(plan, 5)).isEqualTo(shop.expected("CREATE TABLE orders_1 (id BIGINT, customer_id BIGINT NOT NULL,"
                + " total NUMERIC(10, 2), CONSTRAINT orders_1_pkey PRIMARY KEY (id),"
                + " CONSTRAINT uq_total_orders_1 UNIQUE (customer_id, total))"));
        assertThat(plan.units().get(5).dataSource()).isEqualTo("ds1");
    }

    @Test
    void referencesToBoundTablesPointAtTheSameNode() throws SQLException {
        RoutePlan plan = shop.route("CREATE TABLE order_items (id BIGINT PRIMARY KEY, order_id BIGINT REFERENCES orders (id),"
                + " customer_id BIGINT, country TEXT REFERENCES countries (code))");
        assertThat(unit(plan, 2)).isEqualTo(shop.expected("CREATE TABLE order_items_2 (id BIGINT PRIMARY KEY,"
                + " order_id BIGINT REFERENCES orders_2 (id), customer_id BIGINT, country TEXT REFERENCES countries (code))"));
        assertThatThrownBy(() -> shop.route("CREATE TABLE order_items (id BIGINT, user_id BIGINT REFERENCES users (id))"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("users");
    }

    @Test
    void indexesGetNamesUniquePerPhysicalTable() throws SQLException {
        RoutePlan plan = shop.route("CREATE INDEX idx_orders_created ON orders (created_at)");
        assertThat(unit(plan, 0)).isEqualTo(shop.expected("CREATE INDEX idx_orders_0_created ON orders_0 (created_at)"));
        assertThat(unit(shop.route("CREATE UNIQUE INDEX by_total ON orders (total)"), 3))
                .isEqualTo(shop.expected("CREATE UNIQUE INDEX by_total_orders_3 ON orders_3 (total)"));
        RouterFixture mysql = RouterFixture.shop(SqlDialect.MYSQL);
        assertThat(unit(mysql.route("DROP INDEX idx_orders_created ON orders"), 7))
                .isEqualTo(mysql.expected("DROP INDEX idx_orders_3_created ON orders_3"));
        assertThat(unit(mysql.route("ALTER TABLE orders ADD INDEX ix (total), RENAME INDEX a TO b"), 1))
                .isEqualTo(mysql.expected("ALTER TABLE orders_1 ADD INDEX ix_orders_1 (total), RENAME INDEX a_orders_1 TO b_orders_1"));
        // long names stay within PostgreSQL's 63 characters and unique
        String longName = "a_very_long_index_name_that_is_already_close_to_the_limit_x";
        String physical = PhysicalNames.object(longName, "orders", "orders_3");
        assertThat(physical).hasSizeLessThanOrEqualTo(63).isNotEqualTo(PhysicalNames.object(longName, "orders", "orders_2"));
    }

    @Test
    void alterTableRunsPerPhysicalTable() throws SQLException {
        RoutePlan plan = shop.route("ALTER TABLE orders ADD COLUMN note TEXT, ADD CONSTRAINT chk_total CHECK (total >= 0)");
        assertThat(plan.units()).hasSize(8);
        assertThat(unit(plan, 4)).isEqualTo(shop.expected(
                "ALTER TABLE orders_0 ADD COLUMN note TEXT, ADD CONSTRAINT chk_total_orders_0 CHECK (total >= 0)"));
        assertThatThrownBy(() -> shop.route("ALTER TABLE orders RENAME TO purchases"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("detach");
    }

    @Test
    void dropAndTruncateGroupPhysicalTablesPerDataSource() throws SQLException {
        RoutePlan plan = shop.route("DROP TABLE IF EXISTS order_items, customers");
        assertThat(nodes(plan)).containsExactly(
                "ds0.order_items_0+ds0.order_items_1+ds0.order_items_2+ds0.order_items_3+ds0.customers",
                "ds1.order_items_0+ds1.order_items_1+ds1.order_items_2+ds1.order_items_3");
        assertThat(unit(plan, 0)).isEqualTo(shop.expected(
                "DROP TABLE IF EXISTS order_items_0, order_items_1, order_items_2, order_items_3, customers"));
        assertThat(unit(shop.route("TRUNCATE orders"), 1)).isEqualTo(shop.expected(
                "TRUNCATE orders_0, orders_1, orders_2, orders_3"));
    }

    @Test
    void broadcastSingleAndUnconfiguredTables() throws SQLException {
        assertThat(shop.route("CREATE TABLE countries (code TEXT PRIMARY KEY)").dataSources()).containsExactly("ds0", "ds1");
        assertThat(only(shop.route(RouteHint.dataSource("ds1"), "CREATE TABLE countries (code TEXT PRIMARY KEY)")))
                .isEqualTo(shop.expected("CREATE TABLE countries (code TEXT PRIMARY KEY)"));
        assertThat(nodes(shop.route("CREATE TABLE audit_log (id INT)"))).containsExactly("ds1.audit_log");
        var statement = shop.parse("CREATE TABLE customers (id INT)");
        RoutePlan plan = shop.router.route(statement, java.util.List.of(), RouteHint.NONE);
        assertThat(plan.dataSources()).containsExactly("ds0");
        assertThat(plan.units().get(0).statement()).isSameAs(statement);
        assertThat(shop.route(RouteHint.dataSource("ds1"), "CREATE TABLE customers (id INT)").dataSources())
                .containsExactly("ds1");
        // with a hint, a sharded table's DDL runs on that data source's nodes only
        assertThat(shop.route(RouteHint.dataSource("ds0"), "CREATE INDEX i ON orders (total)").units()).hasSize(4);
    }

    @Test
    void viewsAndCreateTableAsSelect() throws SQLException {
        assertThat(shop.route("CREATE VIEW v AS SELECT * FROM countries").dataSources()).containsExactly("ds0");
        assertThatThrownBy(() -> shop.route("CREATE VIEW v AS SELECT * FROM orders"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("sharded");
        assertThatThrownBy(() -> shop.route("CREATE TABLE orders AS SELECT * FROM customers"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("INSERT ... SELECT");
        assertThat(shop.route("CREATE TABLE copy AS SELECT * FROM customers").dataSources()).containsExactly("ds0");
        assertThat(shop.route("DROP VIEW v").dataSources()).containsExactly("ds0");
    }
}
