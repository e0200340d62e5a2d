package io.retort.jdbc;

import java.sql.Array;
import java.sql.ResultSet;

/**
 * Values the real driver hands out through {@code getObject} that carry a back-reference to a
 * statement: arrays and result sets (e.g. a PostgreSQL refcursor). They are wrapped so the real
 * statement never escapes; any other value is returned as it is. Two type checks per call.
 */
final class DriverValues {

    private DriverValues() {}

    static Object wrap(RetortConnection connection, RetortStatement statement, Object value) {
        if (value instanceof Array a) {
            return RetortArray.wrap(connection, a);
        }
        if (value instanceof ResultSet rs && !(rs instanceof RetortResultSet)) {
            return new RetortResultSet(rs, connection, statement);
        }
        return value;
    }

    /** As {@link #wrap(RetortConnection, RetortStatement, Object)}, unless the caller asked for a vendor class. */
    static <T> T wrap(RetortConnection connection, RetortStatement statement, T value, Class<T> type) {
        if (value instanceof Array || value instanceof ResultSet) {
            Object wrapped = wrap(connection, statement, value);
            if (type.isInstance(wrapped)) {
                return type.cast(wrapped);
            }
        }
        return value;
    }
}
