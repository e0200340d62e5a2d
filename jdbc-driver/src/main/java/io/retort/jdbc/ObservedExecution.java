package io.retort.jdbc;

import io.retort.events.CursorEvent;
import io.retort.events.ErrorEvent;
import io.retort.events.Listeners;
import io.retort.events.Outcome;
import io.retort.events.Parameters;
import io.retort.events.StatementEvent;
import java.sql.SQLException;

/**
 * One logical execution on the managed path: the statement events around the physical call,
 * timing, the statement log, and failures through the error handlers. Used by the managed
 * statement classes; not thread-safe (one per execution).
 */
final class ObservedExecution {

    /** The physical call. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws SQLException;
    }

    /** The row count to report for a result (-1 for a result set). */
    @FunctionalInterface
    interface RowCount<T> {
        long of(T result) throws SQLException;
    }

    private final RetortConnection connection;
    private final Listeners listeners;
    final StatementEvent event;
    private final long start = System.nanoTime();

    ObservedExecution(RetortConnection connection, StatementEvent event) {
        this.connection = connection;
        this.listeners = connection.pipeline().listeners;
        this.event = event;
    }

    /** Before-execute: the transaction's BEGIN (if this statement starts one), then the observers. */
    void before() throws SQLException {
        connection.beginIfNeeded();
        listeners.beforeExecute(event);
    }

    /** The cursor event for the physical statement, after the physical-SQL transformers. */
    CursorEvent cursor(String physicalSql, Parameters parameters) throws SQLException {
        return listeners.beforeCursorExecute(new CursorEvent(event, connection.pipeline().dataSource, physicalSql, parameters));
    }

    /** Runs the physical call between the cursor events. */
    <T> T run(CursorEvent cursor, Call<T> call, RowCount<T> rowCount) throws SQLException {
        long cursorStart = System.nanoTime();
        T result;
        try {
            result = call.run();
        } catch (SQLException e) {
            throw failed(cursor, cursorStart, e);
        }
        long rows = rowCount.of(result);
        if (StatementLog.enabled()) {
            StatementLog.done(connection, cursorStart, rows < 0 ? "rows" : "count=" + rows, cursor.sql());
        }
        if (listeners.hearsOutcomes()) { // transformers alone need no outcome
            long end = System.nanoTime();
            listeners.afterCursorExecute(cursor, new Outcome(end - cursorStart, rows, null));
            listeners.afterExecute(event, new Outcome(end - start, rows, null));
        }
        return result;
    }

    /**
     * A failure before or during the physical call: the error handlers choose the exception, the
     * after-callbacks hear of it, and the exception to throw is returned.
     */
    SQLException failed(CursorEvent cursor, long cursorStart, SQLException error) {
        long end = System.nanoTime();
        if (cursor != null && StatementLog.enabled()) {
            StatementLog.failed(connection, cursorStart, error, cursor.sql());
        }
        SQLException shown = listeners.handleError(new ErrorEvent(event.connection(), event.sql(),
                cursor == null ? null : cursor.dataSource(), error));
        Outcome outcome = new Outcome(end - start, -1, shown);
        try {
            if (cursor != null) {
                listeners.afterCursorExecute(cursor, new Outcome(end - cursorStart, -1, shown));
            }
            listeners.afterExecute(event, outcome);
        } catch (SQLException listenerFailure) {
            shown.addSuppressed(listenerFailure);
        }
        return shown;
    }

    /** A failure before any physical call (a transformer refused, a listener failed, rendering failed). */
    SQLException refused(SQLException error) {
        return failed(null, start, error);
    }
}
