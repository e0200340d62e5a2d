package io.retort.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

/**
 * The exceptions Retort raises itself (errors of the real driver are rethrown unchanged). Each says
 * what happened, on which connection, and what to do.
 */
final class RetortErrors {

    /** SQL standard: connection does not exist. */
    static final String CONNECTION_DOES_NOT_EXIST = "08003";
    /** SQL standard: SQL-client unable to establish SQL-connection. */
    static final String UNABLE_TO_CONNECT = "08001";
    /** SQL/CLI: function sequence error (a statement used after it was closed). */
    static final String FUNCTION_SEQUENCE_ERROR = "HY010";
    /** SQL standard: invalid cursor state (a result set used after it was closed). */
    static final String INVALID_CURSOR_STATE = "24000";

    private RetortErrors() {}

    static SQLException connectionClosed(String maskedUrl) {
        return new SQLNonTransientConnectionException(
                "connection is closed (" + maskedUrl + "); open a new connection", CONNECTION_DOES_NOT_EXIST);
    }

    static SQLException statementClosed(String maskedUrl, String sql) {
        return new SQLException("statement is closed (" + maskedUrl + (sql == null ? "" : ", sql: " + abbreviate(sql))
                + "); create a new statement", FUNCTION_SEQUENCE_ERROR);
    }

    static SQLException resultSetClosed(String maskedUrl) {
        return new SQLException("result set is closed (" + maskedUrl + "); execute the query again for a new one",
                INVALID_CURSOR_STATE);
    }

    /** A connection could not be made because of what the application asked for: retrying will not help. */
    static SQLException cannotConnect(String message) {
        return new SQLNonTransientConnectionException(message, UNABLE_TO_CONNECT);
    }

    static SQLException notAWrapperFor(Object wrapper, Class<?> iface) {
        return new SQLException(wrapper.getClass().getSimpleName() + " is not a wrapper for " + iface.getName());
    }

    /**
     * An unchecked exception from reading rows as the SQLException JDBC promises: the SQLException
     * behind it when there is one (a federated scan's), else a data exception for arithmetic
     * (22012 division by zero, 22003 otherwise) or XX000.
     */
    static SQLException fromUnchecked(RuntimeException e, String maskedUrl) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        String state = !(e instanceof ArithmeticException) ? "XX000"
                : String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("zero") ? "22012" : "22003";
        return new SQLException("reading the next row failed (" + maskedUrl + "): " + e, state, e);
    }

    static String abbreviate(String sql) {
        return sql.length() <= 200 ? sql : sql.substring(0, 197) + "...";
    }
}
