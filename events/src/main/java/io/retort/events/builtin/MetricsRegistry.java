package io.retort.events.builtin;

import io.retort.events.Outcome;
import io.retort.events.PlanInfo;
import io.retort.events.StatementEvent;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The counters behind every open {@link Metrics} listener of one name. Listeners of the same name
 * share them (a listener made per connection from the URL still feeds one set of counters), and the
 * MBean stays registered while at least one of them is open.
 */
final class MetricsRegistry {

    /** The data source of failures that happened before any physical statement ran. */
    static final String NO_DATA_SOURCE = "(none)";
    static final String OTHER_SHAPES = "(other statements: more shapes than maxShapes)";
    /** Memo maps from SQL text to shape are cleared when they grow past this (literal-heavy applications). */
    private static final int MAX_MEMO = 10_000;

    private static final Map<String, MetricsRegistry> OPEN = new ConcurrentHashMap<>();

    final String name;
    final ObjectName objectName;
    private final int maxShapes;
    private final boolean jmx;
    private int references;

    private final Map<Object, ShapeEntry> byShape = new ConcurrentHashMap<>();
    private final Map<String, ShapeEntry> byText = new ConcurrentHashMap<>();
    private final Map<String, ShapeEntry> byParsedText = new ConcurrentHashMap<>();
    private final ShapeEntry other = new ShapeEntry(OTHER_SHAPES);

    private MetricsRegistry(String name, int maxShapes, boolean jmx) {
        this.name = name;
        this.maxShapes = maxShapes;
        this.jmx = jmx;
        this.objectName = objectName(name);
    }

    static ObjectName objectName(String name) {
        try {
            return new ObjectName("io.retort:type=Metrics,name=" + (needsQuoting(name) ? ObjectName.quote(name) : name));
        } catch (JMException e) {
            throw new IllegalArgumentException("Metrics name '" + name + "' cannot be used in a JMX object name: " + e.getMessage(), e);
        }
    }

    private static boolean needsQuoting(String name) {
        for (char c : name.toCharArray()) {
            if (",=:\"*?\n".indexOf(c) >= 0) {
                return true;
            }
        }
        return name.isEmpty();
    }

    /** The registry of {@code name}, opened (and its MBean registered) if no listener holds it yet. */
    static MetricsRegistry acquire(String name, int maxShapes, boolean jmx) {
        synchronized (OPEN) {
            MetricsRegistry r = OPEN.get(name);
            if (r == null) {
                r = new MetricsRegistry(name, maxShapes, jmx);
                if (jmx) {
                    r.register();
                }
                OPEN.put(name, r);
            }
            r.references++;
            return r;
        }
    }

    /** The open registry of {@code name}, or null. */
    static MetricsRegistry open(String name) {
        return OPEN.get(name);
    }

    void release() {
        synchronized (OPEN) {
            if (references == 0) {
                return;
            }
            references--;
            if (references == 0) {
                OPEN.remove(name, this);
                if (jmx) {
                    unregister();
                }
            }
        }
    }

    private void register() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            if (server.isRegistered(objectName)) {
                // Left behind by another class loader's copy of Retort (e.g. a redeployed web app).
                server.unregisterMBean(objectName);
            }
            server.registerMBean(new View(), objectName);
        } catch (JMException e) {
            throw new IllegalStateException("cannot register the MBean " + objectName + ": " + e.getMessage(), e);
        }
    }

    private void unregister() {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(objectName);
        } catch (JMException e) {
            // already gone: nothing to clean up
        }
    }

    // ---- recording ----

    void record(StatementEvent statement, String dataSource, Outcome outcome) {
        shapeOf(statement).stats(dataSource).record(outcome);
    }

    private ShapeEntry shapeOf(StatementEvent e) {
        String sql = e.sql();
        PlanInfo plan = e.planInfo();
        if (plan.status() == PlanInfo.Status.NOT_PARSED) {
            // Never parse for metrics: an unparsed statement's shape is its text.
            ShapeEntry entry = byText.get(sql);
            if (entry == null) {
                entry = memo(byText, sql, sql);
            }
            return entry;
        }
        ShapeEntry entry = byParsedText.get(sql);
        if (entry == null) {
            entry = memo(byParsedText, sql, StatementShapes.of(e.model()));
        }
        return entry;
    }

    private ShapeEntry memo(Map<String, ShapeEntry> memo, String sql, Object shapeKey) {
        if (memo.size() >= MAX_MEMO) {
            memo.clear();
        }
        ShapeEntry entry = byShape.get(shapeKey);
        if (entry == null) {
            entry = byShape.size() >= maxShapes ? other : byShape.computeIfAbsent(shapeKey, k -> new ShapeEntry(sql));
        }
        memo.put(sql, entry);
        return entry;
    }

    // ---- reading ----

    MetricsSnapshot snapshot() {
        List<StatementMetrics> out = new ArrayList<>();
        for (ShapeEntry entry : byShape.values()) {
            entry.snapshotInto(out);
        }
        other.snapshotInto(out);
        out.sort(Comparator.comparingLong(StatementMetrics::count).reversed()
                .thenComparing(StatementMetrics::shape).thenComparing(StatementMetrics::dataSource));
        return new MetricsSnapshot(name, out);
    }

    int shapeCount() {
        return byShape.size();
    }

    void reset() {
        byText.clear();
        byParsedText.clear();
        byShape.clear();
        other.clear();
    }

    /** One statement shape: its counters per data source. */
    private static final class ShapeEntry {
        final String label;
        final Map<String, StatementStats> byDataSource = new ConcurrentHashMap<>(4);

        ShapeEntry(String label) {
            this.label = label;
        }

        StatementStats stats(String dataSource) {
            StatementStats s = byDataSource.get(dataSource);
            return s != null ? s : byDataSource.computeIfAbsent(dataSource, ds -> new StatementStats(label, ds));
        }

        void snapshotInto(List<StatementMetrics> out) {
            for (StatementStats s : byDataSource.values()) {
                out.add(s.snapshot());
            }
        }

        void clear() {
            byDataSource.clear();
        }
    }

    /** The MXBean. */
    private final class View implements MetricsMXBean {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public long getStatementCount() {
            return snapshot().statementCount();
        }

        @Override
        public long getErrorCount() {
            return snapshot().errorCount();
        }

        @Override
        public int getShapeCount() {
            return shapeCount();
        }

        @Override
        public List<Row> getStatements() {
            List<Row> rows = new ArrayList<>();
            for (StatementMetrics m : snapshot().statements()) {
                rows.add(Row.of(m));
            }
            return rows;
        }

        @Override
        public void reset() {
            MetricsRegistry.this.reset();
        }
    }
}
