package io.retort.events.builtin;

import java.util.List;
import javax.management.openmbean.CompositeData;

/**
 * The JMX view of a {@link Metrics} listener, registered as {@code io.retort:type=Metrics,name=<name>}
 * while the listener is open. Times are in milliseconds (fractions kept). In JConsole or VisualVM,
 * the {@code Statements} attribute is a table with one row per statement shape and data source.
 */
public interface MetricsMXBean {

    /** The listener's name (the {@code name} key of the object name). */
    String getName();

    /** Executions counted. */
    long getStatementCount();

    /** Failed executions counted. */
    long getErrorCount();

    /** Distinct statement shapes seen. */
    int getShapeCount();

    /** One row per statement shape and data source, most executed first. */
    List<Row> getStatements();

    /** Forgets everything counted so far. */
    void reset();

    /** One statement shape on one data source, as JMX shows it. */
    final class Row {
        private final String shape;
        private final String dataSource;
        private final long count;
        private final long errors;
        private final long rows;
        private final double totalMillis;
        private final double meanMillis;
        private final double minMillis;
        private final double maxMillis;
        private final double p50Millis;
        private final double p95Millis;
        private final double p99Millis;

        public Row(String shape, String dataSource, long count, long errors, long rows, double totalMillis,
                double meanMillis, double minMillis, double maxMillis, double p50Millis, double p95Millis,
                double p99Millis) {
            this.shape = shape;
            this.dataSource = dataSource;
            this.count = count;
            this.errors = errors;
            this.rows = rows;
            this.totalMillis = totalMillis;
            this.meanMillis = meanMillis;
            this.minMillis = minMillis;
            this.maxMillis = maxMillis;
            this.p50Millis = p50Millis;
            this.p95Millis = p95Millis;
            this.p99Millis = p99Millis;
        }

        static Row of(StatementMetrics m) {
            return new Row(m.shape(), m.dataSource(), m.count(), m.errors(), m.rows(), millis(m.totalNanos()),
                    millis(m.meanNanos()), millis(m.minNanos()), millis(m.maxNanos()), millis(m.p50Nanos()),
                    millis(m.p95Nanos()), millis(m.p99Nanos()));
        }

        private static double millis(long nanos) {
            return nanos / 1e6;
        }

        /** Rebuilds a row from its JMX form (so MXBean proxies work). */
        public static Row from(CompositeData d) {
            return new Row((String) d.get("shape"), (String) d.get("dataSource"), (Long) d.get("count"),
                    (Long) d.get("errors"), (Long) d.get("rows"), (Double) d.get("totalMillis"),
                    (Double) d.get("meanMillis"), (Double) d.get("minMillis"), (Double) d.get("maxMillis"),
                    (Double) d.get("p50Millis"), (Double) d.get("p95Millis"), (Double) d.get("p99Millis"));
        }

        public String getShape() {
            return shape;
        }

        public String getDataSource() {
            return dataSource;
        }

        public long getCount() {
            return count;
        }

        public long getErrors() {
            return errors;
        }

        public long getRows() {
            return rows;
        }

        public double getTotalMillis() {
            return totalMillis;
        }

        public double getMeanMillis() {
            return meanMillis;
        }

        public double getMinMillis() {
            return minMillis;
        }

        public double getMaxMillis() {
            return maxMillis;
        }

        public double getP50Millis() {
            return p50Millis;
        }

        public double getP95Millis() {
            return p95Millis;
        }

        public double getP99Millis() {
            return p99Millis;
        }
    }
}
