package io.retort.sharding.route;

import static io.retort.sharding.route.RouterFixture.nodes;
import static io.retort.sharding.route.RouterFixture.only;
import static io.retort.sharding.route.RouterFixture.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.sharding.exec.UnitExecutor;
import io.retort.sql.Insert;
import io.retort.sql.Parameter;
import io.retort.sql.RowValue;
import io.retort.sql.Values;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UPDATE and DELETE: conditions, broadcast writes, dmlWithoutKey, and updates of the sharding key. */
class DmlRoutingTest {
    private final RouterFixture shop = RouterFixture.shop();

    @Test
    void updateAndDeleteRouteByTheirWhereClause() throws SQLException {
        RoutePlan plan = shop.route("UPDATE orders SET total = orders.total + 1 WHERE customer_id = ? AND orders.id = ?", 6, 9);
        assertThat(plan.kind()).isEqualTo(RouteKind.DML);
        assertThat(nodes(plan)).containsExactly("ds1.orders_2");
        // the target keeps no alias (MySQL/MariaDB forms), its qualifiers follow the physical name
        assertThat(only(plan)).isEqualTo(shop.expected(
                "UPDATE orders_2 SET total = orders_2.total + 1 WHERE customer_id = ? AND orders_2.id = ?"));
        RoutePlan delete = shop.route("DELETE FROM orders WHERE customer_id IN (1, 2) AND orders.status = 'x'");
        assertThat(nodes(delete)).containsExactly("ds0.orders_1", "ds0.orders_2");
        assertThat(unit(delete, 1)).isEqualTo(shop.expected(
                "DELETE FROM orders_2 WHERE customer_id IN (1, 2) AND orders_2.status = 'x'"));
        assertThat(nodes(shop.route("DELETE FROM orders"))).hasSize(8);
        assertThat(shop.route("DELETE FROM orders").scattered()).isTrue();
    }

    @Test
    void subqueriesInDmlUseTheirOwnScope() throws SQLException {
        RoutePlan plan = shop.route("UPDATE orders SET total = (SELECT SUM(price) FROM order_items i WHERE i.order_id = orders.id)"
                + " WHERE customer_id = 3");
        assertThat(only(plan)).isEqualTo(shop.expected("UPDATE orders_3 SET total = (SELECT SUM(price) FROM order_items_3 i"
                + " WHERE i.order_id = orders_3.id) WHERE customer_id = 3"));
        // an inner FROM that binds "orders" again keeps its own qualifier
        RoutePlan shadow = shop.route("DELETE FROM orders WHERE customer_id = 3 AND id IN"
                + " (SELECT orders.id FROM orders WHERE orders.total = 0)");
        assertThat(only(shadow)).isEqualTo(shop.expected("DELETE FROM orders_3 WHERE customer_id = 3 AND id IN"
                + " (SELECT orders.id FROM orders_3 orders WHERE orders.total = 0)"));
        // PostgreSQL's UPDATE ... FROM and DELETE ... USING with bound tables
        assertThat(only(shop.route("UPDATE orders o SET total = 0 FROM order_items i WHERE i.order_id = o.id"
                + " AND o.customer_id = 1"))).isEqualTo(shop.expected(
                        "UPDATE orders_1 o SET total = 0 FROM order_items_1 i WHERE i.order_id = o.id AND o.customer_id = 1"));
        assertThat(only(shop.route("DELETE FROM order_items USING orders WHERE orders.id = order_items.order_id"
                + " AND orders.customer_id = 2"))).isEqualTo(shop.expected("DELETE FROM order_items_2 USING orders_2 orders"
                        + " WHERE orders.id = order_items_2.order_id AND orders.customer_id = 2"));
    }

