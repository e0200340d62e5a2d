package io.retort.events.builtin;

import io.retort.events.CursorEvent;
import io.retort.events.ListenerProperties;
import io.retort.events.Outcome;
import io.retort.events.StatementEvent;
import io.retort.events.StatementObserver;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs, at WARN, every statement that took at least {@code thresholdMs}: each slow physical
 * statement with its data source, and a logical statement that was slow as a whole although none of
 * its physical statements was (time spent merging, or many shards each a little slow).
 *
 * <pre>
 * slow statement on ds0: SELECT * FROM orders WHERE note LIKE ? [cached since 3.2s ago] [?] (1250.412 ms, 3 rows)
 * slow statement across its data sources: SELECT count(*) FROM orders [generated in 0.00031s] [] (1502.118 ms)
 * </pre>
 *
 * <p>Properties: {@code thresholdMs} (default 1000; 0 logs every statement), {@code logger} (default
 * {@code io.retort.sql.slow}), {@code showParameters} (default {@code false}), {@code priority}
 * (default 0).
 *
 * <pre>{@code
 * ds.listen(new SlowQueryLog(200));
 * }</pre>
 */
public final class SlowQueryLog implements StatementObserver {

    private static final String REPORTED = SlowQueryLog.class.getName() + ".reported";

    private final long thresholdNanos;
    private final Logger log;
    private final boolean showParameters;
    private final int priority;

    /** A threshold of one second. */
    public SlowQueryLog() {
        this(Map.of());
    }

    /** Logs statements taking at least {@code thresholdMs} milliseconds. */
    public SlowQueryLog(long thresholdMs) {
        this(Map.of("thresholdMs", Long.toString(thresholdMs)));
    }

    /** Configured by properties (see the class description). */
    public SlowQueryLog(Map<String, String> properties) {
        ListenerProperties p = ListenerProperties.of(SlowQueryLog.class, properties, "thresholdMs", "logger",
                "showParameters", "priority");
        this.thresholdNanos = p.longValue("thresholdMs", 1000, 0, Long.MAX_VALUE / 1_000_000) * 1_000_000;
        this.log = LoggerFactory.getLogger(p.string("logger", "io.retort.sql.slow"));
        this.showParameters = p.bool("showParameters", false);
        this.priority = p.intValue("priority", 0, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** The threshold in milliseconds. */
    public long thresholdMs() {
        return thresholdNanos / 1_000_000;
    }

    @Override
    public int priority() {
        return priority;
    }

    @Override
    public void afterCursorExecute(CursorEvent event, Outcome outcome) {
        if (outcome.elapsedNanos() < thresholdNanos || !log.isWarnEnabled()) {
            return;
        }
        event.statement().attributes().put(REPORTED, Boolean.TRUE);
        StringBuilder sb = new StringBuilder(96 + event.sql().length());
        sb.append("slow statement on ").append(event.dataSource()).append(": ").append(event.sql()).append(' ');
        LogText.plan(sb, event.statement().planInfo());
        LogText.parameters(sb.append(' '), event.parameters(), showParameters);
        LogText.outcome(sb.append(' '), outcome);
        log.warn(sb.toString());
    }

    @Override
    public void afterExecute(StatementEvent event, Outcome outcome) {
        if (outcome.elapsedNanos() < thresholdNanos || event.attribute(REPORTED) != null || !log.isWarnEnabled()) {
            return;
        }
        StringBuilder sb = new StringBuilder(96 + event.sql().length());
        sb.append("slow statement across its data sources: ").append(event.sql()).append(' ');
        LogText.plan(sb, event.planInfo());
        LogText.parameters(sb.append(' '), event.parameters(), showParameters);
        LogText.outcome(sb.append(' '), outcome);
        log.warn(sb.toString());
    }

    @Override
    public String toString() {
        return "SlowQueryLog[" + thresholdMs() + " ms]";
    }
}
