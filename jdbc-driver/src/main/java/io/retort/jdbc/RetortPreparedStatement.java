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

/**
 * A prepared statement through Retort: see {@link RetortStatement}. Executing it is one delegation
 * and, for a query, one small wrapper for the result set. A {@link RetortArray} given as a
 * parameter reaches the real driver as the real array it wraps.
 */
public sealed class RetortPreparedStatement extends RetortStatement implements PreparedStatement
        permits RetortCallableStatement, PipelinePreparedStatement {

    PreparedStatement ps;
    final String sql;

    RetortPreparedStatement(RetortConnection connection, PreparedStatement ps, String sql) {
        super(connection, ps);
        this.ps = ps;
        this.sql = sql;
    }

    @Override
    final String sql() {
        return sql;
    }

    @Override
    final String batchText() {
        return sql;
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        beforeExecute();
        return results(StatementLog.enabled() ? StatementLog.query(connection, sql, ps::executeQuery) : ps.executeQuery());
    }

    @Override
    public int executeUpdate() throws SQLException {
        beforeExecute();
        return StatementLog.enabled() ? StatementLog.update(connection, sql, ps::executeUpdate) : ps.executeUpdate();
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        beforeExecute();
        return StatementLog.enabled() ? StatementLog.largeUpdate(connection, sql, ps::executeLargeUpdate) : ps.executeLargeUpdate();
    }

    @Override
    public boolean execute() throws SQLException {
        beforeExecute();
        return StatementLog.enabled() ? StatementLog.execute(connection, ps, sql, ps::execute) : ps.execute();
    }

    // Plain delegation.
    @Override public void setNull(int index, int sqlType) throws SQLException { checkOpen(); ps.setNull(index, sqlType); }
    @Override public void setBoolean(int index, boolean x) throws SQLException { checkOpen(); ps.setBoolean(index, x); }
    @Override public void setByte(int index, byte x) throws SQLException { checkOpen(); ps.setByte(index, x); }
    @Override public void setShort(int index, short x) throws SQLException { checkOpen(); ps.setShort(index, x); }
    @Override public void setInt(int index, int x) throws SQLException { checkOpen(); ps.setInt(index, x); }
    @Override public void setLong(int index, long x) throws SQLException { checkOpen(); ps.setLong(index, x); }
    @Override public void setFloat(int index, float x) throws SQLException { checkOpen(); ps.setFloat(index, x); }
    @Override public void setDouble(int index, double x) throws SQLException { checkOpen(); ps.setDouble(index, x); }
    @Override public void setBigDecimal(int index, BigDecimal x) throws SQLException { checkOpen(); ps.setBigDecimal(index, x); }
    @Override public void setString(int index, String x) throws SQLException { checkOpen(); ps.setString(index, x); }
    @Override public void setBytes(int index, byte[] x) throws SQLException { checkOpen(); ps.setBytes(index, x); }
    @Override public void setDate(int index, java.sql.Date x) throws SQLException { checkOpen(); ps.setDate(index, x); }
    @Override public void setTime(int index, java.sql.Time x) throws SQLException { checkOpen(); ps.setTime(index, x); }
    @Override public void setTimestamp(int index, java.sql.Timestamp x) throws SQLException { checkOpen(); ps.setTimestamp(index, x); }
    @Override public void setAsciiStream(int index, InputStream x, int length) throws SQLException {
        checkOpen();
        ps.setAsciiStream(index, x, length);
    }
    @Override public void setUnicodeStream(int index, InputStream x, int length) throws SQLException {
        checkOpen();
        ps.setUnicodeStream(index, x, length);
    }
    @Override public void setBinaryStream(int index, InputStream x, int length) throws SQLException {
        checkOpen();
        ps.setBinaryStream(index, x, length);
    }
    @Override public void clearParameters() throws SQLException { checkOpen(); ps.clearParameters(); }
    @Override public void setObject(int index, Object x, int targetSqlType) throws SQLException {
        checkOpen();
        ps.setObject(index, RetortArray.real(x), targetSqlType);
    }
    @Override public void setObject(int index, Object x) throws SQLException { checkOpen(); ps.setObject(index, RetortArray.real(x)); }
    @Override public void addBatch() throws SQLException { checkOpen(); ps.addBatch(); }
    @Override public void setCharacterStream(int index, Reader reader, int length) throws SQLException {
        checkOpen();
        ps.setCharacterStream(index, reader, length);
    }
    @Override public void setRef(int index, Ref x) throws SQLException { checkOpen(); ps.setRef(index, x); }
    @Override public void setBlob(int index, Blob x) throws SQLException { checkOpen(); ps.setBlob(index, x); }
    @Override public void setClob(int index, Clob x) throws SQLException { checkOpen(); ps.setClob(index, x); }
    @Override public void setArray(int index, Array x) throws SQLException { checkOpen(); ps.setArray(index, RetortArray.real(x)); }
    @Override public ResultSetMetaData getMetaData() throws SQLException { checkOpen(); return ps.getMetaData(); }
    @Override public void setDate(int index, java.sql.Date x, Calendar cal) throws SQLException { checkOpen(); ps.setDate(index, x, cal); }
    @Override public void setTime(int index, java.sql.Time x, Calendar cal) throws SQLException { checkOpen(); ps.setTime(index, x, cal); }
    @Override public void setTimestamp(int index, java.sql.Timestamp x, Calendar cal) throws SQLException {
        checkOpen();
        ps.setTimestamp(index, x, cal);
    }
    @Override public void setNull(int index, int sqlType, String typeName) throws SQLException {
        checkOpen();
        ps.setNull(index, sqlType, typeName);
    }
    @Override public void setURL(int index, URL x) throws SQLException { checkOpen(); ps.setURL(index, x); }
    @Override public ParameterMetaData getParameterMetaData() throws SQLException { checkOpen(); return ps.getParameterMetaData(); }
    @Override public void setRowId(int index, RowId x) throws SQLException { checkOpen(); ps.setRowId(index, x); }
    @Override public void setNString(int index, String value) throws SQLException { checkOpen(); ps.setNString(index, value); }
    @Override public void setNCharacterStream(int index, Reader value, long length) throws SQLException {
        checkOpen();
        ps.setNCharacterStream(index, value, length);
    }
    @Override public void setNClob(int index, NClob value) throws SQLException { checkOpen(); ps.setNClob(index, value); }
    @Override public void setClob(int index, Reader reader, long length) throws SQLException {
        checkOpen();
        ps.setClob(index, reader, length);
    }
    @Override public void setBlob(int index, InputStream inputStream, long length) throws SQLException {
        checkOpen();
        ps.setBlob(index, inputStream, length);
    }
    @Override public void setNClob(int index, Reader reader, long length) throws SQLException {
        checkOpen();
        ps.setNClob(index, reader, length);
    }
    @Override public void setSQLXML(int index, SQLXML xmlObject) throws SQLException { checkOpen(); ps.setSQLXML(index, xmlObject); }
    @Override public void setObject(int index, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        checkOpen();
        ps.setObject(index, RetortArray.real(x), targetSqlType, scaleOrLength);
    }
    @Override public void setAsciiStream(int index, InputStream x, long length) throws SQLException {
        checkOpen();
        ps.setAsciiStream(index, x, length);
    }
    @Override public void setBinaryStream(int index, InputStream x, long length) throws SQLException {
        checkOpen();
        ps.setBinaryStream(index, x, length);
    }
    @Override public void setCharacterStream(int index, Reader reader, long length) throws SQLException {
        checkOpen();
        ps.setCharacterStream(index, reader, length);
    }
    @Override public void setAsciiStream(int index, InputStream x) throws SQLException { checkOpen(); ps.setAsciiStream(index, x); }
    @Override public void setBinaryStream(int index, InputStream x) throws SQLException { checkOpen(); ps.setBinaryStream(index, x); }
    @Override public void setCharacterStream(int index, Reader reader) throws SQLException {
        checkOpen();
        ps.setCharacterStream(index, reader);
    }
    @Override public void setNCharacterStream(int index, Reader value) throws SQLException {
        checkOpen();
        ps.setNCharacterStream(index, value);
    }
    @Override public void setClob(int index, Reader reader) throws SQLException { checkOpen(); ps.setClob(index, reader); }
    @Override public void setBlob(int index, InputStream inputStream) throws SQLException { checkOpen(); ps.setBlob(index, inputStream); }
    @Override public void setNClob(int index, Reader reader) throws SQLException { checkOpen(); ps.setNClob(index, reader); }
    @Override public void setObject(int index, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        checkOpen();
        ps.setObject(index, RetortArray.real(x), targetSqlType, scaleOrLength);
    }
    @Override public void setObject(int index, Object x, SQLType targetSqlType) throws SQLException {
        checkOpen();
        ps.setObject(index, RetortArray.real(x), targetSqlType);
    }
}
