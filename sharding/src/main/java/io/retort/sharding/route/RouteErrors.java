package io.retort.sharding.route;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;

/** The router's exceptions, with their SQLStates in one place. */
final class RouteErrors {
    private RouteErrors() {}

    /** 0A000: the statement is valid SQL, but Retort cannot run it across shards (yet). */
    static SQLFeatureNotSupportedException unsupported(String message) {
        return new SQLFeatureNotSupportedException(message, "0A000");
    }

    /** 42000 (access rule violation): the configuration forbids the statement ({@code dmlWithoutKey: refuse}). */
    static SQLNonTransientException refused(String message) {
        return new SQLNonTransientException(message, "42000");
    }

    /** 42601: a {@code retort:} routing comment that cannot be read. */
    static SQLSyntaxErrorException badHint(String message) {
        return new SQLSyntaxErrorException(message, "42601");
    }

    /** 42704 (undefined object): a hint names a data source that is not configured. */
    static SQLNonTransientException unknownDataSource(String message) {
        return new SQLNonTransientException(message, "42704");
    }

    /** 22004 (null value not allowed): a row without a value for its sharding key. */
    static SQLDataException nullKey(String message) {
        return new SQLDataException(message, "22004");
    }

    /** 22023 (invalid parameter value): a value that routes somewhere the statement may not go. */
    static SQLDataException invalidValue(String message) {
        return new SQLDataException(message, "22023");
    }

    /** 07001: a parameter the statement uses has no value. */
    static SQLException missingParameter(int index, int bound) {
        return new SQLException("Parameter " + index + " has no value (" + bound
                + " bound); bind every parameter of the statement before executing it", "07001");
    }

    /** A fresh exception like {@code e} (same class, message and SQLState), for a failure remembered from preparation. */
    static SQLException copy(SQLException e) {
        SQLException c = switch (e) {
            case SQLFeatureNotSupportedException x -> new SQLFeatureNotSupportedException(e.getMessage(), e.getSQLState());
            case SQLSyntaxErrorException x -> new SQLSyntaxErrorException(e.getMessage(), e.getSQLState());
            case SQLDataException x -> new SQLDataException(e.getMessage(), e.getSQLState());
            case SQLNonTransientException x -> new SQLNonTransientException(e.getMessage(), e.getSQLState());
            default -> new SQLException(e.getMessage(), e.getSQLState(), e.getErrorCode());
        };
        c.initCause(e);
        return c;
    }
}
