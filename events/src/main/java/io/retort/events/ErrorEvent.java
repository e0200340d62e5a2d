package io.retort.events;

import java.sql.SQLException;
import java.util.Objects;

/**
 * A failure on its way to the application: a handler may replace the exception and may mark the
 * real connection as disconnected (it is then thrown away instead of reused).
 */
public final class ErrorEvent {

    private final ConnectionInfo connection;
    private final String sql;
    private final String dataSource;
    private final SQLException exception;
    private boolean disconnect;

    /**
     * @param sql the statement being executed, or null for connection-level operations
     * @param dataSource the data source where it failed, or null when it failed before reaching one
     */
    public ErrorEvent(ConnectionInfo connection, String sql, String dataSource, SQLException exception) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.sql = sql;
        this.dataSource = dataSource;
        this.exception = Objects.requireNonNull(exception, "exception");
        String state = exception.getSQLState();
        this.disconnect = state != null && state.startsWith("08");
    }

    public ConnectionInfo connection() {
        return connection;
    }

    public String sql() {
        return sql;
    }

    public String dataSource() {
        return dataSource;
    }

    /** The exception as it came from the real driver (or from Retort). */
    public SQLException exception() {
        return exception;
    }

    /** Whether the real connection is considered lost; initially true for SQLState class 08. */
    public boolean isDisconnect() {
        return disconnect;
    }

    public void markDisconnect(boolean disconnect) {
        this.disconnect = disconnect;
    }
}
