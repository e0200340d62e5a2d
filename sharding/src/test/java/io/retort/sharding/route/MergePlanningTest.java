package io.retort.sharding.route;

import static io.retort.sharding.merge.ColumnSlot.hidden;
import static io.retort.sharding.merge.ColumnSlot.visible;
import static io.retort.sharding.route.RouterFixture.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.sharding.merge.AggregateColumn;
import io.retort.sharding.merge.AggregateKind;
import io.retort.sharding.merge.ColumnSlot;
import io.retort.sharding.merge.MergePlan;
import io.retort.sharding.merge.SortKey;
import io.retort.sql.SqlDialect;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shard statements and merge plans of queries that span several nodes. */
class MergePlanningTest {
    private final RouterFixture pg = RouterFixture.shop();
    private final RouterFixture mysql = RouterFixture.shop(SqlDialect.MYSQL);

    private static SortKey asc(ColumnSlot slot, boolean nullsFirst) {
        return new SortKey(slot, false, nullsFirst);
    }

    private static SortKey desc(ColumnSlot slot, boolean nullsFirst) {
        return new SortKey(slot, true, nullsFirst);
    }

    @Test
    void aQueryOnOneNodeIsNotRewrittenForAMerge() throws SQLException {
        RoutePlan plan = pg.route("SELECT status, AVG(total) FROM orders WHERE customer_id = 1 GROUP BY status"
                + " HAVING COUNT(*) > 1 ORDER BY 2 LIMIT 5 OFFSET 2");
        assertThat(plan.merge()).isEqualTo(MergePlan.CONCATENATE);
        assertThat(RouterFixture.only(plan)).isEqualTo(pg.expected("SELECT status, AVG(total) FROM orders_1 orders"
                + " WHERE customer_id = 1 GROUP BY status HAVING COUNT(*) > 1 ORDER BY 2 LIMIT 5 OFFSET 2"));
        assertThat(plan.pagination()).isEmpty();
    }

    @Test
    void plainScatterConcatenates() throws SQLException {
        RoutePlan plan = pg.route("SELECT * FROM orders");
        assertThat(plan.units()).hasSize(8);
        assertThat(plan.merge()).isEqualTo(MergePlan.CONCATENATE);
        assertThat(unit(plan, 7)).isEqualTo(pg.expected("SELECT * FROM orders_3 orders"));
        assertThat(plan.units().get(7).dataSource()).isEqualTo("ds1");
    }

    // ----- ORDER BY -----

    @Test
    void orderByKeysResolveToSelectedColumnsOrHiddenOnes() throws SQLException {
        RoutePlan plan = pg.route("SELECT id, total AS t, status FROM orders ORDER BY t DESC, 1, orders.status, created_at");
        MergePlan m = plan.merge();
        assertThat(m.orderBy()).containsExactly(desc(visible(2), true), asc(visible(1), false), asc(visible(3), false),
                asc(hidden(1), false));
        assertThat(m.hiddenColumns()).isEqualTo(1);
        assertThat(unit(plan, 0)).isEqualTo(pg.expected("SELECT id, total AS t, status, created_at AS retort_h1"
                + " FROM orders_0 orders ORDER BY t DESC, 1, orders.status, created_at"));
    }

    @Test
    void selectStarWithAnOrderByColumnAppendsItHidden() throws SQLException {
        RoutePlan plan = pg.route("SELECT * FROM orders ORDER BY created_at DESC");
        assertThat(plan.merge().orderBy()).containsExactly(desc(hidden(1), true));
        assertThat(unit(plan, 0)).isEqualTo(pg.expected(
                "SELECT *, created_at AS retort_h1 FROM orders_0 orders ORDER BY created_at DESC"));
        // a position inside * is the database's to resolve
        assertThat(pg.route("SELECT * FROM orders ORDER BY 3").merge().orderBy()).containsExactly(asc(visible(3), false));
    }

