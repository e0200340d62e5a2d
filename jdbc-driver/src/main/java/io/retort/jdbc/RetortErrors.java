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

    static String abbreviate(String sql) {
        return sql.length() <= 200 ? sql : sql.substring(0, 197) + "...";
    }
}