    @Test
    void writesToBroadcastTablesGoEverywhere() throws SQLException {
        assertThat(shop.route("UPDATE countries SET name = 'x' WHERE code = 'fr'").dataSources()).containsExactly("ds0", "ds1");
        assertThat(shop.route("DELETE FROM countries").dataSources()).containsExactly("ds0", "ds1");
        assertThatThrownBy(() -> shop.route("DELETE FROM countries WHERE code IN (SELECT country FROM orders)"))
                .isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThatThrownBy(() -> shop.route("UPDATE countries SET name = 'x' WHERE code IN (SELECT code FROM statuses)"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("statuses");
    }

    @Test
    void dmlWithoutKeyCanBeRefused() throws SQLException {
        RouterFixture strict = new RouterFixture(RouterFixture.SHOP.replace("defaultDataSource: ds0",
                "defaultDataSource: ds0\n  dmlWithoutKey: refuse"), io.retort.sql.SqlDialect.POSTGRESQL, TableMetadata.NONE);
        assertThatThrownBy(() -> strict.route("UPDATE orders SET status = 'x' WHERE status = 'y'"))
                .isInstanceOf(SQLNonTransientException.class)
                .hasMessageContaining("UPDATE on sharded table orders has no sharding value for customer_id")
                .hasMessageContaining("dmlWithoutKey")
                .extracting("SQLState").isEqualTo("42000");
        assertThatThrownBy(() -> strict.route("DELETE FROM orders")).isInstanceOf(SQLNonTransientException.class);
        assertThat(nodes(strict.route("DELETE FROM orders WHERE customer_id = 1"))).containsExactly("ds0.orders_1");
        assertThat(strict.route(RouteHint.dataSource("ds1"), "DELETE FROM orders").units()).hasSize(4);
        // reads are never refused
        assertThat(strict.route("SELECT * FROM orders").units()).hasSize(8);
    }

    @Test
    void limitedDmlOnSeveralShardsIsRefused() throws SQLException {
        RouterFixture mysql = RouterFixture.shop(io.retort.sql.SqlDialect.MYSQL);
        assertThat(mysql.route("DELETE FROM orders WHERE customer_id = 1 ORDER BY id LIMIT 10").units()).hasSize(1);
        assertThatThrownBy(() -> mysql.route("DELETE FROM orders ORDER BY id LIMIT 10"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("LIMIT");
    }

    // ----- updates of the sharding key -----

    @Test
    void settingTheKeyToAValueOnTheSameNodeIsAPlainUpdate() throws SQLException {
        RoutePlan plan = shop.route("UPDATE orders SET customer_id = ? WHERE customer_id = ? AND id = ?", 9, 1, 77);
        assertThat(plan.rowMove()).isEmpty();
        assertThat(nodes(plan)).containsExactly("ds0.orders_1");
    }

    @Test
    void settingTheKeyToAnotherNodeMovesTheRows() throws Exception {
        RoutePlan plan = shop.route("UPDATE orders SET customer_id = ?, total = total * 2 WHERE customer_id = ? AND id = ?",
                6, 1, 77);
        RowMove move = plan.rowMove().orElseThrow();
        assertThat(move.source().toString()).isEqualTo("ds0.orders_1");
        assertThat(nodes(plan)).containsExactly("ds0.orders_1", "ds0.orders_1");
        assertThat(unit(plan, 0)).isEqualTo(shop.expected("SELECT *, ? AS retort_new_1, total * 2 AS retort_new_2"
                + " FROM orders_1 orders WHERE customer_id = ? AND id = ? FOR UPDATE"));
        // parameters keep their indices (2 and 3)
        var update = (io.retort.sql.Update) shop.parse("UPDATE orders SET customer_id = ?, total = total * 2"
                + " WHERE customer_id = ? AND id = ?");
        var delete = (io.retort.sql.Delete) unit(plan, 1);
        assertThat(delete.from().toString()).isEqualTo("[TableRef[name=orders_1, alias=null, columnAliases=[], only=false,"
                + " partitions=[], indexHints=[]]]");
        assertThat(delete.where()).isEqualTo(update.where());

        // the database computes the new values; here: id, customer_id, total, then the two new values
        RecordingExecutor executor = new RecordingExecutor(List.of("id", "customer_id", "total"),
                List.<Object[]>of(new Object[] {77L, 1L, 10, 6L, 20}), 1);
        assertThat(move.execute(executor)).isEqualTo(1);
        assertThat(executor.updates).hasSize(2);
        assertThat(executor.updates.get(0)).containsExactly(plan.units().get(1));
        RouteUnit insert = executor.updates.get(1).get(0);
        assertThat(insert.dataSource()).isEqualTo("ds1");
        assertThat(insert.nodes().toString()).isEqualTo("[ds1.orders_2]");
        Insert statement = (Insert) insert.statement();
        assertThat(statement.table().name().toString()).isEqualTo("orders_2");
        assertThat(statement.columns().stream().map(c -> c.column().text()).toList()).containsExactly("id", "customer_id",
                "total");
        RowValue row = ((Values) statement.source()).rows().get(0);
        List<Object> values = new ArrayList<>();
        for (var e : row.values()) {
            values.add(insert.extraParameters().get(((Parameter) e).name()));
        }
        assertThat(values).containsExactly(77L, 6L, 20);
    }

    @Test
    void aMoveWhoseDeleteMissesRowsRollsBack() throws Exception {
        RoutePlan plan = shop.route("UPDATE orders SET customer_id = 6 WHERE customer_id = 1");
        RecordingExecutor executor = new RecordingExecutor(List.of("id", "customer_id"),
                List.<Object[]>of(new Object[] {1L, 1L, 6L}, new Object[] {2L, 1L, 6L}), 1);
        assertThatThrownBy(() -> plan.rowMove().orElseThrow().execute(executor))
                .isInstanceOf(SQLTransactionRollbackException.class).extracting("SQLState").isEqualTo("40001");
    }

    @Test
    void aKeyUpdateThatIsNotPinnedToOneNodeIsAnError() {
        assertThatThrownBy(() -> shop.route("UPDATE orders SET customer_id = 6 WHERE status = 'x'"))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("assigns its sharding key (customer_id)")
                .hasMessageContaining("customer_id = ?");
        assertThatThrownBy(() -> shop.route("UPDATE orders SET customer_id = NULL WHERE customer_id = 1"))
                .isInstanceOf(java.sql.SQLDataException.class).extracting("SQLState").isEqualTo("22004");
        assertThatThrownBy(() -> shop.route("UPDATE orders SET customer_id = 6 WHERE customer_id = 1 RETURNING id"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("RETURNING");
        assertThatThrownBy(() -> shop.route("UPDATE orders o SET customer_id = 6 FROM order_items i"
                + " WHERE o.customer_id = 1 AND i.order_id = o.id"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("single-table");
    }

    /** Answers the row move's SELECT with fixed rows and reports a fixed delete count. */
    static final class RecordingExecutor implements UnitExecutor {
        final List<List<RouteUnit>> queries = new ArrayList<>();
        final List<List<RouteUnit>> updates = new ArrayList<>();
        private final List<String> columns;
        private final List<Object[]> rows;
        private final long deleted;

        RecordingExecutor(List<String> columns, List<Object[]> rows, long deleted) {
            this.columns = columns;
            this.rows = rows;
            this.deleted = deleted;
        }

        @Override
        public List<ResultSet> query(List<RouteUnit> units) {
            queries.add(units);
            return List.of(resultSet(columns, rows));
        }

        @Override
        public long[] update(List<RouteUnit> units) {
            updates.add(units);
            long[] counts = new long[units.size()];
            Arrays.fill(counts, updates.size() == 1 ? deleted : 1);
            return counts;
        }

        /** A forward-only result set over rows whose trailing values are the SELECT's new-value columns. */
        static ResultSet resultSet(List<String> labels, List<Object[]> rows) {
            int width = rows.isEmpty() ? labels.size() : rows.get(0).length;
            ResultSetMetaData md = (ResultSetMetaData) Proxy.newProxyInstance(DmlRoutingTest.class.getClassLoader(),
                    new Class<?>[] {ResultSetMetaData.class}, (p, m, a) -> switch (m.getName()) {
                        case "getColumnCount" -> width;
                        case "getColumnLabel", "getColumnName" -> (int) a[0] <= labels.size()
                                ? labels.get((int) a[0] - 1) : "retort_new_" + ((int) a[0] - labels.size());
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
            int[] cursor = {-1};
            return (ResultSet) Proxy.newProxyInstance(DmlRoutingTest.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                    (p, m, a) -> switch (m.getName()) {
                        case "getMetaData" -> md;
                        case "next" -> ++cursor[0] < rows.size();
                        case "getObject" -> rows.get(cursor[0])[(int) a[0] - 1];
                        case "close" -> null;
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }
}