    @Test
    void nullOrderingFollowsTheApplicationDialect() throws SQLException {
        String sql = "SELECT id, total FROM orders ORDER BY total, id DESC";
        // PostgreSQL: NULLs sort high (last ascending, first descending)
        assertThat(pg.route(sql).merge().orderBy()).containsExactly(asc(visible(2), false), desc(visible(1), true));
        // MySQL: NULLs sort low
        assertThat(mysql.route(sql).merge().orderBy()).containsExactly(asc(visible(2), true), desc(visible(1), false));
        assertThat(RouterFixture.shop(SqlDialect.SQLITE).route(sql).merge().orderBy().get(0).nullsFirst()).isTrue();
        assertThat(RouterFixture.shop(SqlDialect.H2).route(sql).merge().orderBy().get(0).nullsFirst()).isTrue();
        // explicit NULLS FIRST/LAST win
        assertThat(pg.route("SELECT id, total FROM orders ORDER BY total NULLS FIRST, id DESC NULLS LAST").merge().orderBy())
                .containsExactly(asc(visible(2), true), desc(visible(1), false));
    }

    // ----- LIMIT / OFFSET -----

    @Test
    void limitAndOffsetAskEachShardForOffsetPlusLimitRows() throws SQLException {
        RoutePlan plan = pg.route("SELECT id FROM orders ORDER BY id LIMIT 10 OFFSET 20");
        assertThat(plan.merge().offset()).isEqualTo(20);
        assertThat(plan.merge().limit()).isEqualTo(10);
        assertThat(unit(plan, 0)).isEqualTo(pg.expected("SELECT id FROM orders_0 orders ORDER BY id LIMIT 30"));
        // MySQL's LIMIT offset, count
        RoutePlan my = mysql.route("SELECT id FROM orders ORDER BY id LIMIT 20, 10");
        assertThat(my.merge().offset()).isEqualTo(20);
        assertThat(my.merge().limit()).isEqualTo(10);
        assertThat(unit(my, 0)).isEqualTo(mysql.expected("SELECT id FROM orders_0 orders ORDER BY id LIMIT 30"));
    }

    @Test
    void parameterLimitsBecomeARetortParameter() throws SQLException {
        RoutePlan plan = pg.route("SELECT id FROM orders ORDER BY id LIMIT ? OFFSET ?", 10, 5L);
        assertThat(plan.merge().offset()).isEqualTo(5);
        assertThat(plan.merge().limit()).isEqualTo(10);
        assertThat(plan.units().get(0).extraParameters()).isEqualTo(Map.of("retort_limit", 15L));
        assertThat(unit(plan, 0)).isEqualTo(pg.expected("SELECT id FROM orders_0 orders ORDER BY id LIMIT :retort_limit")
                .transform(n -> n instanceof io.retort.sql.Parameter p ? new io.retort.sql.Parameter(p.kind(), 0, p.name()) : n));
        // OFFSET alone: shards return everything, the merge skips
        RoutePlan offsetOnly = pg.route("SELECT id FROM orders ORDER BY id OFFSET 3");
        assertThat(offsetOnly.merge().limit()).isEqualTo(-1);
        assertThat(offsetOnly.merge().offset()).isEqualTo(3);
        assertThat(unit(offsetOnly, 0)).isEqualTo(pg.expected("SELECT id FROM orders_0 orders ORDER BY id"));
        assertThatThrownBy(() -> pg.route("SELECT id FROM orders LIMIT ?", -1))
                .isInstanceOf(java.sql.SQLDataException.class).extracting("SQLState").isEqualTo("2201W");
    }

    @Test
    void distinctIsMergedAcrossShards() throws SQLException {
        RoutePlan plan = pg.route("SELECT DISTINCT status FROM orders ORDER BY status LIMIT 3");
        assertThat(plan.merge().distinct()).isTrue();
        assertThat(unit(plan, 0)).isEqualTo(pg.expected("SELECT DISTINCT status FROM orders_0 orders ORDER BY status LIMIT 3"));
        // distinct values of the key do not repeat across shards
        assertThat(pg.route("SELECT DISTINCT customer_id FROM orders").merge().distinct()).isFalse();
    }

    // ----- GROUP BY and aggregates -----

