package io.retort.testkit.stub;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

/**
 * A result set of the stub driver: records every call; {@code next} and the basic getters
 * ({@code getObject}, {@code getString}, {@code getInt}, {@code getLong}) read the rows it was
 * given; other getters return defaults.
 */
public final class StubResultSet implements ResultSet {

    private final StubStatement statement;
    private final List<String> columns;
    private final List<Object[]> rows;
    private final CallLog log = new CallLog();
    private int row = -1;
    private boolean closed;
    private boolean wasNull;

    StubResultSet(StubStatement statement, List<String> columns, List<Object[]> rows) {
        this.statement = statement;
        this.columns = columns;
        this.rows = rows;
    }

    public CallLog log() {
        return log;
    }

    /** The statement this result set reports from {@code getStatement()} (the stub, may be null). */
    public StubStatement stubStatement() {
        return statement;
    }

    boolean closed() {
        return closed;
    }

    void closedByStatement() {
        closed = true;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("stub result set is closed");
        }
    }

    private Object value(int column) throws SQLException {
        checkOpen();
        if (row < 0 || row >= rows.size()) {
            throw new SQLException("no current row");
        }
        Object v = rows.get(row)[column - 1];
        wasNull = v == null;
        return v;
    }

    @Override public boolean next() throws SQLException { log.record("next"); checkOpen(); row++; return row < rows.size(); }
    @Override public void close() throws SQLException {
        log.record("close");
        if (!closed) {
            closed = true;
            if (statement != null) {
                statement.resultClosed();
            }
        }
    }
    @Override public boolean isClosed() throws SQLException { log.record("isClosed"); return closed; }
    @Override public Statement getStatement() throws SQLException { log.record("getStatement"); return statement; }
    @Override public boolean wasNull() throws SQLException { log.record("wasNull"); return wasNull; }
    @Override public int findColumn(String label) throws SQLException {
        log.record("findColumn", label);
        int i = columns.indexOf(label);
        if (i < 0) {
            throw new SQLException("no column " + label);
        }
        return i + 1;
    }
    @Override public Object getObject(int column) throws SQLException { log.record("getObject", column); return value(column); }
    @Override public Object getObject(String label) throws SQLException {
        log.record("getObject", label);
        return value(columns.indexOf(label) + 1);
    }
    @Override public String getString(int column) throws SQLException {
        log.record("getString", column);
        Object v = value(column);
        return v == null ? null : v.toString();
    }
    @Override public String getString(String label) throws SQLException {
        log.record("getString", label);
        Object v = value(columns.indexOf(label) + 1);
        return v == null ? null : v.toString();
    }
    @Override public int getInt(int column) throws SQLException {
        log.record("getInt", column);
        Object v = value(column);
        return v == null ? 0 : ((Number) v).intValue();
    }
    @Override public int getInt(String label) throws SQLException {
        log.record("getInt", label);
        Object v = value(columns.indexOf(label) + 1);
        return v == null ? 0 : ((Number) v).intValue();
    }
    @Override public long getLong(int column) throws SQLException {
        log.record("getLong", column);
        Object v = value(column);
        return v == null ? 0 : ((Number) v).longValue();
    }
    @Override public long getLong(String label) throws SQLException {
        log.record("getLong", label);
        Object v = value(columns.indexOf(label) + 1);
        return v == null ? 0 : ((Number) v).longValue();
    }
    @Override public Array getArray(int column) throws SQLException {
        log.record("getArray", column);
        return new StubArray(statement == null ? null : statement.connection, new Object[] {1});
    }
    @Override public Array getArray(String label) throws SQLException {
        log.record("getArray", label);
        return new StubArray(statement == null ? null : statement.connection, new Object[] {1});
    }

    @Override public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("StubResultSet is not a wrapper for " + iface.getName());
    }
    @Override public boolean isWrapperFor(Class<?> iface) { return iface.isInstance(this); }

    // Plain recording methods.
    @Override public boolean getBoolean(int column) throws SQLException { log.record("getBoolean", column); return false; }
    @Override public byte getByte(int column) throws SQLException { log.record("getByte", column); return 0; }
    @Override public short getShort(int column) throws SQLException { log.record("getShort", column); return 0; }
    @Override public float getFloat(int column) throws SQLException { log.record("getFloat", column); return 0f; }
    @Override public double getDouble(int column) throws SQLException { log.record("getDouble", column); return 0d; }
    @Override public BigDecimal getBigDecimal(int column, int scale) throws SQLException {
        log.record("getBigDecimal", column, scale);
        return null;
    }
    @Override public byte[] getBytes(int column) throws SQLException { log.record("getBytes", column); return new byte[0]; }
    @Override public java.sql.Date getDate(int column) throws SQLException { log.record("getDate", column); return null; }
    @Override public java.sql.Time getTime(int column) throws SQLException { log.record("getTime", column); return null; }
    @Override public java.sql.Timestamp getTimestamp(int column) throws SQLException { log.record("getTimestamp", column); return null; }
    @Override public InputStream getAsciiStream(int column) throws SQLException { log.record("getAsciiStream", column); return null; }
    @Override public InputStream getUnicodeStream(int column) throws SQLException { log.record("getUnicodeStream", column); return null; }
    @Override public InputStream getBinaryStream(int column) throws SQLException { log.record("getBinaryStream", column); return null; }
    @Override public boolean getBoolean(String label) throws SQLException { log.record("getBoolean", label); return false; }
    @Override public byte getByte(String label) throws SQLException { log.record("getByte", label); return 0; }
    @Override public short getShort(String label) throws SQLException { log.record("getShort", label); return 0; }
    @Override public float getFloat(String label) throws SQLException { log.record("getFloat", label); return 0f; }
    @Override public double getDouble(String label) throws SQLException { log.record("getDouble", label); return 0d; }
    @Override public BigDecimal getBigDecimal(String label, int scale) throws SQLException {
        log.record("getBigDecimal", label, scale);
        return null;
    }
    @Override public byte[] getBytes(String label) throws SQLException { log.record("getBytes", label); return new byte[0]; }
    @Override public java.sql.Date getDate(String label) throws SQLException { log.record("getDate", label); return null; }
    @Override public java.sql.Time getTime(String label) throws SQLException { log.record("getTime", label); return null; }
    @Override public java.sql.Timestamp getTimestamp(String label) throws SQLException { log.record("getTimestamp", label); return null; }
    @Override public InputStream getAsciiStream(String label) throws SQLException { log.record("getAsciiStream", label); return null; }
    @Override public InputStream getUnicodeStream(String label) throws SQLException { log.record("getUnicodeStream", label); return null; }
    @Override public InputStream getBinaryStream(String label) throws SQLException { log.record("getBinaryStream", label); return null; }
    @Override public SQLWarning getWarnings() throws SQLException { log.record("getWarnings"); return null; }
    @Override public void clearWarnings() throws SQLException { log.record("clearWarnings"); }
    @Override public String getCursorName() throws SQLException { log.record("getCursorName"); return "getCursorName"; }
    @Override public ResultSetMetaData getMetaData() throws SQLException { log.record("getMetaData"); return null; }
    @Override public Reader getCharacterStream(int column) throws SQLException { log.record("getCharacterStream", column); return null; }
    @Override public Reader getCharacterStream(String label) throws SQLException { log.record("getCharacterStream", label); return null; }
    @Override public BigDecimal getBigDecimal(int column) throws SQLException { log.record("getBigDecimal", column); return null; }
    @Override public BigDecimal getBigDecimal(String label) throws SQLException { log.record("getBigDecimal", label); return null; }
    @Override public boolean isBeforeFirst() throws SQLException { log.record("isBeforeFirst"); return false; }
    @Override public boolean isAfterLast() throws SQLException { log.record("isAfterLast"); return false; }
    @Override public boolean isFirst() throws SQLException { log.record("isFirst"); return false; }
    @Override public boolean isLast() throws SQLException { log.record("isLast"); return false; }
    @Override public void beforeFirst() throws SQLException { log.record("beforeFirst"); }
    @Override public void afterLast() throws SQLException { log.record("afterLast"); }
    @Override public boolean first() throws SQLException { log.record("first"); return false; }
    @Override public boolean last() throws SQLException { log.record("last"); return false; }
    @Override public int getRow() throws SQLException { log.record("getRow"); return 0; }
    @Override public boolean absolute(int row) throws SQLException { log.record("absolute", row); return false; }
    @Override public boolean relative(int rows) throws SQLException { log.record("relative", rows); return false; }
    @Override public boolean previous() throws SQLException { log.record("previous"); return false; }
    @Override public void setFetchDirection(int direction) throws SQLException { log.record("setFetchDirection", direction); }
    @Override public int getFetchDirection() throws SQLException { log.record("getFetchDirection"); return 0; }
    @Override public void setFetchSize(int rows) throws SQLException { log.record("setFetchSize", rows); }
    @Override public int getFetchSize() throws SQLException { log.record("getFetchSize"); return 0; }
    @Override public int getType() throws SQLException { log.record("getType"); return 0; }
    @Override public int getConcurrency() throws SQLException { log.record("getConcurrency"); return 0; }
    @Override public boolean rowUpdated() throws SQLException { log.record("rowUpdated"); return false; }
    @Override public boolean rowInserted() throws SQLException { log.record("rowInserted"); return false; }
    @Override public boolean rowDeleted() throws SQLException { log.record("rowDeleted"); return false; }
    @Override public void updateNull(int column) throws SQLException { log.record("updateNull", column); }
    @Override public void updateBoolean(int column, boolean x) throws SQLException { log.record("updateBoolean", column, x); }
    @Override public void updateByte(int column, byte x) throws SQLException { log.record("updateByte", column, x); }
    @Override public void updateShort(int column, short x) throws SQLException { log.record("updateShort", column, x); }
    @Override public void updateInt(int column, int x) throws SQLException { log.record("updateInt", column, x); }
    @Override public void updateLong(int column, long x) throws SQLException { log.record("updateLong", column, x); }
    @Override public void updateFloat(int column, float x) throws SQLException { log.record("updateFloat", column, x); }
    @Override public void updateDouble(int column, double x) throws SQLException { log.record("updateDouble", column, x); }
    @Override public void updateBigDecimal(int column, BigDecimal x) throws SQLException { log.record("updateBigDecimal", column, x); }
    @Override public void updateString(int column, String x) throws SQLException { log.record("updateString", column, x); }
    @Override public void updateBytes(int column, byte[] x) throws SQLException { log.record("updateBytes", column, x); }
    @Override public void updateDate(int column, java.sql.Date x) throws SQLException { log.record("updateDate", column, x); }
    @Override public void updateTime(int column, java.sql.Time x) throws SQLException { log.record("updateTime", column, x); }
    @Override public void updateTimestamp(int column, java.sql.Timestamp x) throws SQLException {
        log.record("updateTimestamp", column, x);
    }
    @Override public void updateAsciiStream(int column, InputStream x, int length) throws SQLException {
        log.record("updateAsciiStream", column, x, length);
    }
    @Override public void updateBinaryStream(int column, InputStream x, int length) throws SQLException {
        log.record("updateBinaryStream", column, x, length);
    }
    @Override public void updateCharacterStream(int column, Reader x, int length) throws SQLException {
        log.record("updateCharacterStream", column, x, length);
    }
    @Override public void updateObject(int column, Object x, int scaleOrLength) throws SQLException {
        log.record("updateObject", column, x, scaleOrLength);
    }
    @Override public void updateObject(int column, Object x) throws SQLException { log.record("updateObject", column, x); }
    @Override public void updateNull(String label) throws SQLException { log.record("updateNull", label); }
    @Override public void updateBoolean(String label, boolean x) throws SQLException { log.record("updateBoolean", label, x); }
    @Override public void updateByte(String label, byte x) throws SQLException { log.record("updateByte", label, x); }
    @Override public void updateShort(String label, short x) throws SQLException { log.record("updateShort", label, x); }
    @Override public void updateInt(String label, int x) throws SQLException { log.record("updateInt", label, x); }
    @Override public void updateLong(String label, long x) throws SQLException { log.record("updateLong", label, x); }
    @Override public void updateFloat(String label, float x) throws SQLException { log.record("updateFloat", label, x); }
    @Override public void updateDouble(String label, double x) throws SQLException { log.record("updateDouble", label, x); }
    @Override public void updateBigDecimal(String label, BigDecimal x) throws SQLException { log.record("updateBigDecimal", label, x); }
    @Override public void updateString(String label, String x) throws SQLException { log.record("updateString", label, x); }
    @Override public void updateBytes(String label, byte[] x) throws SQLException { log.record("updateBytes", label, x); }
    @Override public void updateDate(String label, java.sql.Date x) throws SQLException { log.record("updateDate", label, x); }
    @Override public void updateTime(String label, java.sql.Time x) throws SQLException { log.record("updateTime", label, x); }
    @Override public void updateTimestamp(String label, java.sql.Timestamp x) throws SQLException {
        log.record("updateTimestamp", label, x);
    }
    @Override public void updateAsciiStream(String label, InputStream x, int length) throws SQLException {
        log.record("updateAsciiStream", label, x, length);
    }
    @Override public void updateBinaryStream(String label, InputStream x, int length) throws SQLException {
        log.record("updateBinaryStream", label, x, length);
    }
    @Override public void updateCharacterStream(String label, Reader reader, int length) throws SQLException {
        log.record("updateCharacterStream", label, reader, length);
    }
    @Override public void updateObject(String label, Object x, int scaleOrLength) throws SQLException {
        log.record("updateObject", label, x, scaleOrLength);
    }
    @Override public void updateObject(String label, Object x) throws SQLException { log.record("updateObject", label, x); }
    @Override public void insertRow() throws SQLException { log.record("insertRow"); }
    @Override public void updateRow() throws SQLException { log.record("updateRow"); }
    @Override public void deleteRow() throws SQLException { log.record("deleteRow"); }
    @Override public void refreshRow() throws SQLException { log.record("refreshRow"); }
    @Override public void cancelRowUpdates() throws SQLException { log.record("cancelRowUpdates"); }
    @Override public void moveToInsertRow() throws SQLException { log.record("moveToInsertRow"); }
    @Override public void moveToCurrentRow() throws SQLException { log.record("moveToCurrentRow"); }
    @Override public Object getObject(int column, Map<String, Class<?>> map) throws SQLException {
        log.record("getObject", column, map);
        return null;
    }
    @Override public Ref getRef(int column) throws SQLException { log.record("getRef", column); return null; }
    @Override public Blob getBlob(int column) throws SQLException { log.record("getBlob", column); return null; }
    @Override public Clob getClob(int column) throws SQLException { log.record("getClob", column); return null; }
    @Override public Object getObject(String label, Map<String, Class<?>> map) throws SQLException {
        log.record("getObject", label, map);
        return null;
    }
    @Override public Ref getRef(String label) throws SQLException { log.record("getRef", label); return null; }
    @Override public Blob getBlob(String label) throws SQLException { log.record("getBlob", label); return null; }
    @Override public Clob getClob(String label) throws SQLException { log.record("getClob", label); return null; }
    @Override public java.sql.Date getDate(int column, Calendar cal) throws SQLException {
        log.record("getDate", column, cal);
        return null;
    }
    @Override public java.sql.Date getDate(String label, Calendar cal) throws SQLException {
        log.record("getDate", label, cal);
        return null;
    }
    @Override public java.sql.Time getTime(int column, Calendar cal) throws SQLException {
        log.record("getTime", column, cal);
        return null;
    }
    @Override public java.sql.Time getTime(String label, Calendar cal) throws SQLException {
        log.record("getTime", label, cal);
        return null;
    }
    @Override public java.sql.Timestamp getTimestamp(int column, Calendar cal) throws SQLException {
        log.record("getTimestamp", column, cal);
        return null;
    }
    @Override public java.sql.Timestamp getTimestamp(String label, Calendar cal) throws SQLException {
        log.record("getTimestamp", label, cal);
        return null;
    }
    @Override public URL getURL(int column) throws SQLException { log.record("getURL", column); return null; }
    @Override public URL getURL(String label) throws SQLException { log.record("getURL", label); return null; }
    @Override public void updateRef(int column, Ref x) throws SQLException { log.record("updateRef", column, x); }
    @Override public void updateRef(String label, Ref x) throws SQLException { log.record("updateRef", label, x); }
    @Override public void updateBlob(int column, Blob x) throws SQLException { log.record("updateBlob", column, x); }
    @Override public void updateBlob(String label, Blob x) throws SQLException { log.record("updateBlob", label, x); }
    @Override public void updateClob(int column, Clob x) throws SQLException { log.record("updateClob", column, x); }
    @Override public void updateClob(String label, Clob x) throws SQLException { log.record("updateClob", label, x); }
    @Override public void updateArray(int column, Array x) throws SQLException { log.record("updateArray", column, x); }
    @Override public void updateArray(String label, Array x) throws SQLException { log.record("updateArray", label, x); }
    @Override public RowId getRowId(int column) throws SQLException { log.record("getRowId", column); return null; }
    @Override public RowId getRowId(String label) throws SQLException { log.record("getRowId", label); return null; }
    @Override public void updateRowId(int column, RowId x) throws SQLException { log.record("updateRowId", column, x); }
    @Override public void updateRowId(String label, RowId x) throws SQLException { log.record("updateRowId", label, x); }
    @Override public int getHoldability() throws SQLException { log.record("getHoldability"); return 0; }
    @Override public void updateNString(int column, String nString) throws SQLException { log.record("updateNString", column, nString); }
    @Override public void updateNString(String label, String nString) throws SQLException { log.record("updateNString", label, nString); }
    @Override public void updateNClob(int column, NClob nClob) throws SQLException { log.record("updateNClob", column, nClob); }
    @Override public void updateNClob(String label, NClob nClob) throws SQLException { log.record("updateNClob", label, nClob); }
    @Override public NClob getNClob(int column) throws SQLException { log.record("getNClob", column); return null; }
    @Override public NClob getNClob(String label) throws SQLException { log.record("getNClob", label); return null; }
    @Override public SQLXML getSQLXML(int column) throws SQLException { log.record("getSQLXML", column); return null; }
    @Override public SQLXML getSQLXML(String label) throws SQLException { log.record("getSQLXML", label); return null; }
    @Override public void updateSQLXML(int column, SQLXML xmlObject) throws SQLException { log.record("updateSQLXML", column, xmlObject); }
    @Override public void updateSQLXML(String label, SQLXML xmlObject) throws SQLException { log.record("updateSQLXML", label, xmlObject); }
    @Override public String getNString(int column) throws SQLException { log.record("getNString", column); return "getNString"; }
    @Override public String getNString(String label) throws SQLException { log.record("getNString", label); return "getNString"; }
    @Override public Reader getNCharacterStream(int column) throws SQLException { log.record("getNCharacterStream", column); return null; }
    @Override public Reader getNCharacterStream(String label) throws SQLException { log.record("getNCharacterStream", label); return null; }
    @Override public void updateNCharacterStream(int column, Reader x, long length) throws SQLException {
        log.record("updateNCharacterStream", column, x, length);
    }
    @Override public void updateNCharacterStream(String label, Reader reader, long length) throws SQLException {
        log.record("updateNCharacterStream", label, reader, length);
    }
    @Override public void updateAsciiStream(int column, InputStream x, long length) throws SQLException {
        log.record("updateAsciiStream", column, x, length);
    }
    @Override public void updateBinaryStream(int column, InputStream x, long length) throws SQLException {
        log.record("updateBinaryStream", column, x, length);
    }
    @Override public void updateCharacterStream(int column, Reader x, long length) throws SQLException {
        log.record("updateCharacterStream", column, x, length);
    }
    @Override public void updateAsciiStream(String label, InputStream x, long length) throws SQLException {
        log.record("updateAsciiStream", label, x, length);
    }
    @Override public void updateBinaryStream(String label, InputStream x, long length) throws SQLException {
        log.record("updateBinaryStream", label, x, length);
    }
    @Override public void updateCharacterStream(String label, Reader reader, long length) throws SQLException {
        log.record("updateCharacterStream", label, reader, length);
    }
    @Override public void updateBlob(int column, InputStream inputStream, long length) throws SQLException {
        log.record("updateBlob", column, inputStream, length);
    }
    @Override public void updateBlob(String label, InputStream inputStream, long length) throws SQLException {
        log.record("updateBlob", label, inputStream, length);
    }
    @Override public void updateClob(int column, Reader reader, long length) throws SQLException {
        log.record("updateClob", column, reader, length);
    }
    @Override public void updateClob(String label, Reader reader, long length) throws SQLException {
        log.record("updateClob", label, reader, length);
    }
    @Override public void updateNClob(int column, Reader reader, long length) throws SQLException {
        log.record("updateNClob", column, reader, length);
    }
    @Override public void updateNClob(String label, Reader reader, long length) throws SQLException {
        log.record("updateNClob", label, reader, length);
    }
    @Override public void updateNCharacterStream(int column, Reader x) throws SQLException {
        log.record("updateNCharacterStream", column, x);
    }
    @Override public void updateNCharacterStream(String label, Reader reader) throws SQLException {
        log.record("updateNCharacterStream", label, reader);
    }
    @Override public void updateAsciiStream(int column, InputStream x) throws SQLException { log.record("updateAsciiStream", column, x); }
    @Override public void updateBinaryStream(int column, InputStream x) throws SQLException { log.record("updateBinaryStream", column, x); }
    @Override public void updateCharacterStream(int column, Reader x) throws SQLException {
        log.record("updateCharacterStream", column, x);
    }
    @Override public void updateAsciiStream(String label, InputStream x) throws SQLException { log.record("updateAsciiStream", label, x); }
    @Override public void updateBinaryStream(String label, InputStream x) throws SQLException {
        log.record("updateBinaryStream", label, x);
    }
    @Override public void updateCharacterStream(String label, Reader reader) throws SQLException {
        log.record("updateCharacterStream", label, reader);
    }
    @Override public void updateBlob(int column, InputStream inputStream) throws SQLException {
        log.record("updateBlob", column, inputStream);
    }
    @Override public void updateBlob(String label, InputStream inputStream) throws SQLException {
        log.record("updateBlob", label, inputStream);
    }
    @Override public void updateClob(int column, Reader reader) throws SQLException { log.record("updateClob", column, reader); }
    @Override public void updateClob(String label, Reader reader) throws SQLException { log.record("updateClob", label, reader); }
    @Override public void updateNClob(int column, Reader reader) throws SQLException { log.record("updateNClob", column, reader); }
    @Override public void updateNClob(String label, Reader reader) throws SQLException { log.record("updateNClob", label, reader); }
    @Override public <T> T getObject(int column, Class<T> type) throws SQLException { log.record("getObject", column, type); return null; }
    @Override public <T> T getObject(String label, Class<T> type) throws SQLException { log.record("getObject", label, type); return null; }
    @Override public void updateObject(int column, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        log.record("updateObject", column, x, targetSqlType, scaleOrLength);
    }
    @Override public void updateObject(String label, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        log.record("updateObject", label, x, targetSqlType, scaleOrLength);
    }
    @Override public void updateObject(int column, Object x, SQLType targetSqlType) throws SQLException {
        log.record("updateObject", column, x, targetSqlType);
    }
    @Override public void updateObject(String label, Object x, SQLType targetSqlType) throws SQLException {
        log.record("updateObject", label, x, targetSqlType);
    }

    @Override
    public String toString() {
        return "StubResultSet[" + rows.size() + " rows]";
    }
}
