package io.retort.sharding.route;

import static io.retort.sharding.merge.ColumnSlot.hidden;
import static io.retort.sharding.merge.ColumnSlot.visible;
import static io.retort.sharding.route.RouterFixture.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.sharding.merge.AggregateColumn;
import io.retort.sharding.merge.AggregateKind;
import io.retort.sharding.merge.ColumnSlot;
import io.retort.sharding.merge.ComputedColumn;
import io.retort.sharding.merge.MergePlan;
import io.retort.sql.SqlDialect;
import java.math.BigDecimal;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Select-list expressions over aggregates across shards: the shards compute the aggregates (hidden
 * when not selected) and a typed placeholder, the merge computes the expression from the merged
 * values with HAVING's evaluator.
 */
class ComputedColumnsTest {

    private final RouterFixture pg = RouterFixture.shop();

    private static Object eval(ComputedColumn c, Map<ColumnSlot, Object> values) throws SQLException {
        return c.expression().evaluate(values::get);
    }

    private static Map<ColumnSlot, Object> row(Object... slotsAndValues) {
        Map<ColumnSlot, Object> m = new HashMap<>();
        for (int i = 0; i < slotsAndValues.length; i += 2) {
            m.put((ColumnSlot) slotsAndValues[i], slotsAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void roundOfAnAverageIsComputedAfterTheMerge() throws SQLException {
        RoutePlan plan = pg.route("SELECT status, ROUND(AVG(total), 2) FROM orders GROUP BY status");
        assertThat(unit(plan, 0)).isEqualTo(pg.expected("SELECT status, CASE WHEN 1 = 0 THEN ROUND(AVG(total), 2) END AS \"round\","
                + " SUM(total) AS retort_h1, COUNT(total) AS retort_h2 FROM orders_0 orders GROUP BY status ORDER BY status"));
        MergePlan m = plan.merge();
        assertThat(m.hiddenColumns()).isEqualTo(2);
        assertThat(m.aggregates()).contains(new AggregateColumn(visible(2), AggregateKind.ANY_VALUE, null),
                new AggregateColumn(hidden(1), AggregateKind.AVG, hidden(2)));
        assertThat(m.computed()).hasSize(1);
        ComputedColumn c = m.computed().get(0);
        assertThat(c.column()).isEqualTo(visible(2));
        // the merged AVG (hidden 1 holds it after the merge) rounded half away from zero
        assertThat(eval(c, row(hidden(1), new BigDecimal("2.345000")))).isEqualTo(new BigDecimal("2.35"));
        assertThat(eval(c, row(hidden(1), new BigDecimal("-2.345")))).isEqualTo(new BigDecimal("-2.35"));
        assertThat(eval(c, row(hidden(1), null))).isNull();
    }

    @Test
    void arithmeticOverAggregatesFollowsTheApplicationDialect() throws SQLException {
        RoutePlan plan = pg.route("SELECT SUM(total) / COUNT(*) AS per_order, MAX(total) - MIN(total) FROM orders");
        // the placeholder only types the column: its division is a multiplication (same type, nothing to translate)
        assertThat(unit(plan, 0)).isEqualTo(pg.expected("SELECT CASE WHEN 1 = 0 THEN SUM(total) * COUNT(*) END AS per_order,"
                + " CASE WHEN 1 = 0 THEN MAX(total) - MIN(total) END AS \"?column?\", SUM(total) AS retort_h1,"
                + " COUNT(*) AS retort_h2, MAX(total) AS retort_h3, MIN(total) AS retort_h4 FROM orders_0 orders"));
        ComputedColumn perOrder = plan.merge().computed().get(0);
        assertThat(eval(perOrder, row(hidden(1), 7L, hidden(2), 2L))).isEqualTo(3L); // PostgreSQL: integer division
        assertThatThrownBy(() -> eval(perOrder, row(hidden(1), 7L, hidden(2), 0L))).isInstanceOf(SQLDataException.class)
                .extracting("SQLState").isEqualTo("22012");
        assertThat(eval(plan.merge().computed().get(1), row(hidden(3), 9L, hidden(4), 2L))).isEqualTo(7L);
        RouterFixture my = RouterFixture.shop(SqlDialect.MYSQL);
        ComputedColumn mysql = my.route("SELECT SUM(total) / COUNT(*) FROM orders").merge().computed().get(0);
        assertThat(eval(mysql, row(hidden(1), 7L, hidden(2), 2L))).isEqualTo(new BigDecimal("3.5000"));
        assertThat(eval(mysql, row(hidden(1), 7L, hidden(2), 0L))).isNull(); // MySQL: NULL
    }

    @Test
    void castsCaseAndFunctions() throws SQLException {
        RoutePlan plan = pg.route("SELECT status, AVG(total)::numeric(10,2) AS a, CAST(SUM(total) AS INT),"
                + " CASE WHEN COUNT(*) > 2 THEN 'many' ELSE 'few' END, COALESCE(MAX(note), 'none'),"
                + " GREATEST(MIN(total), 5), ABS(MIN(total)), FLOOR(AVG(total)), NULLIF(COUNT(*), 0)"
                + " FROM orders GROUP BY status");
        Map<ColumnSlot, ComputedColumn> byColumn = new HashMap<>();
        plan.merge().computed().forEach(c -> byColumn.put(c.column(), c));
        assertThat(byColumn).hasSize(8);
        MergePlan m = plan.merge();
        // the merged aggregates' hidden columns, by kind
        Map<ColumnSlot, Object> values = new HashMap<>();
        for (AggregateColumn a : m.aggregates()) {
            if (a.column().hidden()) {
                values.put(a.column(), switch (a.kind()) {
                    case AVG -> new BigDecimal("12.345");
                    case SUM -> new BigDecimal("41.5");
                    case COUNT -> 3L;
                    case MAX -> null; // MAX(note): all NULL
                    case MIN -> new BigDecimal("-4");
                    default -> null;
                });
            }
        }
        assertThat(eval(byColumn.get(visible(2)), values)).isEqualTo(new BigDecimal("12.35"));
        assertThat(eval(byColumn.get(visible(3)), values)).isEqualTo(42);
        assertThat(eval(byColumn.get(visible(4)), values)).isEqualTo("many");
        assertThat(eval(byColumn.get(visible(5)), values)).isEqualTo("none");
        assertThat(((Number) eval(byColumn.get(visible(6)), values)).intValue()).isEqualTo(5);
        assertThat(eval(byColumn.get(visible(7)), values)).isEqualTo(new BigDecimal("4"));
        assertThat(eval(byColumn.get(visible(8)), values)).isEqualTo(new BigDecimal("12"));
        assertThat(eval(byColumn.get(visible(9)), values)).isEqualTo(3L);
    }

    @Test
    void anOrderByExpressionOverAggregatesIsAHiddenComputedColumn() throws SQLException {
        RoutePlan plan = pg.route("SELECT status FROM orders GROUP BY status ORDER BY SUM(total) / COUNT(*) DESC, status");
        MergePlan m = plan.merge();
        assertThat(m.computed()).hasSize(1);
        ColumnSlot sortedBy = m.orderBy().get(0).column();
        assertThat(sortedBy.hidden()).isTrue();
        assertThat(m.computed().get(0).column()).isEqualTo(sortedBy);
        assertThat(m.shardsSortedByGroup()).isFalse();
        // the shards do not sort by it (on part of a group it means nothing, and may divide by zero)
        assertThat(unit(plan, 0)).isEqualTo(pg.expected("SELECT status, SUM(total) AS retort_h1, COUNT(*) AS retort_h2,"
                + " CASE WHEN 1 = 0 THEN SUM(total) * COUNT(*) END AS retort_h3 FROM orders_0 orders GROUP BY status"
                + " ORDER BY status"));
        RoutePlan selected = pg.route("SELECT status, SUM(total) / COUNT(*) FROM orders GROUP BY status"
                + " ORDER BY status, SUM(total) / COUNT(*)");
        assertThat(selected.merge().shardsSortedByGroup()).isTrue();
        assertThat(unit(selected, 0).toString()).doesNotContain("DIVIDE");
    }

    @Test
    void whatTheMergeCannotEvaluateIsRefusedByName() {
        assertThatThrownBy(() -> pg.route("SELECT md5(CAST(SUM(total) AS TEXT)) FROM orders"))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("The select list uses the function md5 over aggregates");
        assertThatThrownBy(() -> pg.route("SELECT CAST(MAX(created_at) AS DATE) FROM orders"))
                .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("a cast to DATE");
    }

    @Test
    void groupedByTheKeyTheShardsComputeEverything() throws SQLException {
        RoutePlan plan = pg.route("SELECT customer_id, ROUND(AVG(total), 2) FROM orders GROUP BY customer_id");
        assertThat(plan.merge().computed()).isEmpty();
        assertThat(unit(plan, 0)).isEqualTo(pg.expected("SELECT customer_id, ROUND(AVG(total), 2) FROM orders_0 orders"
                + " GROUP BY customer_id"));
    }
}