    @Test
    void aggregatesMergeAndAvgBecomesSumAndCount() throws SQLException {
        RoutePlan plan = pg.route("SELECT COUNT(*), SUM(total), MIN(total), MAX(total), AVG(total) FROM orders");
        MergePlan m = plan.merge();
        assertThat(m.groupBy()).isEmpty();
        assertThat(m.aggregates()).containsExactlyInAnyOrder(
                new AggregateColumn(visible(1), AggregateKind.COUNT, null),
                new AggregateColumn(visible(2), AggregateKind.SUM, null),
                new AggregateColumn(visible(3), AggregateKind.MIN, null),
                new AggregateColumn(visible(4), AggregateKind.MAX, null),
                new AggregateColumn(visible(5), AggregateKind.AVG, hidden(1)),
                new AggregateColumn(hidden(1), AggregateKind.COUNT, null));
        assertThat(m.hiddenColumns()).isEqualTo(1);
        assertThat(m.shardsSortedByGroup()).isTrue();
        // the AVG column keeps the label PostgreSQL would give it
        assertThat(unit(plan, 0)).isEqualTo(pg.expected("SELECT COUNT(*), SUM(total), MIN(total), MAX(total),"
                + " SUM(total) AS \"avg\", COUNT(total) AS retort_h1 FROM orders_0 orders"));
        assertThat(unit(mysql.route("SELECT AVG(total) FROM orders"), 0)).isEqualTo(mysql.expected(
                "SELECT SUM(total) AS `AVG(total)`, COUNT(total) AS retort_h1 FROM orders_0 orders"));
    }

    @Test
    void groupByWithoutOrderSortsShardsByTheGroupKeys() throws SQLException {
        RoutePlan plan = pg.route("SELECT COUNT(*) AS n FROM orders GROUP BY status, country");
        MergePlan m = plan.merge();
        assertThat(m.groupBy()).containsExactly(hidden(1), hidden(2));
        assertThat(m.orderBy()).containsExactly(asc(hidden(1), false), asc(hidden(2), false));
        assertThat(m.shardsSortedByGroup()).isTrue();
        assertThat(m.aggregates()).contains(new AggregateColumn(visible(1), AggregateKind.COUNT, null),
                new AggregateColumn(hidden(1), AggregateKind.ANY_VALUE, null));
        assertThat(unit(plan, 0)).isEqualTo(pg.expected("SELECT COUNT(*) AS n, status AS retort_h1, country AS retort_h2"
                + " FROM orders_0 orders GROUP BY status, country ORDER BY status, country"));
    }

    @Test
    void groupByOrderedByAnAggregateIsGroupedInMemory() throws SQLException {
        RoutePlan plan = pg.route("SELECT status, SUM(total) AS s FROM orders GROUP BY status ORDER BY s DESC LIMIT 3");
        MergePlan m = plan.merge();
        assertThat(m.groupBy()).containsExactly(visible(1));
        assertThat(m.orderBy()).containsExactly(desc(visible(2), true));
        assertThat(m.shardsSortedByGroup()).isFalse();
        assertThat(m.limit()).isEqualTo(3);
        // no LIMIT on the shards: a group's rows may sit on every shard
        assertThat(unit(plan, 0)).isEqualTo(pg.expected(
                "SELECT status, SUM(total) AS s FROM orders_0 orders GROUP BY status ORDER BY s DESC"));
        assertThat(pg.route("SELECT status, SUM(total) FROM orders GROUP BY status ORDER BY status DESC").merge()
                .shardsSortedByGroup()).isTrue();
    }

    @Test
    void countDistinctReturnsDistinctValuesPerGroup() throws SQLException {
        RoutePlan plan = pg.route("SELECT status, COUNT(DISTINCT country) FROM orders GROUP BY status");
        assertThat(plan.merge().aggregates()).contains(new AggregateColumn(visible(2), AggregateKind.COUNT_DISTINCT, null));
        assertThat(unit(plan, 0)).isEqualTo(pg.expected("SELECT status, country AS \"count\" FROM orders_0 orders"
                + " GROUP BY status, country ORDER BY status"));
        // COUNT(DISTINCT key): values of the key never repeat across shards
        RoutePlan byKey = pg.route("SELECT COUNT(DISTINCT customer_id) FROM orders");
        assertThat(byKey.merge().aggregates()).containsExactly(new AggregateColumn(visible(1), AggregateKind.COUNT, null));
        assertThat(unit(byKey, 0)).isEqualTo(pg.expected("SELECT COUNT(DISTINCT customer_id) FROM orders_0 orders"));
    }

