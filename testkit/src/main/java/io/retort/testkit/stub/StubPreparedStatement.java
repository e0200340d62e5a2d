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
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/** A prepared statement of {@link StubConnection}; see {@link StubStatement}. */
public class StubPreparedStatement extends StubStatement implements PreparedStatement {

    private final String sql;

    StubPreparedStatement(StubConnection connection, String sql) {
        super(connection);
        this.sql = sql;
    }

    /** The SQL the statement was prepared with. */
    public String sql() {
        return sql;
    }

    @Override public ResultSet executeQuery() throws SQLException { log.record("executeQuery"); return query(); }
    @Override public int executeUpdate() throws SQLException { log.record("executeUpdate"); return update(); }
    @Override public long executeLargeUpdate() throws SQLException { log.record("executeLargeUpdate"); return update(); }
    @Override public boolean execute() throws SQLException { log.record("execute"); query(); return true; }
    @Override public void addBatch() throws SQLException { log.record("addBatch"); addedToBatch(); }

    // Plain recording methods.
    @Override public void setNull(int index, int sqlType) throws SQLException { log.record("setNull", index, sqlType); }
    @Override public void setBoolean(int index, boolean x) throws SQLException { log.record("setBoolean", index, x); }
    @Override public void setByte(int index, byte x) throws SQLException { log.record("setByte", index, x); }
    @Override public void setShort(int index, short x) throws SQLException { log.record("setShort", index, x); }
    @Override public void setInt(int index, int x) throws SQLException { log.record("setInt", index, x); }
    @Override public void setLong(int index, long x) throws SQLException { log.record("setLong", index, x); }
    @Override public void setFloat(int index, float x) throws SQLException { log.record("setFloat", index, x); }
    @Override public void setDouble(int index, double x) throws SQLException { log.record("setDouble", index, x); }
    @Override public void setBigDecimal(int index, BigDecimal x) throws SQLException { log.record("setBigDecimal", index, x); }
    @Override public void setString(int index, String x) throws SQLException { log.record("setString", index, x); }
    @Override public void setBytes(int index, byte[] x) throws SQLException { log.record("setBytes", index, x); }
    @Override public void setDate(int index, java.sql.Date x) throws SQLException { log.record("setDate", index, x); }
    @Override public void setTime(int index, java.sql.Time x) throws SQLException { log.record("setTime", index, x); }
    @Override public void setTimestamp(int index, java.sql.Timestamp x) throws SQLException { log.record("setTimestamp", index, x); }
    @Override public void setAsciiStream(int index, InputStream x, int length) throws SQLException {
        log.record("setAsciiStream", index, x, length);
    }
    @Override public void setUnicodeStream(int index, InputStream x, int length) throws SQLException {
        log.record("setUnicodeStream", index, x, length);
    }
    @Override public void setBinaryStream(int index, InputStream x, int length) throws SQLException {
        log.record("setBinaryStream", index, x, length);
    }
    @Override public void clearParameters() throws SQLException { log.record("clearParameters"); }
    @Override public void setObject(int index, Object x, int targetSqlType) throws SQLException {
        log.record("setObject", index, x, targetSqlType);
    }
    @Override public void setObject(int index, Object x) throws SQLException { log.record("setObject", index, x); }
    @Override public void setCharacterStream(int index, Reader reader, int length) throws SQLException {
        log.record("setCharacterStream", index, reader, length);
    }
    @Override public void setRef(int index, Ref x) throws SQLException { log.record("setRef", index, x); }
    @Override public void setBlob(int index, Blob x) throws SQLException { log.record("setBlob", index, x); }
    @Override public void setClob(int index, Clob x) throws SQLException { log.record("setClob", index, x); }
    @Override public void setArray(int index, Array x) throws SQLException { log.record("setArray", index, x); }
    @Override public ResultSetMetaData getMetaData() throws SQLException { log.record("getMetaData"); return null; }
    @Override public void setDate(int index, java.sql.Date x, Calendar cal) throws SQLException { log.record("setDate", index, x, cal); }
    @Override public void setTime(int index, java.sql.Time x, Calendar cal) throws SQLException { log.record("setTime", index, x, cal); }
    @Override public void setTimestamp(int index, java.sql.Timestamp x, Calendar cal) throws SQLException {
        log.record("setTimestamp", index, x, cal);
    }
    @Override public void setNull(int index, int sqlType, String typeName) throws SQLException {
        log.record("setNull", index, sqlType, typeName);
    }
    @Override public void setURL(int index, URL x) throws SQLException { log.record("setURL", index, x); }
    @Override public ParameterMetaData getParameterMetaData() throws SQLException { log.record("getParameterMetaData"); return null; }
    @Override public void setRowId(int index, RowId x) throws SQLException { log.record("setRowId", index, x); }
    @Override public void setNString(int index, String value) throws SQLException { log.record("setNString", index, value); }
    @Override public void setNCharacterStream(int index, Reader value, long length) throws SQLException {
        log.record("setNCharacterStream", index, value, length);
    }
    @Override public void setNClob(int index, NClob value) throws SQLException { log.record("setNClob", index, value); }
    @Override public void setClob(int index, Reader reader, long length) throws SQLException {
        log.record("setClob", index, reader, length);
    }
    @Override public void setBlob(int index, InputStream inputStream, long length) throws SQLException {
        log.record("setBlob", index, inputStream, length);
    }
    @Override public void setNClob(int index, Reader reader, long length) throws SQLException {
        log.record("setNClob", index, reader, length);
    }
    @Override public void setSQLXML(int index, SQLXML xmlObject) throws SQLException { log.record("setSQLXML", index, xmlObject); }
    @Override public void setObject(int index, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        log.record("setObject", index, x, targetSqlType, scaleOrLength);
    }
    @Override public void setAsciiStream(int index, InputStream x, long length) throws SQLException {
        log.record("setAsciiStream", index, x, length);
    }
    @Override public void setBinaryStream(int index, InputStream x, long length) throws SQLException {
        log.record("setBinaryStream", index, x, length);
    }
    @Override public void setCharacterStream(int index, Reader reader, long length) throws SQLException {
        log.record("setCharacterStream", index, reader, length);
    }
    @Override public void setAsciiStream(int index, InputStream x) throws SQLException { log.record("setAsciiStream", index, x); }
    @Override public void setBinaryStream(int index, InputStream x) throws SQLException { log.record("setBinaryStream", index, x); }
    @Override public void setCharacterStream(int index, Reader reader) throws SQLException {
        log.record("setCharacterStream", index, reader);
    }
    @Override public void setNCharacterStream(int index, Reader value) throws SQLException {
        log.record("setNCharacterStream", index, value);
    }
    @Override public void setClob(int index, Reader reader) throws SQLException { log.record("setClob", index, reader); }
    @Override public void setBlob(int index, InputStream inputStream) throws SQLException { log.record("setBlob", index, inputStream); }
    @Override public void setNClob(int index, Reader reader) throws SQLException { log.record("setNClob", index, reader); }
    @Override public void setObject(int index, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        log.record("setObject", index, x, targetSqlType, scaleOrLength);
    }
    @Override public void setObject(int index, Object x, SQLType targetSqlType) throws SQLException {
        log.record("setObject", index, x, targetSqlType);
    }
}
