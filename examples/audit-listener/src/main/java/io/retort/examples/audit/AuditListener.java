package io.retort.examples.audit;

import io.retort.events.CursorEvent;
import io.retort.events.Outcome;
import io.retort.events.StatementEvent;
import io.retort.events.StatementObserver;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An audit trail of every statement, as an example of a listener plugin: a jar with this class and
 * {@code META-INF/services/io.retort.events.RetortListener} naming it. With the jar on the class
 * path, every Retort connection finds it through {@link java.util.ServiceLoader}: nothing to
 * configure.
 *
 * <p>It only observes, never needs the parsed statement (so Retort's fast path is kept), and keeps
 * the last {@value #CAPACITY} entries in memory, shared by all instances, for {@link #entries()}; it
 * also logs each entry at INFO to {@code io.retort.audit}. Parameters are never recorded.
 *
 * <pre>{@code
 * try (Connection c = DriverManager.getConnection("jdbc:retort:h2:mem:shop")) {
 *     c.createStatement().execute("CREATE TABLE t (id INT)");
 * }
 * AuditListener.entries();   // [AuditEntry[... sql=CREATE TABLE t (id INT), dataSources=[...] ...]]
 * }</pre>
 */
public final class AuditListener implements StatementObserver {

    /** How many entries are kept. */
    public static final int CAPACITY = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger("io.retort.audit");
    private static final String DATA_SOURCES = AuditListener.class.getName() + ".dataSources";
    private static final Deque<AuditEntry> ENTRIES = new ArrayDeque<>();

    /** ServiceLoader's constructor. */
    public AuditListener() {}

    /** What was recorded, oldest first (a copy). */
    public static List<AuditEntry> entries() {
        synchronized (ENTRIES) {
            return List.copyOf(ENTRIES);
        }
    }

    /** The SQL of each recorded statement, oldest first. */
    public static List<String> recordedSql() {
        List<String> out = new ArrayList<>();
        for (AuditEntry e : entries()) {
            out.add(e.sql());
        }
        return out;
    }

    /** Forgets what was recorded. */
    public static void clear() {
        synchronized (ENTRIES) {
            ENTRIES.clear();
        }
    }

    @Override
    public void afterCursorExecute(CursorEvent event, Outcome outcome) {
        // The event's attributes carry state from one callback of an execution to the next.
        @SuppressWarnings("unchecked")
        List<String> sources = (List<String>) event.statement().attributes()
                .computeIfAbsent(DATA_SOURCES, k -> new ArrayList<String>());
        synchronized (sources) {
            sources.add(event.dataSource());
        }
    }

    @Override
    public void afterExecute(StatementEvent event, Outcome outcome) {
        @SuppressWarnings("unchecked")
        List<String> sources = (List<String>) event.attribute(DATA_SOURCES);
        List<String> copy;
        if (sources == null) {
            copy = List.of();
        } else {
            synchronized (sources) {
                copy = List.copyOf(sources);
            }
        }
        String error = outcome.failed() ? "[" + outcome.error().getSQLState() + "] " + outcome.error().getMessage() : null;
        AuditEntry entry = new AuditEntry(Instant.now(), event.connection().id(), event.sql(), copy,
                outcome.elapsedNanos(), outcome.rowCount(), error);
        synchronized (ENTRIES) {
            if (ENTRIES.size() == CAPACITY) {
                ENTRIES.removeFirst();
            }
            ENTRIES.addLast(entry);
        }
        LOG.info("connection {} ran {} on {} in {} µs{}", entry.connectionId(), entry.sql(), entry.dataSources(),
                entry.elapsedNanos() / 1000, entry.failed() ? " and failed: " + entry.error() : "");
    }
}