    @Test
    void groupingByTheKeyNeedsNoAggregateMerge() throws SQLException {
        RoutePlan plan = pg.route("SELECT customer_id, string_agg(status, ',') FROM orders GROUP BY customer_id"
                + " HAVING COUNT(*) > 2 ORDER BY customer_id LIMIT 5");
        MergePlan m = plan.merge();
        assertThat(m.aggregating()).isFalse();
        assertThat(m.having()).isNull();
        assertThat(m.orderBy()).containsExactly(asc(visible(1), false));
        assertThat(unit(plan, 0)).isEqualTo(pg.expected("SELECT customer_id, string_agg(status, ',') FROM orders_0 orders"
                + " GROUP BY customer_id HAVING COUNT(*) > 2 ORDER BY customer_id LIMIT 5"));
    }

    @Test
    void havingMovesToTheMergeWithHiddenAggregates() throws SQLException {
        RoutePlan plan = pg.route("SELECT status FROM orders GROUP BY status HAVING SUM(total) > ? AND AVG(total) < 100"
                + " OR COUNT(*) IS NULL", 50);
        MergePlan m = plan.merge();
        assertThat(unit(plan, 0)).isEqualTo(pg.expected("SELECT status, SUM(total) AS retort_h1, SUM(total) AS retort_h2,"
                + " COUNT(total) AS retort_h3, COUNT(*) AS retort_h4 FROM orders_0 orders GROUP BY status ORDER BY status"));
        assertThat(m.aggregates()).contains(new AggregateColumn(hidden(1), AggregateKind.SUM, null),
                new AggregateColumn(hidden(2), AggregateKind.AVG, hidden(3)),
                new AggregateColumn(hidden(4), AggregateKind.COUNT, null));
        assertThat(m.having().test(row(Map.of(hidden(1), 60L, hidden(2), 90.0, hidden(4), 3L)))).isTrue();
        assertThat(m.having().test(row(Map.of(hidden(1), 40L, hidden(2), 90.0, hidden(4), 3L)))).isFalse();
        assertThat(m.having().test(row(Map.of(hidden(1), 60L, hidden(2), 100.5, hidden(4), 3L)))).isFalse();
        // the parameter is bound per execution
        RouteTemplate t = pg.router.prepare(pg.parse("SELECT status FROM orders GROUP BY status HAVING COUNT(*) >= ?"));
        assertThat(t.route(List.of(2)).merge().having().test(row(Map.of(hidden(1), 2L)))).isTrue();
        assertThat(t.route(List.of(3)).merge().having().test(row(Map.of(hidden(1), 2L)))).isFalse();
    }

    @Test
    void havingOnAGroupKeyExpressionIsComputedByTheShards() throws SQLException {
        RoutePlan plan = pg.route("SELECT status, COUNT(*) c FROM orders GROUP BY status HAVING lower(status) <> 'x' AND c > 1");
        // the part without aggregates is one hidden column; c is the select list's COUNT(*)
        assertThat(unit(plan, 0)).isEqualTo(pg.expected("SELECT status, COUNT(*) c, lower(status) <> 'x' AS retort_h1"
                + " FROM orders_0 orders GROUP BY status ORDER BY status"));
        assertThat(plan.merge().having().test(row(Map.of(hidden(1), true, visible(2), 2L)))).isTrue();
        assertThat(plan.merge().having().test(row(Map.of(hidden(1), false, visible(2), 2L)))).isFalse();
        assertThat(plan.merge().having().test(row(Map.of(hidden(1), true, visible(2), 1L)))).isFalse();
    }

