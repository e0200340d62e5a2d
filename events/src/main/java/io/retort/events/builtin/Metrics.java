package io.retort.events.builtin;

import io.retort.events.CursorEvent;
import io.retort.events.ListenerProperties;
import io.retort.events.Outcome;
import io.retort.events.StatementEvent;
import io.retort.events.StatementObserver;
import java.util.Map;
import java.util.Optional;
import javax.management.ObjectName;

/**
 * Counts executions, errors, rows and latency (total, min, max, p50/p95/p99) per statement shape and
 * data source; readable from code ({@link #snapshot()}) and through JMX as the MXBean
 * {@code io.retort:type=Metrics,name=<name>} ({@link MetricsMXBean}).
 *
 * <p>A statement's <em>shape</em> is its parsed tree without literal values, parameter positions,
 * IN-list lengths and comments, when something had the statement parsed; otherwise (the fast path,
 * where nothing parses) its SQL text: Metrics never makes the driver parse. Each physical statement
 * is counted on its data source; a statement that failed before reaching any (refused by a listener,
 * a routing error) is counted as an error on the data source {@code (none)}.
 *
 * <p>Listeners with the same name share their counters and their MBean, which stays registered
 * until the last of them is {@linkplain #close() closed}. Properties: {@code name} (default
 * {@code default}), {@code jmx} (default {@code true}), {@code maxShapes} (default 1000: further
 * shapes are counted together as one), {@code priority} (default 0).
 *
 * <pre>{@code
 * Metrics metrics = new Metrics("orders-app");
 * dataSource.listen(metrics);
 * ...
 * for (StatementMetrics m : metrics.snapshot().statements()) {
 *     System.out.println(m.shape() + " on " + m.dataSource() + ": " + m.count() + " runs, p99 " + m.p99Nanos() / 1e6 + " ms");
 * }
 * }</pre>
 */
public final class Metrics implements StatementObserver, AutoCloseable {

    private static final String CURSOR_FAILED = Metrics.class.getName() + ".cursorFailed";

    private final MetricsRegistry registry;
    private final int priority;
    private volatile boolean closed;

    /** Metrics named {@code default}, registered in JMX. */
    public Metrics() {
        this(Map.of());
    }

    /** Metrics with this name, registered in JMX. */
    public Metrics(String name) {
        this(Map.of("name", name));
    }

    /** Configured by properties (see the class description). */
    public Metrics(Map<String, String> properties) {
        ListenerProperties p = ListenerProperties.of(Metrics.class, properties, "name", "jmx", "maxShapes", "priority");
        String name = p.string("name", "default");
        MetricsRegistry.objectName(name); // fail early, in the constructor, on an unusable name
        this.registry = MetricsRegistry.acquire(name, p.intValue("maxShapes", 1000, 1, 1_000_000), p.bool("jmx", true));
        this.priority = p.intValue("priority", 0, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** The counters of the open Metrics listener(s) named {@code name}, if any. */
    public static Optional<MetricsSnapshot> snapshotOf(String name) {
        MetricsRegistry r = MetricsRegistry.open(name);
        return r == null ? Optional.empty() : Optional.of(r.snapshot());
    }

    public String name() {
        return registry.name;
    }

    /** Where the MBean is (or would be) registered. */
    public ObjectName objectName() {
        return registry.objectName;
    }

    /** A copy of the counters, most executed statement first. */
    public MetricsSnapshot snapshot() {
        return registry.snapshot();
    }

    /** Forgets everything counted so far (for every listener of this name). */
    public void reset() {
        registry.reset();
    }

    @Override
    public int priority() {
        return priority;
    }

    @Override
    public void afterCursorExecute(CursorEvent event, Outcome outcome) {
        if (closed) {
            return;
        }
        registry.record(event.statement(), event.dataSource(), outcome);
        if (outcome.failed()) {
            event.statement().attributes().put(CURSOR_FAILED, Boolean.TRUE);
        }
    }

    @Override
    public void afterExecute(StatementEvent event, Outcome outcome) {
        // Only failures no physical statement accounted for; successes were counted per cursor.
        if (closed || !outcome.failed() || event.attribute(CURSOR_FAILED) != null) {
            return;
        }
        registry.record(event, MetricsRegistry.NO_DATA_SOURCE, outcome);
    }

    /** Stops counting; the last open listener of this name unregisters the MBean. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            registry.release();
        }
    }

    @Override
    public String toString() {
        return "Metrics[" + registry.name + "]";
    }
}
