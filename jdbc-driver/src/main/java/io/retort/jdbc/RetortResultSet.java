package io.retort.jdbc;

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
import java.util.Map;

/**
 * A result set through Retort. {@code getStatement()} returns the Retort statement that produced
 * it; for result sets the real driver produced by itself (metadata, {@code Array.getResultSet()})
 * it returns a Retort wrapper of the driver's statement, or null where the driver says null, but
 * never a real statement. Once closed through Retort, every call fails with a clear message.
 *
 * <p>Plain delegations are written one per line; methods that do more are written out in full.
 */
public final class RetortResultSet implements ResultSet {

    final ResultSet real;
    private final RetortConnection connection;
    /** The statement that owns this result set or, when not owned, the likely real statement's wrapper. */
    private final RetortStatement statement;
    private final boolean owned;
    private Statement adopted;
    boolean closed;

    /** A result set of one of the application's statements. */
    RetortResultSet(ResultSet real, RetortStatement owner) {
        this.real = real;
        this.connection = owner.connection;
        this.statement = owner;
        this.owned = true;
    }

    /**
     * A result set the real driver made by itself. {@code hint}, if not null, is reported as the
     * statement when the real result set names that statement's real statement.
     */
    RetortResultSet(ResultSet real, RetortConnection connection, RetortStatement hint) {
        this.real = real;
        this.connection = connection;
        this.statement = hint;
        this.owned = false;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw RetortErrors.resultSetClosed(connection.maskedUrl());
        }
    }

    void markClosed() {
        closed = true;
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            real.close();
        } finally {
            if (owned) {
                statement.resultClosed();
            }
        }
    }

    @Override
    public boolean isClosed() throws SQLException {
        return closed || real.isClosed();
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        if (owned) {
            return statement;
        }
        Statement s = real.getStatement();
        if (s == null) {
            return null;
        }
        if (statement != null && statement.real == s) {
            return statement;
        }
        Statement wrapper = adopted;
        if (wrapper == null || ((RetortStatement) wrapper).real != s) {
            adopted = wrapper = connection.adopt(s);
        }
        return wrapper;
    }

    @Override public <T> T getObject(int column, Class<T> type) throws SQLException {
        checkOpen();
        return DriverValues.wrap(connection, null, real.getObject(column, type), type);
    }
    @Override public <T> T getObject(String label, Class<T> type) throws SQLException {
        checkOpen();
        return DriverValues.wrap(connection, null, real.getObject(label, type), type);
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        if (iface.isInstance(real)) {
            return iface.cast(real);
        }
        return real.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || iface.isInstance(real) || real.isWrapperFor(iface);
    }

    // Plain delegation.
    @Override
    public boolean next() throws SQLException {
        checkOpen();
        try {
            return real.next();
        } catch (RuntimeException e) { // a federated result's rows are computed by Calcite as they are read
            throw RetortErrors.fromUnchecked(e, connection.maskedUrl());
        }
    }

    @Override public boolean wasNull() throws SQLException { checkOpen(); return real.wasNull(); }
    @Override public String getString(int column) throws SQLException { checkOpen(); return real.getString(column); }
    @Override public boolean getBoolean(int column) throws SQLException { checkOpen(); return real.getBoolean(column); }
    @Override public byte getByte(int column) throws SQLException { checkOpen(); return real.getByte(column); }
    @Override public short getShort(int column) throws SQLException { checkOpen(); return real.getShort(column); }
    @Override public int getInt(int column) throws SQLException { checkOpen(); return real.getInt(column); }
    @Override public long getLong(int column) throws SQLException { checkOpen(); return real.getLong(column); }
    @Override public float getFloat(int column) throws SQLException { checkOpen(); return real.getFloat(column); }
    @Override public double getDouble(int column) throws SQLException { checkOpen(); return real.getDouble(column); }
    @Override public BigDecimal getBigDecimal(int column, int scale) throws SQLException {
        checkOpen();
        return real.getBigDecimal(column, scale);
    }
    @Override public byte[] getBytes(int column) throws SQLException { checkOpen(); return real.getBytes(column); }
    @Override public java.sql.Date getDate(int column) throws SQLException { checkOpen(); return real.getDate(column); }
    @Override public java.sql.Time getTime(int column) throws SQLException { checkOpen(); return real.getTime(column); }
    @Override public java.sql.Timestamp getTimestamp(int column) throws SQLException { checkOpen(); return real.getTimestamp(column); }
    @Override public InputStream getAsciiStream(int column) throws SQLException { checkOpen(); return real.getAsciiStream(column); }
    @Override public InputStream getUnicodeStream(int column) throws SQLException { checkOpen(); return real.getUnicodeStream(column); }
    @Override public InputStream getBinaryStream(int column) throws SQLException { checkOpen(); return real.getBinaryStream(column); }
    @Override public String getString(String label) throws SQLException { checkOpen(); return real.getString(label); }
    @Override public boolean getBoolean(String label) throws SQLException { checkOpen(); return real.getBoolean(label); }
    @Override public byte getByte(String label) throws SQLException { checkOpen(); return real.getByte(label); }
    @Override public short getShort(String label) throws SQLException { checkOpen(); return real.getShort(label); }
    @Override public int getInt(String label) throws SQLException { checkOpen(); return real.getInt(label); }
    @Override public long getLong(String label) throws SQLException { checkOpen(); return real.getLong(label); }
    @Override public float getFloat(String label) throws SQLException { checkOpen(); return real.getFloat(label); }
    @Override public double getDouble(String label) throws SQLException { checkOpen(); return real.getDouble(label); }
    @Override public BigDecimal getBigDecimal(String label, int scale) throws SQLException {
        checkOpen();
        return real.getBigDecimal(label, scale);
    }
    @Override public byte[] getBytes(String label) throws SQLException { checkOpen(); return real.getBytes(label); }
    @Override public java.sql.Date getDate(String label) throws SQLException { checkOpen(); return real.getDate(label); }
    @Override public java.sql.Time getTime(String label) throws SQLException { checkOpen(); return real.getTime(label); }
    @Override public java.sql.Timestamp getTimestamp(String label) throws SQLException { checkOpen(); return real.getTimestamp(label); }
    @Override public InputStream getAsciiStream(String label) throws SQLException { checkOpen(); return real.getAsciiStream(label); }
    @Override public InputStream getUnicodeStream(String label) throws SQLException { checkOpen(); return real.getUnicodeStream(label); }
    @Override public InputStream getBinaryStream(String label) throws SQLException { checkOpen(); return real.getBinaryStream(label); }
    @Override public SQLWarning getWarnings() throws SQLException { checkOpen(); return real.getWarnings(); }
    @Override public void clearWarnings() throws SQLException { checkOpen(); real.clearWarnings(); }
    @Override public String getCursorName() throws SQLException { checkOpen(); return real.getCursorName(); }
    @Override public ResultSetMetaData getMetaData() throws SQLException { checkOpen(); return real.getMetaData(); }
    @Override public Object getObject(int column) throws SQLException {
        checkOpen();
        return DriverValues.wrap(connection, null, real.getObject(column));
    }
    @Override public Object getObject(String label) throws SQLException {
        checkOpen();
        return DriverValues.wrap(connection, null, real.getObject(label));
    }
    @Override public int findColumn(String label) throws SQLException { checkOpen(); return real.findColumn(label); }
    @Override public Reader getCharacterStream(int column) throws SQLException { checkOpen(); return real.getCharacterStream(column); }
    @Override public Reader getCharacterStream(String label) throws SQLException { checkOpen(); return real.getCharacterStream(label); }
    @Override public BigDecimal getBigDecimal(int column) throws SQLException { checkOpen(); return real.getBigDecimal(column); }
    @Override public BigDecimal getBigDecimal(String label) throws SQLException { checkOpen(); return real.getBigDecimal(label); }
    @Override public boolean isBeforeFirst() throws SQLException { checkOpen(); return real.isBeforeFirst(); }
    @Override public boolean isAfterLast() throws SQLException { checkOpen(); return real.isAfterLast(); }
    @Override public boolean isFirst() throws SQLException { checkOpen(); return real.isFirst(); }
    @Override public boolean isLast() throws SQLException { checkOpen(); return real.isLast(); }
    @Override public void beforeFirst() throws SQLException { checkOpen(); real.beforeFirst(); }
    @Override public void afterLast() throws SQLException { checkOpen(); real.afterLast(); }
    @Override public boolean first() throws SQLException { checkOpen(); return real.first(); }
    @Override public boolean last() throws SQLException { checkOpen(); return real.last(); }
    @Override public int getRow() throws SQLException { checkOpen(); return real.getRow(); }
    @Override public boolean absolute(int row) throws SQLException { checkOpen(); return real.absolute(row); }
    @Override public boolean relative(int rows) throws SQLException { checkOpen(); return real.relative(rows); }
    @Override public boolean previous() throws SQLException { checkOpen(); return real.previous(); }
    @Override public void setFetchDirection(int direction) throws SQLException { checkOpen(); real.setFetchDirection(direction); }
    @Override public int getFetchDirection() throws SQLException { checkOpen(); return real.getFetchDirection(); }
    @Override public void setFetchSize(int rows) throws SQLException { checkOpen(); real.setFetchSize(rows); }
    @Override public int getFetchSize() throws SQLException { checkOpen(); return real.getFetchSize(); }
    @Override public int getType() throws SQLException { checkOpen(); return real.getType(); }
    @Override public int getConcurrency() throws SQLException { checkOpen(); return real.getConcurrency(); }
    @Override public boolean rowUpdated() throws SQLException { checkOpen(); return real.rowUpdated(); }
    @Override public boolean rowInserted() throws SQLException { checkOpen(); return real.rowInserted(); }
    @Override public boolean rowDeleted() throws SQLException { checkOpen(); return real.rowDeleted(); }
    @Override public void updateNull(int column) throws SQLException { checkOpen(); real.updateNull(column); }
    @Override public void updateBoolean(int column, boolean x) throws SQLException { checkOpen(); real.updateBoolean(column, x); }
    @Override public void updateByte(int column, byte x) throws SQLException { checkOpen(); real.updateByte(column, x); }
    @Override public void updateShort(int column, short x) throws SQLException { checkOpen(); real.updateShort(column, x); }
    @Override public void updateInt(int column, int x) throws SQLException { checkOpen(); real.updateInt(column, x); }
    @Override public void updateLong(int column, long x) throws SQLException { checkOpen(); real.updateLong(column, x); }
    @Override public void updateFloat(int column, float x) throws SQLException { checkOpen(); real.updateFloat(column, x); }
    @Override public void updateDouble(int column, double x) throws SQLException { checkOpen(); real.updateDouble(column, x); }
    @Override public void updateBigDecimal(int column, BigDecimal x) throws SQLException { checkOpen(); real.updateBigDecimal(column, x); }
    @Override public void updateString(int column, String x) throws SQLException { checkOpen(); real.updateString(column, x); }
    @Override public void updateBytes(int column, byte[] x) throws SQLException { checkOpen(); real.updateBytes(column, x); }
    @Override public void updateDate(int column, java.sql.Date x) throws SQLException { checkOpen(); real.updateDate(column, x); }
    @Override public void updateTime(int column, java.sql.Time x) throws SQLException { checkOpen(); real.updateTime(column, x); }
    @Override public void updateTimestamp(int column, java.sql.Timestamp x) throws SQLException {
        checkOpen();
        real.updateTimestamp(column, x);
    }
    @Override public void updateAsciiStream(int column, InputStream x, int length) throws SQLException {
        checkOpen();
        real.updateAsciiStream(column, x, length);
    }
    @Override public void updateBinaryStream(int column, InputStream x, int length) throws SQLException {
        checkOpen();
        real.updateBinaryStream(column, x, length);
    }
    @Override public void updateCharacterStream(int column, Reader x, int length) throws SQLException {
        checkOpen();
        real.updateCharacterStream(column, x, length);
    }
    @Override public void updateObject(int column, Object x, int scaleOrLength) throws SQLException {
        checkOpen();
        real.updateObject(column, RetortArray.real(x), scaleOrLength);
    }
    @Override public void updateObject(int column, Object x) throws SQLException {
        checkOpen();
        real.updateObject(column, RetortArray.real(x));
    }
    @Override public void updateNull(String label) throws SQLException { checkOpen(); real.updateNull(label); }
    @Override public void updateBoolean(String label, boolean x) throws SQLException { checkOpen(); real.updateBoolean(label, x); }
    @Override public void updateByte(String label, byte x) throws SQLException { checkOpen(); real.updateByte(label, x); }
    @Override public void updateShort(String label, short x) throws SQLException { checkOpen(); real.updateShort(label, x); }
    @Override public void updateInt(String label, int x) throws SQLException { checkOpen(); real.updateInt(label, x); }
    @Override public void updateLong(String label, long x) throws SQLException { checkOpen(); real.updateLong(label, x); }
    @Override public void updateFloat(String label, float x) throws SQLException { checkOpen(); real.updateFloat(label, x); }
    @Override public void updateDouble(String label, double x) throws SQLException { checkOpen(); real.updateDouble(label, x); }
    @Override public void updateBigDecimal(String label, BigDecimal x) throws SQLException { checkOpen(); real.updateBigDecimal(label, x); }
    @Override public void updateString(String label, String x) throws SQLException { checkOpen(); real.updateString(label, x); }
    @Override public void updateBytes(String label, byte[] x) throws SQLException { checkOpen(); real.updateBytes(label, x); }
    @Override public void updateDate(String label, java.sql.Date x) throws SQLException { checkOpen(); real.updateDate(label, x); }
    @Override public void updateTime(String label, java.sql.Time x) throws SQLException { checkOpen(); real.updateTime(label, x); }
    @Override public void updateTimestamp(String label, java.sql.Timestamp x) throws SQLException {
        checkOpen();
        real.updateTimestamp(label, x);
    }
    @Override public void updateAsciiStream(String label, InputStream x, int length) throws SQLException {
        checkOpen();
        real.updateAsciiStream(label, x, length);
    }
    @Override public void updateBinaryStream(String label, InputStream x, int length) throws SQLException {
        checkOpen();
        real.updateBinaryStream(label, x, length);
    }
    @Override public void updateCharacterStream(String label, Reader reader, int length) throws SQLException {
        checkOpen();
        real.updateCharacterStream(label, reader, length);
    }
    @Override public void updateObject(String label, Object x, int scaleOrLength) throws SQLException {
        checkOpen();
        real.updateObject(label, RetortArray.real(x), scaleOrLength);
    }
    @Override public void updateObject(String label, Object x) throws SQLException {
        checkOpen();
        real.updateObject(label, RetortArray.real(x));
    }
    @Override public void insertRow() throws SQLException { checkOpen(); real.insertRow(); }
    @Override public void updateRow() throws SQLException { checkOpen(); real.updateRow(); }
    @Override public void deleteRow() throws SQLException { checkOpen(); real.deleteRow(); }
    @Override public void refreshRow() throws SQLException { checkOpen(); real.refreshRow(); }
    @Override public void cancelRowUpdates() throws SQLException { checkOpen(); real.cancelRowUpdates(); }
    @Override public void moveToInsertRow() throws SQLException { checkOpen(); real.moveToInsertRow(); }
    @Override public void moveToCurrentRow() throws SQLException { checkOpen(); real.moveToCurrentRow(); }
    @Override public Object getObject(int column, Map<String, Class<?>> map) throws SQLException {
        checkOpen();
        return DriverValues.wrap(connection, null, real.getObject(column, map));
    }
    @Override public Ref getRef(int column) throws SQLException { checkOpen(); return real.getRef(column); }
    @Override public Blob getBlob(int column) throws SQLException { checkOpen(); return real.getBlob(column); }
    @Override public Clob getClob(int column) throws SQLException { checkOpen(); return real.getClob(column); }
    @Override public Array getArray(int column) throws SQLException {
        checkOpen();
        return RetortArray.wrap(connection, real.getArray(column));
    }
    @Override public Object getObject(String label, Map<String, Class<?>> map) throws SQLException {
        checkOpen();
        return DriverValues.wrap(connection, null, real.getObject(label, map));
    }
    @Override public Ref getRef(String label) throws SQLException { checkOpen(); return real.getRef(label); }
    @Override public Blob getBlob(String label) throws SQLException { checkOpen(); return real.getBlob(label); }
    @Override public Clob getClob(String label) throws SQLException { checkOpen(); return real.getClob(label); }
    @Override public Array getArray(String label) throws SQLException {
        checkOpen();
        return RetortArray.wrap(connection, real.getArray(label));
    }
    @Override public java.sql.Date getDate(int column, Calendar cal) throws SQLException { checkOpen(); return real.getDate(column, cal); }
    @Override public java.sql.Date getDate(String label, Calendar cal) throws SQLException { checkOpen(); return real.getDate(label, cal); }
    @Override public java.sql.Time getTime(int column, Calendar cal) throws SQLException { checkOpen(); return real.getTime(column, cal); }
    @Override public java.sql.Time getTime(String label, Calendar cal) throws SQLException { checkOpen(); return real.getTime(label, cal); }
    @Override public java.sql.Timestamp getTimestamp(int column, Calendar cal) throws SQLException {
        checkOpen();
        return real.getTimestamp(column, cal);
    }
    @Override public java.sql.Timestamp getTimestamp(String label, Calendar cal) throws SQLException {
        checkOpen();
        return real.getTimestamp(label, cal);
    }
    @Override public URL getURL(int column) throws SQLException { checkOpen(); return real.getURL(column); }
    @Override public URL getURL(String label) throws SQLException { checkOpen(); return real.getURL(label); }
    @Override public void updateRef(int column, Ref x) throws SQLException { checkOpen(); real.updateRef(column, x); }
    @Override public void updateRef(String label, Ref x) throws SQLException { checkOpen(); real.updateRef(label, x); }
    @Override public void updateBlob(int column, Blob x) throws SQLException { checkOpen(); real.updateBlob(column, x); }
    @Override public void updateBlob(String label, Blob x) throws SQLException { checkOpen(); real.updateBlob(label, x); }
    @Override public void updateClob(int column, Clob x) throws SQLException { checkOpen(); real.updateClob(column, x); }
    @Override public void updateClob(String label, Clob x) throws SQLException { checkOpen(); real.updateClob(label, x); }
    @Override public void updateArray(int column, Array x) throws SQLException {
        checkOpen();
        real.updateArray(column, RetortArray.real(x));
    }
    @Override public void updateArray(String label, Array x) throws SQLException {
        checkOpen();
        real.updateArray(label, RetortArray.real(x));
    }
    @Override public RowId getRowId(int column) throws SQLException { checkOpen(); return real.getRowId(column); }
    @Override public RowId getRowId(String label) throws SQLException { checkOpen(); return real.getRowId(label); }
    @Override public void updateRowId(int column, RowId x) throws SQLException { checkOpen(); real.updateRowId(column, x); }
    @Override public void updateRowId(String label, RowId x) throws SQLException { checkOpen(); real.updateRowId(label, x); }
    @Override public int getHoldability() throws SQLException { checkOpen(); return real.getHoldability(); }
    @Override public void updateNString(int column, String nString) throws SQLException {
        checkOpen();
        real.updateNString(column, nString);
    }
    @Override public void updateNString(String label, String nString) throws SQLException {
        checkOpen();
        real.updateNString(label, nString);
    }
    @Override public void updateNClob(int column, NClob nClob) throws SQLException { checkOpen(); real.updateNClob(column, nClob); }
    @Override public void updateNClob(String label, NClob nClob) throws SQLException { checkOpen(); real.updateNClob(label, nClob); }
    @Override public NClob getNClob(int column) throws SQLException { checkOpen(); return real.getNClob(column); }
    @Override public NClob getNClob(String label) throws SQLException { checkOpen(); return real.getNClob(label); }
    @Override public SQLXML getSQLXML(int column) throws SQLException { checkOpen(); return real.getSQLXML(column); }
    @Override public SQLXML getSQLXML(String label) throws SQLException { checkOpen(); return real.getSQLXML(label); }
    @Override public void updateSQLXML(int column, SQLXML xmlObject) throws SQLException {
        checkOpen();
        real.updateSQLXML(column, xmlObject);
    }
    @Override public void updateSQLXML(String label, SQLXML xmlObject) throws SQLException {
        checkOpen();
        real.updateSQLXML(label, xmlObject);
    }
    @Override public String getNString(int column) throws SQLException { checkOpen(); return real.getNString(column); }
    @Override public String getNString(String label) throws SQLException { checkOpen(); return real.getNString(label); }
    @Override public Reader getNCharacterStream(int column) throws SQLException { checkOpen(); return real.getNCharacterStream(column); }
    @Override public Reader getNCharacterStream(String label) throws SQLException { checkOpen(); return real.getNCharacterStream(label); }
    @Override public void updateNCharacterStream(int column, Reader x, long length) throws SQLException {
        checkOpen();
        real.updateNCharacterStream(column, x, length);
    }
    @Override public void updateNCharacterStream(String label, Reader reader, long length) throws SQLException {
        checkOpen();
        real.updateNCharacterStream(label, reader, length);
    }
    @Override public void updateAsciiStream(int column, InputStream x, long length) throws SQLException {
        checkOpen();
        real.updateAsciiStream(column, x, length);
    }
    @Override public void updateBinaryStream(int column, InputStream x, long length) throws SQLException {
        checkOpen();
        real.updateBinaryStream(column, x, length);
    }
    @Override public void updateCharacterStream(int column, Reader x, long length) throws SQLException {
        checkOpen();
        real.updateCharacterStream(column, x, length);
    }
    @Override public void updateAsciiStream(String label, InputStream x, long length) throws SQLException {
        checkOpen();
        real.updateAsciiStream(label, x, length);
    }
    @Override public void updateBinaryStream(String label, InputStream x, long length) throws SQLException {
        checkOpen();
        real.updateBinaryStream(label, x, length);
    }
    @Override public void updateCharacterStream(String label, Reader reader, long length) throws SQLException {
        checkOpen();
        real.updateCharacterStream(label, reader, length);
    }
    @Override public void updateBlob(int column, InputStream inputStream, long length) throws SQLException {
        checkOpen();
        real.updateBlob(column, inputStream, length);
    }
    @Override public void updateBlob(String label, InputStream inputStream, long length) throws SQLException {
        checkOpen();
        real.updateBlob(label, inputStream, length);
    }
    @Override public void updateClob(int column, Reader reader, long length) throws SQLException {
        checkOpen();
        real.updateClob(column, reader, length);
    }
    @Override public void updateClob(String label, Reader reader, long length) throws SQLException {
        checkOpen();
        real.updateClob(label, reader, length);
    }
    @Override public void updateNClob(int column, Reader reader, long length) throws SQLException {
        checkOpen();
        real.updateNClob(column, reader, length);
    }
    @Override public void updateNClob(String label, Reader reader, long length) throws SQLException {
        checkOpen();
        real.updateNClob(label, reader, length);
    }
    @Override public void updateNCharacterStream(int column, Reader x) throws SQLException {
        checkOpen();
        real.updateNCharacterStream(column, x);
    }
    @Override public void updateNCharacterStream(String label, Reader reader) throws SQLException {
        checkOpen();
        real.updateNCharacterStream(label, reader);
    }
    @Override public void updateAsciiStream(int column, InputStream x) throws SQLException {
        checkOpen();
        real.updateAsciiStream(column, x);
    }
    @Override public void updateBinaryStream(int column, InputStream x) throws SQLException {
        checkOpen();
        real.updateBinaryStream(column, x);
    }
    @Override public void updateCharacterStream(int column, Reader x) throws SQLException {
        checkOpen();
        real.updateCharacterStream(column, x);
    }
    @Override public void updateAsciiStream(String label, InputStream x) throws SQLException {
        checkOpen();
        real.updateAsciiStream(label, x);
    }
    @Override public void updateBinaryStream(String label, InputStream x) throws SQLException {
        checkOpen();
        real.updateBinaryStream(label, x);
    }
    @Override public void updateCharacterStream(String label, Reader reader) throws SQLException {
        checkOpen();
        real.updateCharacterStream(label, reader);
    }
    @Override public void updateBlob(int column, InputStream inputStream) throws SQLException {
        checkOpen();
        real.updateBlob(column, inputStream);
    }
    @Override public void updateBlob(String label, InputStream inputStream) throws SQLException {
        checkOpen();
        real.updateBlob(label, inputStream);
    }
    @Override public void updateClob(int column, Reader reader) throws SQLException { checkOpen(); real.updateClob(column, reader); }
    @Override public void updateClob(String label, Reader reader) throws SQLException { checkOpen(); real.updateClob(label, reader); }
    @Override public void updateNClob(int column, Reader reader) throws SQLException { checkOpen(); real.updateNClob(column, reader); }
    @Override public void updateNClob(String label, Reader reader) throws SQLException { checkOpen(); real.updateNClob(label, reader); }
    @Override public void updateObject(int column, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        checkOpen();
        real.updateObject(column, RetortArray.real(x), targetSqlType, scaleOrLength);
    }
    @Override public void updateObject(String label, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        checkOpen();
        real.updateObject(label, RetortArray.real(x), targetSqlType, scaleOrLength);
    }
    @Override public void updateObject(int column, Object x, SQLType targetSqlType) throws SQLException {
        checkOpen();
        real.updateObject(column, RetortArray.real(x), targetSqlType);
    }
    @Override public void updateObject(String label, Object x, SQLType targetSqlType) throws SQLException {
        checkOpen();
        real.updateObject(label, RetortArray.real(x), targetSqlType);
    }

    @Override
    public String toString() {
        return "RetortResultSet[" + connection.maskedUrl() + (closed ? ", closed" : "") + ", real="
                + real.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(real)) + "]";
    }
}