    @Test
    void whatCannotBeMergedIsAClearError() {
        for (String sql : List.of(
                "SELECT string_agg(status, ',') FROM orders",
                "SELECT SUM(total) || 'x' FROM orders",
                "SELECT md5(CAST(SUM(total) AS TEXT)) FROM orders",
                "SELECT SUM(DISTINCT total) FROM orders",
                "SELECT * FROM orders GROUP BY id",
                "SELECT id, ROW_NUMBER() OVER (ORDER BY id) FROM orders",
                "SELECT DISTINCT ON (status) * FROM orders",
                "SELECT status FROM orders GROUP BY ROLLUP (status)",
                "SELECT id FROM orders FETCH FIRST 5 ROWS WITH TIES",
                "SELECT id FROM orders INTERSECT SELECT id FROM orders",
                "SELECT status FROM orders GROUP BY status ORDER BY SUM(total) || 'x'")) {
            assertThatThrownBy(() -> pg.route(sql)).as(sql).isInstanceOf(SQLFeatureNotSupportedException.class)
                    .extracting("SQLState").isEqualTo("0A000");
        }
    }

    @Test
    void windowsPartitionedByTheKeyArePerNode() throws SQLException {
        RoutePlan plan = pg.route("SELECT id, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY id) FROM orders");
        assertThat(plan.units()).hasSize(8);
        assertThat(plan.merge()).isEqualTo(MergePlan.CONCATENATE);
    }

    // ----- UNION -----

    @Test
    void unionsMergeByOutputColumns() throws SQLException {
        RoutePlan plan = pg.route("SELECT id, total FROM orders WHERE customer_id = 1 UNION"
                + " SELECT id, total FROM orders WHERE customer_id = 6 ORDER BY total DESC, 1 LIMIT 4");
        MergePlan m = plan.merge();
        assertThat(m.distinct()).isTrue();
        assertThat(m.orderBy()).containsExactly(desc(visible(2), true), asc(visible(1), false));
        assertThat(m.limit()).isEqualTo(4);
        assertThat(unit(plan, 0)).isEqualTo(pg.expected("SELECT id, total FROM orders_1 orders WHERE customer_id = 1 UNION"
                + " SELECT id, total FROM orders_1 orders WHERE customer_id = 6 ORDER BY total DESC, 1 LIMIT 4"));
        assertThat(pg.route("SELECT id FROM orders UNION ALL SELECT id FROM order_items").merge().distinct()).isFalse();
        assertThatThrownBy(() -> pg.route("SELECT id FROM orders UNION ALL SELECT 1"))
                .isInstanceOf(SQLFeatureNotSupportedException.class);
    }

    // ----- what a deep-page strategy gets -----

    @Test
    void paginationInfoTellsWhetherTheOrderIsUnique() throws SQLException {
        RoutePlan byId = pg.route("SELECT * FROM orders ORDER BY created_at DESC, id LIMIT 10 OFFSET 100000");
        Pagination p = byId.pagination().orElseThrow();
        assertThat(p.unique()).isTrue(); // id is the generated key
        assertThat(p.offset()).isEqualTo(100000);
        assertThat(p.limit()).isEqualTo(10);
        assertThat(p.sortKeys()).isEqualTo(byId.merge().orderBy());
        assertThat(p.sortExpressions()).containsExactly(pg.expected("SELECT created_at").findAll(io.retort.sql.ColumnRef.class)
                .get(0), pg.expected("SELECT id").findAll(io.retort.sql.ColumnRef.class).get(0));
        assertThat(pg.route("SELECT * FROM orders ORDER BY created_at LIMIT 10").pagination().orElseThrow().unique()).isFalse();
        assertThat(pg.route("SELECT * FROM orders ORDER BY created_at").pagination()).isEmpty();
        // a primary key from the table metadata
        RouterFixture withPk = new RouterFixture(RouterFixture.SHOP, SqlDialect.POSTGRESQL, new TableMetadata() {
            @Override
            public List<String> columns(String dataSource, String table) {
                return List.of();
            }

            @Override
            public List<String> primaryKey(String dataSource, String table) {
                return table.startsWith("payments") ? List.of("user_id", "payment_id") : List.of();
            }
        });
        assertThat(withPk.route("SELECT * FROM payments ORDER BY user_id, payment_id LIMIT 5").pagination().orElseThrow()
                .unique()).isTrue();
        assertThat(withPk.route("SELECT * FROM payments ORDER BY user_id LIMIT 5").pagination().orElseThrow().unique())
                .isFalse();
    }

    static io.retort.sharding.merge.MergedRow row(Map<ColumnSlot, Object> values) {
        return values::get;
    }
}
