package io.retort.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * A callable statement through Retort: see {@link RetortPreparedStatement}. OUT values that carry a
 * back-reference (arrays, result sets such as PostgreSQL's refcursors) come back wrapped.
 */
public final class RetortCallableStatement extends RetortPreparedStatement implements CallableStatement {

    private final CallableStatement cs;

    RetortCallableStatement(RetortConnection connection, CallableStatement cs, String sql) {
        super(connection, cs, sql);
        this.cs = cs;
    }

    @Override public <T> T getObject(int index, Class<T> type) throws SQLException {
        checkOpen();
        return DriverValues.wrap(connection, this, cs.getObject(index, type), type);
    }
    @Override public <T> T getObject(String name, Class<T> type) throws SQLException {
        checkOpen();
        return DriverValues.wrap(connection, this, cs.getObject(name, type), type);
    }

    // Plain delegation.
    @Override public void registerOutParameter(int index, int sqlType) throws SQLException {
        checkOpen();
        cs.registerOutParameter(index, sqlType);
    }
    @Override public void registerOutParameter(int index, int sqlType, int scale) throws SQLException {
        checkOpen();
        cs.registerOutParameter(index, sqlType, scale);
    }
    @Override public boolean wasNull() throws SQLException { checkOpen(); return cs.wasNull(); }
    @Override public String getString(int index) throws SQLException { checkOpen(); return cs.getString(index); }
    @Override public boolean getBoolean(int index) throws SQLException { checkOpen(); return cs.getBoolean(index); }
    @Override public byte getByte(int index) throws SQLException { checkOpen(); return cs.getByte(index); }
    @Override public short getShort(int index) throws SQLException { checkOpen(); return cs.getShort(index); }
    @Override public int getInt(int index) throws SQLException { checkOpen(); return cs.getInt(index); }
    @Override public long getLong(int index) throws SQLException { checkOpen(); return cs.getLong(index); }
    @Override public float getFloat(int index) throws SQLException { checkOpen(); return cs.getFloat(index); }
    @Override public double getDouble(int index) throws SQLException { checkOpen(); return cs.getDouble(index); }
    @Override public BigDecimal getBigDecimal(int index, int scale) throws SQLException {
        checkOpen();
        return cs.getBigDecimal(index, scale);
    }
    @Override public byte[] getBytes(int index) throws SQLException { checkOpen(); return cs.getBytes(index); }
    @Override public java.sql.Date getDate(int index) throws SQLException { checkOpen(); return cs.getDate(index); }
    @Override public java.sql.Time getTime(int index) throws SQLException { checkOpen(); return cs.getTime(index); }
    @Override public java.sql.Timestamp getTimestamp(int index) throws SQLException { checkOpen(); return cs.getTimestamp(index); }
    @Override public Object getObject(int index) throws SQLException {
        checkOpen();
        return DriverValues.wrap(connection, this, cs.getObject(index));
    }
    @Override public BigDecimal getBigDecimal(int index) throws SQLException { checkOpen(); return cs.getBigDecimal(index); }
    @Override public Object getObject(int index, Map<String, Class<?>> map) throws SQLException {
        checkOpen();
        return DriverValues.wrap(connection, this, cs.getObject(index, map));
    }
    @Override public Ref getRef(int index) throws SQLException { checkOpen(); return cs.getRef(index); }
    @Override public Blob getBlob(int index) throws SQLException { checkOpen(); return cs.getBlob(index); }
    @Override public Clob getClob(int index) throws SQLException { checkOpen(); return cs.getClob(index); }
    @Override public Array getArray(int index) throws SQLException { checkOpen(); return RetortArray.wrap(connection, cs.getArray(index)); }
    @Override public java.sql.Date getDate(int index, Calendar cal) throws SQLException { checkOpen(); return cs.getDate(index, cal); }
    @Override public java.sql.Time getTime(int index, Calendar cal) throws SQLException { checkOpen(); return cs.getTime(index, cal); }
    @Override public java.sql.Timestamp getTimestamp(int index, Calendar cal) throws SQLException {
        checkOpen();
        return cs.getTimestamp(index, cal);
    }
    @Override public void registerOutParameter(int index, int sqlType, String typeName) throws SQLException {
        checkOpen();
        cs.registerOutParameter(index, sqlType, typeName);
    }
    @Override public void registerOutParameter(String name, int sqlType) throws SQLException {
        checkOpen();
        cs.registerOutParameter(name, sqlType);
    }
    @Override public void registerOutParameter(String name, int sqlType, int scale) throws SQLException {
        checkOpen();
        cs.registerOutParameter(name, sqlType, scale);
    }
    @Override public void registerOutParameter(String name, int sqlType, String typeName) throws SQLException {
        checkOpen();
        cs.registerOutParameter(name, sqlType, typeName);
    }
    @Override public URL getURL(int index) throws SQLException { checkOpen(); return cs.getURL(index); }
    @Override public void setURL(String name, URL val) throws SQLException { checkOpen(); cs.setURL(name, val); }
    @Override public void setNull(String name, int sqlType) throws SQLException { checkOpen(); cs.setNull(name, sqlType); }
    @Override public void setBoolean(String name, boolean x) throws SQLException { checkOpen(); cs.setBoolean(name, x); }
    @Override public void setByte(String name, byte x) throws SQLException { checkOpen(); cs.setByte(name, x); }
    @Override public void setShort(String name, short x) throws SQLException { checkOpen(); cs.setShort(name, x); }
    @Override public void setInt(String name, int x) throws SQLException { checkOpen(); cs.setInt(name, x); }
    @Override public void setLong(String name, long x) throws SQLException { checkOpen(); cs.setLong(name, x); }
    @Override public void setFloat(String name, float x) throws SQLException { checkOpen(); cs.setFloat(name, x); }
    @Override public void setDouble(String name, double x) throws SQLException { checkOpen(); cs.setDouble(name, x); }
    @Override public void setBigDecimal(String name, BigDecimal x) throws SQLException { checkOpen(); cs.setBigDecimal(name, x); }
    @Override public void setString(String name, String x) throws SQLException { checkOpen(); cs.setString(name, x); }
    @Override public void setBytes(String name, byte[] x) throws SQLException { checkOpen(); cs.setBytes(name, x); }
    @Override public void setDate(String name, java.sql.Date x) throws SQLException { checkOpen(); cs.setDate(name, x); }
    @Override public void setTime(String name, java.sql.Time x) throws SQLException { checkOpen(); cs.setTime(name, x); }
    @Override public void setTimestamp(String name, java.sql.Timestamp x) throws SQLException { checkOpen(); cs.setTimestamp(name, x); }
    @Override public void setAsciiStream(String name, InputStream x, int length) throws SQLException {
        checkOpen();
        cs.setAsciiStream(name, x, length);
    }
    @Override public void setBinaryStream(String name, InputStream x, int length) throws SQLException {
        checkOpen();
        cs.setBinaryStream(name, x, length);
    }
    @Override public void setObject(String name, Object x, int targetSqlType, int scale) throws SQLException {
        checkOpen();
        cs.setObject(name, RetortArray.real(x), targetSqlType, scale);
    }
    @Override public void setObject(String name, Object x, int targetSqlType) throws SQLException {
        checkOpen();
        cs.setObject(name, RetortArray.real(x), targetSqlType);
    }
    @Override public void setObject(String name, Object x) throws SQLException { checkOpen(); cs.setObject(name, RetortArray.real(x)); }
    @Override public void setCharacterStream(String name, Reader reader, int length) throws SQLException {
        checkOpen();
        cs.setCharacterStream(name, reader, length);
    }
    @Override public void setDate(String name, java.sql.Date x, Calendar cal) throws SQLException { checkOpen(); cs.setDate(name, x, cal); }
    @Override public void setTime(String name, java.sql.Time x, Calendar cal) throws SQLException { checkOpen(); cs.setTime(name, x, cal); }
    @Override public void setTimestamp(String name, java.sql.Timestamp x, Calendar cal) throws SQLException {
        checkOpen();
        cs.setTimestamp(name, x, cal);
    }
    @Override public void setNull(String name, int sqlType, String typeName) throws SQLException {
        checkOpen();
        cs.setNull(name, sqlType, typeName);
    }
    @Override public String getString(String name) throws SQLException { checkOpen(); return cs.getString(name); }
    @Override public boolean getBoolean(String name) throws SQLException { checkOpen(); return cs.getBoolean(name); }
    @Override public byte getByte(String name) throws SQLException { checkOpen(); return cs.getByte(name); }
    @Override public short getShort(String name) throws SQLException { checkOpen(); return cs.getShort(name); }
    @Override public int getInt(String name) throws SQLException { checkOpen(); return cs.getInt(name); }
    @Override public long getLong(String name) throws SQLException { checkOpen(); return cs.getLong(name); }
    @Override public float getFloat(String name) throws SQLException { checkOpen(); return cs.getFloat(name); }
    @Override public double getDouble(String name) throws SQLException { checkOpen(); return cs.getDouble(name); }
    @Override public byte[] getBytes(String name) throws SQLException { checkOpen(); return cs.getBytes(name); }
    @Override public java.sql.Date getDate(String name) throws SQLException { checkOpen(); return cs.getDate(name); }
    @Override public java.sql.Time getTime(String name) throws SQLException { checkOpen(); return cs.getTime(name); }
    @Override public java.sql.Timestamp getTimestamp(String name) throws SQLException { checkOpen(); return cs.getTimestamp(name); }
    @Override public Object getObject(String name) throws SQLException {
        checkOpen();
        return DriverValues.wrap(connection, this, cs.getObject(name));
    }
    @Override public BigDecimal getBigDecimal(String name) throws SQLException { checkOpen(); return cs.getBigDecimal(name); }
    @Override public Object getObject(String name, Map<String, Class<?>> map) throws SQLException {
        checkOpen();
        return DriverValues.wrap(connection, this, cs.getObject(name, map));
    }
    @Override public Ref getRef(String name) throws SQLException { checkOpen(); return cs.getRef(name); }
    @Override public Blob getBlob(String name) throws SQLException { checkOpen(); return cs.getBlob(name); }
    @Override public Clob getClob(String name) throws SQLException { checkOpen(); return cs.getClob(name); }
    @Override public Array getArray(String name) throws SQLException {
        checkOpen();
        return RetortArray.wrap(connection, cs.getArray(name));
    }
    @Override public java.sql.Date getDate(String name, Calendar cal) throws SQLException { checkOpen(); return cs.getDate(name, cal); }
    @Override public java.sql.Time getTime(String name, Calendar cal) throws SQLException { checkOpen(); return cs.getTime(name, cal); }
    @Override public java.sql.Timestamp getTimestamp(String name, Calendar cal) throws SQLException {
        checkOpen();
        return cs.getTimestamp(name, cal);
    }
    @Override public URL getURL(String name) throws SQLException { checkOpen(); return cs.getURL(name); }
    @Override public RowId getRowId(int index) throws SQLException { checkOpen(); return cs.getRowId(index); }
    @Override public RowId getRowId(String name) throws SQLException { checkOpen(); return cs.getRowId(name); }
    @Override public void setRowId(String name, RowId x) throws SQLException { checkOpen(); cs.setRowId(name, x); }
    @Override public void setNString(String name, String value) throws SQLException { checkOpen(); cs.setNString(name, value); }
    @Override public void setNCharacterStream(String name, Reader value, long length) throws SQLException {
        checkOpen();
        cs.setNCharacterStream(name, value, length);
    }
    @Override public void setNClob(String name, NClob value) throws SQLException { checkOpen(); cs.setNClob(name, value); }
    @Override public void setClob(String name, Reader reader, long length) throws SQLException {
        checkOpen();
        cs.setClob(name, reader, length);
    }
    @Override public void setBlob(String name, InputStream inputStream, long length) throws SQLException {
        checkOpen();
        cs.setBlob(name, inputStream, length);
    }
    @Override public void setNClob(String name, Reader reader, long length) throws SQLException {
        checkOpen();
        cs.setNClob(name, reader, length);
    }
    @Override public NClob getNClob(int index) throws SQLException { checkOpen(); return cs.getNClob(index); }
    @Override public NClob getNClob(String name) throws SQLException { checkOpen(); return cs.getNClob(name); }
    @Override public void setSQLXML(String name, SQLXML xmlObject) throws SQLException { checkOpen(); cs.setSQLXML(name, xmlObject); }
    @Override public SQLXML getSQLXML(int index) throws SQLException { checkOpen(); return cs.getSQLXML(index); }
    @Override public SQLXML getSQLXML(String name) throws SQLException { checkOpen(); return cs.getSQLXML(name); }
    @Override public String getNString(int index) throws SQLException { checkOpen(); return cs.getNString(index); }
    @Override public String getNString(String name) throws SQLException { checkOpen(); return cs.getNString(name); }
    @Override public Reader getNCharacterStream(int index) throws SQLException { checkOpen(); return cs.getNCharacterStream(index); }
    @Override public Reader getNCharacterStream(String name) throws SQLException { checkOpen(); return cs.getNCharacterStream(name); }
    @Override public Reader getCharacterStream(int index) throws SQLException { checkOpen(); return cs.getCharacterStream(index); }
    @Override public Reader getCharacterStream(String name) throws SQLException { checkOpen(); return cs.getCharacterStream(name); }
    @Override public void setBlob(String name, Blob x) throws SQLException { checkOpen(); cs.setBlob(name, x); }
    @Override public void setClob(String name, Clob x) throws SQLException { checkOpen(); cs.setClob(name, x); }
    @Override public void setAsciiStream(String name, InputStream x, long length) throws SQLException {
        checkOpen();
        cs.setAsciiStream(name, x, length);
    }
    @Override public void setBinaryStream(String name, InputStream x, long length) throws SQLException {
        checkOpen();
        cs.setBinaryStream(name, x, length);
    }
    @Override public void setCharacterStream(String name, Reader reader, long length) throws SQLException {
        checkOpen();
        cs.setCharacterStream(name, reader, length);
    }
    @Override public void setAsciiStream(String name, InputStream x) throws SQLException { checkOpen(); cs.setAsciiStream(name, x); }
    @Override public void setBinaryStream(String name, InputStream x) throws SQLException { checkOpen(); cs.setBinaryStream(name, x); }
    @Override public void setCharacterStream(String name, Reader reader) throws SQLException {
        checkOpen();
        cs.setCharacterStream(name, reader);
    }
    @Override public void setNCharacterStream(String name, Reader value) throws SQLException {
        checkOpen();
        cs.setNCharacterStream(name, value);
    }
    @Override public void setClob(String name, Reader reader) throws SQLException { checkOpen(); cs.setClob(name, reader); }
    @Override public void setBlob(String name, InputStream inputStream) throws SQLException { checkOpen(); cs.setBlob(name, inputStream); }
    @Override public void setNClob(String name, Reader reader) throws SQLException { checkOpen(); cs.setNClob(name, reader); }
    @Override public void setObject(String name, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        checkOpen();
        cs.setObject(name, RetortArray.real(x), targetSqlType, scaleOrLength);
    }
    @Override public void setObject(String name, Object x, SQLType targetSqlType) throws SQLException {
        checkOpen();
        cs.setObject(name, RetortArray.real(x), targetSqlType);
    }
    @Override public void registerOutParameter(int index, SQLType sqlType) throws SQLException {
        checkOpen();
        cs.registerOutParameter(index, sqlType);
    }
    @Override public void registerOutParameter(int index, SQLType sqlType, int scale) throws SQLException {
        checkOpen();
        cs.registerOutParameter(index, sqlType, scale);
    }
    @Override public void registerOutParameter(int index, SQLType sqlType, String typeName) throws SQLException {
        checkOpen();
        cs.registerOutParameter(index, sqlType, typeName);
    }
    @Override public void registerOutParameter(String name, SQLType sqlType) throws SQLException {
        checkOpen();
        cs.registerOutParameter(name, sqlType);
    }
    @Override public void registerOutParameter(String name, SQLType sqlType, int scale) throws SQLException {
        checkOpen();
        cs.registerOutParameter(name, sqlType, scale);
    }
    @Override public void registerOutParameter(String name, SQLType sqlType, String typeName) throws SQLException {
        checkOpen();
        cs.registerOutParameter(name, sqlType, typeName);
    }
}
