package io.retort.testkit.stub;

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

/** A callable statement of {@link StubConnection}; see {@link StubStatement}. */
public final class StubCallableStatement extends StubPreparedStatement implements CallableStatement {

    StubCallableStatement(StubConnection connection, String sql) {
        super(connection, sql);
    }

    @Override public Array getArray(int index) throws SQLException {
        log.record("getArray", index);
        return new StubArray(connection, new Object[] {1});
    }
    @Override public Array getArray(String name) throws SQLException {
        log.record("getArray", name);
        return new StubArray(connection, new Object[] {1});
    }

    // Plain recording methods.
    @Override public void registerOutParameter(int index, int sqlType) throws SQLException {
        log.record("registerOutParameter", index, sqlType);
    }
    @Override public void registerOutParameter(int index, int sqlType, int scale) throws SQLException {
        log.record("registerOutParameter", index, sqlType, scale);
    }
    @Override public boolean wasNull() throws SQLException { log.record("wasNull"); return false; }
    @Override public String getString(int index) throws SQLException { log.record("getString", index); return "getString"; }
    @Override public boolean getBoolean(int index) throws SQLException { log.record("getBoolean", index); return false; }
    @Override public byte getByte(int index) throws SQLException { log.record("getByte", index); return 0; }
    @Override public short getShort(int index) throws SQLException { log.record("getShort", index); return 0; }
    @Override public int getInt(int index) throws SQLException { log.record("getInt", index); return 0; }
    @Override public long getLong(int index) throws SQLException { log.record("getLong", index); return 0L; }
    @Override public float getFloat(int index) throws SQLException { log.record("getFloat", index); return 0f; }
    @Override public double getDouble(int index) throws SQLException { log.record("getDouble", index); return 0d; }
    @Override public BigDecimal getBigDecimal(int index, int scale) throws SQLException {
        log.record("getBigDecimal", index, scale);
        return null;
    }
    @Override public byte[] getBytes(int index) throws SQLException { log.record("getBytes", index); return new byte[0]; }
    @Override public java.sql.Date getDate(int index) throws SQLException { log.record("getDate", index); return null; }
    @Override public java.sql.Time getTime(int index) throws SQLException { log.record("getTime", index); return null; }
    @Override public java.sql.Timestamp getTimestamp(int index) throws SQLException { log.record("getTimestamp", index); return null; }
    @Override public Object getObject(int index) throws SQLException { log.record("getObject", index); return null; }
    @Override public BigDecimal getBigDecimal(int index) throws SQLException { log.record("getBigDecimal", index); return null; }
    @Override public Object getObject(int index, Map<String, Class<?>> map) throws SQLException {
        log.record("getObject", index, map);
        return null;
    }
    @Override public Ref getRef(int index) throws SQLException { log.record("getRef", index); return null; }
    @Override public Blob getBlob(int index) throws SQLException { log.record("getBlob", index); return null; }
    @Override public Clob getClob(int index) throws SQLException { log.record("getClob", index); return null; }
    @Override public java.sql.Date getDate(int index, Calendar cal) throws SQLException { log.record("getDate", index, cal); return null; }
    @Override public java.sql.Time getTime(int index, Calendar cal) throws SQLException { log.record("getTime", index, cal); return null; }
    @Override public java.sql.Timestamp getTimestamp(int index, Calendar cal) throws SQLException {
        log.record("getTimestamp", index, cal);
        return null;
    }
    @Override public void registerOutParameter(int index, int sqlType, String typeName) throws SQLException {
        log.record("registerOutParameter", index, sqlType, typeName);
    }
    @Override public void registerOutParameter(String name, int sqlType) throws SQLException {
        log.record("registerOutParameter", name, sqlType);
    }
    @Override public void registerOutParameter(String name, int sqlType, int scale) throws SQLException {
        log.record("registerOutParameter", name, sqlType, scale);
    }
    @Override public void registerOutParameter(String name, int sqlType, String typeName) throws SQLException {
        log.record("registerOutParameter", name, sqlType, typeName);
    }
    @Override public URL getURL(int index) throws SQLException { log.record("getURL", index); return null; }
    @Override public void setURL(String name, URL val) throws SQLException { log.record("setURL", name, val); }
    @Override public void setNull(String name, int sqlType) throws SQLException { log.record("setNull", name, sqlType); }
    @Override public void setBoolean(String name, boolean x) throws SQLException { log.record("setBoolean", name, x); }
    @Override public void setByte(String name, byte x) throws SQLException { log.record("setByte", name, x); }
    @Override public void setShort(String name, short x) throws SQLException { log.record("setShort", name, x); }
    @Override public void setInt(String name, int x) throws SQLException { log.record("setInt", name, x); }
    @Override public void setLong(String name, long x) throws SQLException { log.record("setLong", name, x); }
    @Override public void setFloat(String name, float x) throws SQLException { log.record("setFloat", name, x); }
    @Override public void setDouble(String name, double x) throws SQLException { log.record("setDouble", name, x); }
    @Override public void setBigDecimal(String name, BigDecimal x) throws SQLException { log.record("setBigDecimal", name, x); }
    @Override public void setString(String name, String x) throws SQLException { log.record("setString", name, x); }
    @Override public void setBytes(String name, byte[] x) throws SQLException { log.record("setBytes", name, x); }
    @Override public void setDate(String name, java.sql.Date x) throws SQLException { log.record("setDate", name, x); }
    @Override public void setTime(String name, java.sql.Time x) throws SQLException { log.record("setTime", name, x); }
    @Override public void setTimestamp(String name, java.sql.Timestamp x) throws SQLException { log.record("setTimestamp", name, x); }
    @Override public void setAsciiStream(String name, InputStream x, int length) throws SQLException {
        log.record("setAsciiStream", name, x, length);
    }
    @Override public void setBinaryStream(String name, InputStream x, int length) throws SQLException {
        log.record("setBinaryStream", name, x, length);
    }
    @Override public void setObject(String name, Object x, int targetSqlType, int scale) throws SQLException {
        log.record("setObject", name, x, targetSqlType, scale);
    }
    @Override public void setObject(String name, Object x, int targetSqlType) throws SQLException {
        log.record("setObject", name, x, targetSqlType);
    }
    @Override public void setObject(String name, Object x) throws SQLException { log.record("setObject", name, x); }
    @Override public void setCharacterStream(String name, Reader reader, int length) throws SQLException {
        log.record("setCharacterStream", name, reader, length);
    }
    @Override public void setDate(String name, java.sql.Date x, Calendar cal) throws SQLException { log.record("setDate", name, x, cal); }
    @Override public void setTime(String name, java.sql.Time x, Calendar cal) throws SQLException { log.record("setTime", name, x, cal); }
    @Override public void setTimestamp(String name, java.sql.Timestamp x, Calendar cal) throws SQLException {
        log.record("setTimestamp", name, x, cal);
    }
    @Override public void setNull(String name, int sqlType, String typeName) throws SQLException {
        log.record("setNull", name, sqlType, typeName);
    }
    @Override public String getString(String name) throws SQLException { log.record("getString", name); return "getString"; }
    @Override public boolean getBoolean(String name) throws SQLException { log.record("getBoolean", name); return false; }
    @Override public byte getByte(String name) throws SQLException { log.record("getByte", name); return 0; }
    @Override public short getShort(String name) throws SQLException { log.record("getShort", name); return 0; }
    @Override public int getInt(String name) throws SQLException { log.record("getInt", name); return 0; }
    @Override public long getLong(String name) throws SQLException { log.record("getLong", name); return 0L; }
    @Override public float getFloat(String name) throws SQLException { log.record("getFloat", name); return 0f; }
    @Override public double getDouble(String name) throws SQLException { log.record("getDouble", name); return 0d; }
    @Override public byte[] getBytes(String name) throws SQLException { log.record("getBytes", name); return new byte[0]; }
    @Override public java.sql.Date getDate(String name) throws SQLException { log.record("getDate", name); return null; }
    @Override public java.sql.Time getTime(String name) throws SQLException { log.record("getTime", name); return null; }
    @Override public java.sql.Timestamp getTimestamp(String name) throws SQLException { log.record("getTimestamp", name); return null; }
    @Override public Object getObject(String name) throws SQLException { log.record("getObject", name); return null; }
    @Override public BigDecimal getBigDecimal(String name) throws SQLException { log.record("getBigDecimal", name); return null; }
    @Override public Object getObject(String name, Map<String, Class<?>> map) throws SQLException {
        log.record("getObject", name, map);
        return null;
    }
    @Override public Ref getRef(String name) throws SQLException { log.record("getRef", name); return null; }
    @Override public Blob getBlob(String name) throws SQLException { log.record("getBlob", name); return null; }
    @Override public Clob getClob(String name) throws SQLException { log.record("getClob", name); return null; }
    @Override public java.sql.Date getDate(String name, Calendar cal) throws SQLException { log.record("getDate", name, cal); return null; }
    @Override public java.sql.Time getTime(String name, Calendar cal) throws SQLException { log.record("getTime", name, cal); return null; }
    @Override public java.sql.Timestamp getTimestamp(String name, Calendar cal) throws SQLException {
        log.record("getTimestamp", name, cal);
        return null;
    }
    @Override public URL getURL(String name) throws SQLException { log.record("getURL", name); return null; }
    @Override public RowId getRowId(int index) throws SQLException { log.record("getRowId", index); return null; }
    @Override public RowId getRowId(String name) throws SQLException { log.record("getRowId", name); return null; }
    @Override public void setRowId(String name, RowId x) throws SQLException { log.record("setRowId", name, x); }
    @Override public void setNString(String name, String value) throws SQLException { log.record("setNString", name, value); }
    @Override public void setNCharacterStream(String name, Reader value, long length) throws SQLException {
        log.record("setNCharacterStream", name, value, length);
    }
    @Override public void setNClob(String name, NClob value) throws SQLException { log.record("setNClob", name, value); }
    @Override public void setClob(String name, Reader reader, long length) throws SQLException {
        log.record("setClob", name, reader, length);
    }
    @Override public void setBlob(String name, InputStream inputStream, long length) throws SQLException {
        log.record("setBlob", name, inputStream, length);
    }
    @Override public void setNClob(String name, Reader reader, long length) throws SQLException {
        log.record("setNClob", name, reader, length);
    }
    @Override public NClob getNClob(int index) throws SQLException { log.record("getNClob", index); return null; }
    @Override public NClob getNClob(String name) throws SQLException { log.record("getNClob", name); return null; }
    @Override public void setSQLXML(String name, SQLXML xmlObject) throws SQLException { log.record("setSQLXML", name, xmlObject); }
    @Override public SQLXML getSQLXML(int index) throws SQLException { log.record("getSQLXML", index); return null; }
    @Override public SQLXML getSQLXML(String name) throws SQLException { log.record("getSQLXML", name); return null; }
    @Override public String getNString(int index) throws SQLException { log.record("getNString", index); return "getNString"; }
    @Override public String getNString(String name) throws SQLException { log.record("getNString", name); return "getNString"; }
    @Override public Reader getNCharacterStream(int index) throws SQLException { log.record("getNCharacterStream", index); return null; }
    @Override public Reader getNCharacterStream(String name) throws SQLException { log.record("getNCharacterStream", name); return null; }
    @Override public Reader getCharacterStream(int index) throws SQLException { log.record("getCharacterStream", index); return null; }
    @Override public Reader getCharacterStream(String name) throws SQLException { log.record("getCharacterStream", name); return null; }
    @Override public void setBlob(String name, Blob x) throws SQLException { log.record("setBlob", name, x); }
    @Override public void setClob(String name, Clob x) throws SQLException { log.record("setClob", name, x); }
    @Override public void setAsciiStream(String name, InputStream x, long length) throws SQLException {
        log.record("setAsciiStream", name, x, length);
    }
    @Override public void setBinaryStream(String name, InputStream x, long length) throws SQLException {
        log.record("setBinaryStream", name, x, length);
    }
    @Override public void setCharacterStream(String name, Reader reader, long length) throws SQLException {
        log.record("setCharacterStream", name, reader, length);
    }
    @Override public void setAsciiStream(String name, InputStream x) throws SQLException { log.record("setAsciiStream", name, x); }
    @Override public void setBinaryStream(String name, InputStream x) throws SQLException { log.record("setBinaryStream", name, x); }
    @Override public void setCharacterStream(String name, Reader reader) throws SQLException {
        log.record("setCharacterStream", name, reader);
    }
    @Override public void setNCharacterStream(String name, Reader value) throws SQLException {
        log.record("setNCharacterStream", name, value);
    }
    @Override public void setClob(String name, Reader reader) throws SQLException { log.record("setClob", name, reader); }
    @Override public void setBlob(String name, InputStream inputStream) throws SQLException { log.record("setBlob", name, inputStream); }
    @Override public void setNClob(String name, Reader reader) throws SQLException { log.record("setNClob", name, reader); }
    @Override public <T> T getObject(int index, Class<T> type) throws SQLException { log.record("getObject", index, type); return null; }
    @Override public <T> T getObject(String name, Class<T> type) throws SQLException { log.record("getObject", name, type); return null; }
    @Override public void setObject(String name, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        log.record("setObject", name, x, targetSqlType, scaleOrLength);
    }
    @Override public void setObject(String name, Object x, SQLType targetSqlType) throws SQLException {
        log.record("setObject", name, x, targetSqlType);
    }
    @Override public void registerOutParameter(int index, SQLType sqlType) throws SQLException {
        log.record("registerOutParameter", index, sqlType);
    }
    @Override public void registerOutParameter(int index, SQLType sqlType, int scale) throws SQLException {
        log.record("registerOutParameter", index, sqlType, scale);
    }
    @Override public void registerOutParameter(int index, SQLType sqlType, String typeName) throws SQLException {
        log.record("registerOutParameter", index, sqlType, typeName);
    }
    @Override public void registerOutParameter(String name, SQLType sqlType) throws SQLException {
        log.record("registerOutParameter", name, sqlType);
    }
    @Override public void registerOutParameter(String name, SQLType sqlType, int scale) throws SQLException {
        log.record("registerOutParameter", name, sqlType, scale);
    }
    @Override public void registerOutParameter(String name, SQLType sqlType, String typeName) throws SQLException {
        log.record("registerOutParameter", name, sqlType, typeName);
    }
}
