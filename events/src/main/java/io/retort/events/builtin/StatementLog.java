package io.retort.events.builtin;

import io.retort.events.CursorEvent;
import io.retort.events.ListenerProperties;
import io.retort.events.Outcome;
import io.retort.events.RouteEvent;
import io.retort.events.RouteTarget;
import io.retort.events.StatementEvent;
import io.retort.events.StatementObserver;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Logs every statement through SLF4J, in the spirit of SQLAlchemy's {@code echo}: one line per
 * physical statement, with the data source, the SQL the database saw, where the plan came from,
 * the parameters (masked unless allowed), the time and the row count.
 *
 * <pre>
 * ds0: SELECT * FROM orders WHERE id = ? [cached since 12.3s ago] [?] (0.412 ms, 1 row)
 * ds0: INSERT INTO orders (id) VALUES (?) [generated in 0.00012s] [?] failed after 0.098 ms: [23505] duplicate key
 * </pre>
 *
 * <p>When the logger is off for the configured level, each callback costs one level check and
 * nothing else: no string is built and the model is never asked for.
 *
 * <p>Properties: {@code logger} (default {@code io.retort.sql}), {@code level} ({@code info},
 * {@code debug} or {@code trace}; default {@code info}), {@code showParameters} (default
 * {@code false}: each value is shown as {@code ?}), {@code priority} (default 0).
 *
 * <pre>{@code
 * RetortDataSource ds = ...; ds.listen(new StatementLog(Map.of("showParameters", "true")));
 * }</pre>
 */
public final class StatementLog implements StatementObserver {

    /** On a statement event whose physical statements were logged: whether one of them failed. */
    private static final String LOGGED = StatementLog.class.getName() + ".cursorFailed";

    private final Logger log;
    private final Level level;
    private final boolean showParameters;
    private final int priority;

    /** Logs at INFO to {@code io.retort.sql}, parameters masked. */
    public StatementLog() {
        this(Map.of());
    }

    /** Configured by properties (see the class description). */
    public StatementLog(Map<String, String> properties) {
        ListenerProperties p = ListenerProperties.of(StatementLog.class, properties, "logger", "level", "showParameters",
                "priority");
        this.log = LoggerFactory.getLogger(p.string("logger", "io.retort.sql"));
        this.level = Level.valueOf(p.choice("level", "info", "info", "debug", "trace").toUpperCase(java.util.Locale.ROOT));
        this.showParameters = p.bool("showParameters", false);
        this.priority = p.intValue("priority", 0, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public int priority() {
        return priority;
    }

    private boolean enabled() {
        return switch (level) {
            case TRACE -> log.isTraceEnabled();
            case DEBUG -> log.isDebugEnabled();
            default -> log.isInfoEnabled();
        };
    }

    private void write(String line) {
        switch (level) {
            case TRACE -> log.trace(line);
            case DEBUG -> log.debug(line);
            default -> log.info(line);
        }
    }

    @Override
    public void afterRoute(RouteEvent event) {
        if (event.targets().size() < 2 || !enabled()) {
            return;
        }
        StringBuilder sb = new StringBuilder("route: ");
        sb.append(LogText.abbreviate(event.statement().sql())).append(" -> ");
        for (int i = 0; i < event.targets().size(); i++) {
            RouteTarget t = event.targets().get(i);
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(t.dataSource());
            if (!t.physicalTables().isEmpty()) {
                sb.append(' ').append(t.physicalTables());
            }
        }
        if (event.broadcast()) {
            sb.append(" (every node: no sharding value narrowed it)");
        }
        write(sb.toString());
    }

    @Override
    public void afterCursorExecute(CursorEvent event, Outcome outcome) {
        if (!enabled()) {
            return;
        }
        StatementEvent statement = event.statement();
        if (outcome.failed()) {
            statement.attributes().put(LOGGED, Boolean.TRUE);
        } else {
            statement.attributes().putIfAbsent(LOGGED, Boolean.FALSE);
        }
        StringBuilder sb = new StringBuilder(96 + event.sql().length());
        sb.append(event.dataSource()).append(": ").append(event.sql()).append(' ');
        LogText.plan(sb, statement.planInfo());
        LogText.parameters(sb.append(' '), event.parameters(), showParameters);
        LogText.outcome(sb.append(' '), outcome);
        write(sb.toString());
    }

    @Override
    public void afterExecute(StatementEvent event, Outcome outcome) {
        // A failure that no cursor line shows (a listener refused the statement, routing failed, or
        // merging the results failed after every physical statement succeeded) is logged here.
        if (!outcome.failed() || !enabled()) {
            return;
        }
        Object cursorFailed = event.attribute(LOGGED);
        if (Boolean.TRUE.equals(cursorFailed)) {
            return;
        }
        StringBuilder sb = new StringBuilder(96 + event.sql().length());
        sb.append(cursorFailed == null ? "(not run): " : "(after its physical statements): ").append(event.sql()).append(' ');
        LogText.plan(sb, event.planInfo());
        LogText.parameters(sb.append(' '), event.parameters(), showParameters);
        LogText.outcome(sb.append(' '), outcome);
        write(sb.toString());
    }

    @Override
    public String toString() {
        return "StatementLog[" + log.getName() + " at " + level + (showParameters ? ", parameters shown" : "") + "]";
    }
}
