package io.retort.events;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransactionRollbackException;

/**
 * Builds SQLExceptions of the subclass JDBC 4 assigns to a SQLState class, so applications that
 * catch {@code SQLSyntaxErrorException} or {@code SQLIntegrityConstraintViolationException} see
 * Retort's own errors the way they see the database's.
 */
public final class SqlExceptions {

    private SqlExceptions() {}

    /** A new exception with this message, SQLState, vendor code and cause, of the matching subclass. */
    public static SQLException of(String message, String sqlState, int vendorCode, Throwable cause) {
        String cls = sqlState == null || sqlState.length() < 2 ? "" : sqlState.substring(0, 2);
        return switch (cls) {
            case "0A" -> new SQLFeatureNotSupportedException(message, sqlState, vendorCode, cause);
            case "08" -> new SQLNonTransientConnectionException(message, sqlState, vendorCode, cause);
            case "22" -> new SQLDataException(message, sqlState, vendorCode, cause);
            case "23" -> new SQLIntegrityConstraintViolationException(message, sqlState, vendorCode, cause);
            case "28" -> new SQLInvalidAuthorizationSpecException(message, sqlState, vendorCode, cause);
            case "40" -> new SQLTransactionRollbackException(message, sqlState, vendorCode, cause);
            case "42" -> new SQLSyntaxErrorException(message, sqlState, vendorCode, cause);
            default -> new SQLException(message, sqlState, vendorCode, cause);
        };
    }
}
