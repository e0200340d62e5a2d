package io.retort.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * An SQL array through Retort. Wrapped only because {@link #getResultSet()} has a back-reference:
 * its result sets must not hand out the real driver's statement. Passing a {@code RetortArray} back
 * to Retort ({@code setArray}, {@code setObject}, {@code updateArray}) hands the real array to the
 * real driver. {@code toString()} is the real array's (PostgreSQL's is the array literal).
 *
 * <p>{@link Array} is not a {@link java.sql.Wrapper}; reach the real array with {@link #realArray()}.
 */
public final class RetortArray implements Array {

    private final Array real;
    private final RetortConnection connection;

    private RetortArray(RetortConnection connection, Array real) {
        this.connection = connection;
        this.real = real;
    }

    static Array wrap(RetortConnection connection, Array array) {
        return array == null || array instanceof RetortArray ? array : new RetortArray(connection, array);
    }

    /** The value to hand to the real driver. */
    static Object real(Object value) {
        return value instanceof RetortArray a ? a.real : value;
    }

    static Array real(Array value) {
        return value instanceof RetortArray a ? a.real : value;
    }

    /** {@code elements} with Retort arrays replaced by the real ones (a copy only if there are any). */
    static Object[] realElements(Object[] elements) {
        if (elements == null) {
            return null;
        }
        Object[] copy = null;
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] instanceof RetortArray a) {
                if (copy == null) {
                    copy = elements.clone();
                }
                copy[i] = a.real;
            }
        }
        return copy == null ? elements : copy;
    }

    /** The real driver's array (for vendor-specific methods, e.g. {@code org.postgresql.jdbc.PgArray}). */
    public Array realArray() {
        return real;
    }

    private ResultSet results(ResultSet rs) {
        return rs == null ? null : new RetortResultSet(rs, connection, null);
    }

    // Plain delegation.
    @Override public String getBaseTypeName() throws SQLException { return real.getBaseTypeName(); }
    @Override public int getBaseType() throws SQLException { return real.getBaseType(); }
    @Override public Object getArray() throws SQLException { return real.getArray(); }
    @Override public Object getArray(Map<String, Class<?>> map) throws SQLException { return real.getArray(map); }
    @Override public Object getArray(long index, int count) throws SQLException { return real.getArray(index, count); }
    @Override public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
        return real.getArray(index, count, map);
    }
    @Override public ResultSet getResultSet() throws SQLException { return results(real.getResultSet()); }
    @Override public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException { return results(real.getResultSet(map)); }
    @Override public ResultSet getResultSet(long index, int count) throws SQLException { return results(real.getResultSet(index, count)); }
    @Override public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map) throws SQLException {
        return results(real.getResultSet(index, count, map));
    }
    @Override public void free() throws SQLException { real.free(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetortArray other && real.equals(other.real);
    }

    @Override
    public int hashCode() {
        return real.hashCode();
    }

    @Override
    public String toString() {
        return real.toString();
    }
}
