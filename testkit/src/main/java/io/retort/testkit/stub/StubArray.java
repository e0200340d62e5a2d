package io.retort.testkit.stub;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * An array value of the stub driver. {@code getResultSet} returns result sets whose statement is
 * an internal stub statement, so a wrapper that leaks it can be caught.
 */
public final class StubArray implements Array {

    private final Object[] elements;
    private final StubStatement internal;
    private final CallLog log = new CallLog();

    StubArray(StubConnection connection, Object[] elements) {
        this.elements = elements;
        this.internal = connection == null ? null : new StubStatement(connection);
    }

    public CallLog log() {
        return log;
    }

    /** The internal statement behind {@link #getResultSet()}. */
    public StubStatement internalStatement() {
        return internal;
    }

    private ResultSet results() {
        Object first = elements.length > 0 ? elements[0] : null;
        return new StubResultSet(internal, List.of("INDEX", "VALUE"), List.<Object[]>of(new Object[] {1, first}));
    }

    @Override public Object getArray() throws SQLException { log.record("getArray"); return elements; }

    // Plain recording methods.
    @Override public String getBaseTypeName() throws SQLException { log.record("getBaseTypeName"); return "getBaseTypeName"; }
    @Override public int getBaseType() throws SQLException { log.record("getBaseType"); return 0; }
    @Override public Object getArray(Map<String, Class<?>> map) throws SQLException { log.record("getArray", map); return null; }
    @Override public Object getArray(long index, int count) throws SQLException { log.record("getArray", index, count); return null; }
    @Override public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
        log.record("getArray", index, count, map);
        return null;
    }
    @Override public ResultSet getResultSet() throws SQLException { log.record("getResultSet"); return results(); }
    @Override public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
        log.record("getResultSet", map);
        return results();
    }
    @Override public ResultSet getResultSet(long index, int count) throws SQLException {
        log.record("getResultSet", index, count);
        return results();
    }
    @Override public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map) throws SQLException {
        log.record("getResultSet", index, count, map);
        return results();
    }
    @Override public void free() throws SQLException { log.record("free"); }

    @Override
    public String toString() {
        return "StubArray" + java.util.Arrays.toString(elements);
    }
}
