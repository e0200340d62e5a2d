package io.retort.events.builtin;

import static io.retort.sql.Sql.column;
import static io.retort.sql.Sql.param;
import static io.retort.sql.Sql.select;
import static io.retort.sql.Sql.star;
import static io.retort.sql.Sql.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.events.ListenerLoader;
import io.retort.events.StatementEvent;
import io.retort.events.testing.TestEvents;
import io.retort.sql.Statement;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    private static String uniqueName() {
        return "test-" + NAMES.incrementAndGet();
    }

    private static StatementEvent parsed(String sql, Statement model) {
        return TestEvents.statement(sql).model(model).cached(1_000_000).build();
    }

    private static Statement byId(Object id) {
        return select(star()).from(table("orders")).where(column("id").eq(id));
    }

    @Test
    void countsPerShapeAndDataSourceWithLatencyAndRows() {
        try (Metrics metrics = new Metrics(Map.of("name", uniqueName(), "jmx", "false"))) {
            for (int i = 1; i <= 100; i++) {
                StatementEvent e = parsed("SELECT * FROM orders WHERE id = " + i, byId(i));
                metrics.afterCursorExecute(TestEvents.cursor(e, i % 2 == 0 ? "ds0" : "ds1"), TestEvents.success(i * 1_000_000L, 1));
            }
            MetricsSnapshot s = metrics.snapshot();
            assertThat(s.statementCount()).isEqualTo(100);
            assertThat(s.statements()).hasSize(2);
            // the shape is labelled by the first statement seen with it
            StatementMetrics ds0 = s.find("SELECT * FROM orders WHERE id = 1", "ds0").orElseThrow();
            assertThat(ds0.count()).isEqualTo(50);
            assertThat(ds0.rows()).isEqualTo(50);
            assertThat(ds0.minNanos()).isEqualTo(2_000_000);
            assertThat(ds0.maxNanos()).isEqualTo(100_000_000);
            assertThat(ds0.totalNanos()).isEqualTo(2_550_000_000L);
            assertThat(ds0.meanNanos()).isEqualTo(51_000_000);
            // the true median is 50 ms, p99 is 100 ms: the histogram is within 25%
            assertThat(ds0.p50Nanos()).isBetween(50_000_000L, 62_500_000L);
            assertThat(ds0.p99Nanos()).isBetween(98_000_000L, 100_000_000L);
            assertThat(s.find("SELECT * FROM orders WHERE id = 1", "ds1").orElseThrow().count()).isEqualTo(50);
        }
    }

    @Test
    void unparsedStatementsAreCountedByTextAndNeverParsed() {
        try (Metrics metrics = new Metrics(Map.of("name", uniqueName(), "jmx", "false"))) {
            TestEvents.StatementBuilder b = TestEvents.statement("SELECT * FROM orders WHERE id = ?").model(byId(param(1)));
            StatementEvent e = b.build();
            metrics.afterCursorExecute(TestEvents.cursor(e, "ds0"), TestEvents.success(10, -1));
            metrics.afterExecute(e, TestEvents.success(12, -1));
            StatementEvent other = TestEvents.statement("SELECT * FROM orders WHERE id = 7").build();
            metrics.afterCursorExecute(TestEvents.cursor(other, "ds0"), TestEvents.success(10, -1));

            assertThat(b.modelRequests()).isZero();
            assertThat(metrics.snapshot().statements()).extracting(StatementMetrics::shape)
                    .containsExactlyInAnyOrder("SELECT * FROM orders WHERE id = ?", "SELECT * FROM orders WHERE id = 7");
        }
    }

    @Test
    void errorsAreCountedOnceWhereTheyHappened() {
        try (Metrics metrics = new Metrics(Map.of("name", uniqueName(), "jmx", "false"))) {
            StatementEvent failedOnDatabase = parsed("INSERT INTO t VALUES (1)", byId(1));
            SQLException duplicate = new SQLException("duplicate", "23505");
            metrics.afterCursorExecute(TestEvents.cursor(failedOnDatabase, "ds0"), TestEvents.failure(5, duplicate));
            metrics.afterExecute(failedOnDatabase, TestEvents.failure(6, duplicate));

            StatementEvent refused = parsed("DELETE FROM t", byId(2));
            metrics.afterExecute(refused, TestEvents.failure(1, new SQLException("refused", "42501")));

            MetricsSnapshot s = metrics.snapshot();
            assertThat(s.statementCount()).isEqualTo(2);
            assertThat(s.errorCount()).isEqualTo(2);
            assertThat(s.forDataSource("ds0")).singleElement().satisfies(m -> assertThat(m.errors()).isEqualTo(1));
            assertThat(s.forDataSource("(none)")).singleElement().satisfies(m -> assertThat(m.errors()).isEqualTo(1));
        }
    }

    @Test
    void shapesBeyondTheLimitAreCountedTogether() {
        try (Metrics metrics = new Metrics(Map.of("name", uniqueName(), "jmx", "false", "maxShapes", "2"))) {
            for (String t : new String[] {"a", "b", "c", "d"}) {
                StatementEvent e = TestEvents.statement("SELECT * FROM " + t).build();
                metrics.afterCursorExecute(TestEvents.cursor(e, "ds0"), TestEvents.success(1, -1));
            }
            MetricsSnapshot s = metrics.snapshot();
            assertThat(s.statements()).hasSize(3);
            assertThat(s.find(MetricsRegistry.OTHER_SHAPES, "ds0").orElseThrow().count()).isEqualTo(2);
        }
    }

    @Test
    void isReadableThroughJmxAndUnregisteredWhenTheLastListenerOfItsNameCloses() throws Exception {
        String name = uniqueName();
        ObjectName objectName = new ObjectName("io.retort:type=Metrics,name=" + name);
        Metrics first = new Metrics(name);
        Metrics second = (Metrics) ListenerLoader.create("Metrics", Map.of("name", name));
        assertThat(first.objectName()).isEqualTo(objectName);
        assertThat(server.isRegistered(objectName)).isTrue();

        StatementEvent e = parsed("SELECT * FROM orders WHERE id = 1", byId(1));
        first.afterCursorExecute(TestEvents.cursor(e, "ds0"), TestEvents.success(3_000_000, 1));
        second.afterCursorExecute(TestEvents.cursor(e, "ds0"), TestEvents.failure(1_000_000, new SQLException("x")));

        assertThat(server.getAttribute(objectName, "Name")).isEqualTo(name);
        assertThat(server.getAttribute(objectName, "StatementCount")).isEqualTo(2L);
        assertThat(server.getAttribute(objectName, "ErrorCount")).isEqualTo(1L);
        assertThat(server.getAttribute(objectName, "ShapeCount")).isEqualTo(1);
        CompositeData[] rows = (CompositeData[]) server.getAttribute(objectName, "Statements");
        assertThat(rows).hasSize(1);
        assertThat(rows[0].get("shape")).isEqualTo("SELECT * FROM orders WHERE id = 1");
        assertThat(rows[0].get("dataSource")).isEqualTo("ds0");
        assertThat(rows[0].get("count")).isEqualTo(2L);
        assertThat(rows[0].get("errors")).isEqualTo(1L);
        assertThat(rows[0].get("maxMillis")).isEqualTo(3.0);
        assertThat(MetricsMXBean.Row.from(rows[0]).getMinMillis()).isEqualTo(1.0);
        assertThat(Metrics.snapshotOf(name).orElseThrow().statementCount()).isEqualTo(2);

        server.invoke(objectName, "reset", new Object[0], new String[0]);
        assertThat(first.snapshot().statements()).isEmpty();

        first.close();
        first.close();
        assertThat(server.isRegistered(objectName)).isTrue();
        second.close();
        assertThat(server.isRegistered(objectName)).isFalse();
        assertThat(Metrics.snapshotOf(name)).isEmpty();
    }

    @Test
    void namesThatNeedQuotingAreQuotedAndJmxCanBeOff() throws Exception {
        try (Metrics odd = new Metrics("shop,eu=1")) {
            assertThat(server.isRegistered(odd.objectName())).isTrue();
            assertThat(odd.objectName().getKeyProperty("name")).isEqualTo(ObjectName.quote("shop,eu=1"));
        }
        String name = uniqueName();
        try (Metrics quiet = new Metrics(Map.of("name", name, "jmx", "false"))) {
            assertThat(server.isRegistered(quiet.objectName())).isFalse();
        }
    }

    @Test
    void rejectsBadProperties() {
        assertThatThrownBy(() -> new Metrics(Map.of("maxShapes", "0")))
                .hasMessageContaining("'maxShapes' must be a whole number from 1 to 1000000");
        assertThatThrownBy(() -> new Metrics(Map.of("names", "x"))).hasMessageContaining("did you mean");
    }

    @Test
    void histogramBucketsBoundEveryValueWithinAQuarter() {
        long[] samples = {0, 1, 3, 4, 5, 7, 8, 100, 1_000, 65_535, 65_536, 999_999_999, 123_456_789_012L};
        for (long v : samples) {
            int i = LatencyHistogram.index(v);
            assertThat(LatencyHistogram.upperBound(i)).isGreaterThanOrEqualTo(v);
            assertThat((double) LatencyHistogram.upperBound(i)).isLessThanOrEqualTo(Math.max(v * 1.25, 3));
            if (i > 0) {
                assertThat(LatencyHistogram.upperBound(i - 1)).isLessThan(v);
            }
        }
        assertThat(LatencyHistogram.index(Long.MAX_VALUE)).isEqualTo(LatencyHistogram.BUCKETS - 1);
        assertThat(LatencyHistogram.index(-5)).isZero();
    }
}
