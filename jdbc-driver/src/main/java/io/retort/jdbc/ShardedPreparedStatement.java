package io.retort.jdbc;

import io.retort.events.ExecutionKind;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/**
 * A prepared statement of a sharded connection. Parameters are recorded and bound per physical
 * statement at execution, in each one's order (routing reads the sharding values from them).
 * Each batch row is routed on its own.
 */
final class ShardedPreparedStatement extends ShardedStatement implements PreparedStatement {

    private final String sql;
    private final boolean generatedKeys;
    private final Shapes shapes;
    private final ParameterBuffer params = new ParameterBuffer();
    private List<ParameterBuffer> batch;

    ShardedPreparedStatement(ShardedConnection connection, String sql, boolean generatedKeys) throws SQLException {
        super(connection);
        this.sql = sql;
        this.generatedKeys = generatedKeys;
        this.shapes = new Shapes(connection.runtime, connection.runtime.plan(sql)); // parsed now: executions only route
    }

    /** This statement's plan and its route template, kept: an execution looks neither up. */
    private static final class Shapes implements ShardedExecution.Shapes {
        private final ShardedRuntime runtime;
        private final Plan plan;
        private io.retort.sharding.route.RouteTemplate template;

        Shapes(ShardedRuntime runtime, Plan plan) {
            this.runtime = runtime;
            this.plan = plan;
        }

        @Override
        public Plan plan(String sql) {
            return sql.equals(plan.sql) ? plan : runtime.plan(sql);
        }

        @Override
        public io.retort.sharding.route.RouteTemplate template(io.retort.sql.Statement model) {
            if (model != plan.model) {
                return runtime.template(model); // a transformer changed it
            }
            if (template == null) {
                template = runtime.template(model);
            }
            return template;
        }
    }

    @Override
    ShardedExecution.Shapes shapes() {
        return shapes;
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        ShardedExecution.Result r = execute(sql, params, ExecutionKind.QUERY, false);
        if (r.rows() == null) {
            throw noRows(sql);
        }
        return r.rows();
    }

    @Override
    public int executeUpdate() throws SQLException {
        return (int) executeLargeUpdate();
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        ShardedExecution.Result r = execute(sql, params, ExecutionKind.UPDATE, generatedKeys);
        if (r.rows() != null) {
            r.rows().close();
            throw rows(sql);
        }
        return r.updateCount();
    }

    @Override
    public boolean execute() throws SQLException {
        return execute(sql, params, ExecutionKind.EXECUTE, generatedKeys).rows() != null;
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        if (batch == null) {
            batch = new ArrayList<>();
        }
        batch.add(params.copy());
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch = null;
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        List<ParameterBuffer> rows = batch == null ? List.of() : batch;
        batch = null;
        long[] counts = new long[rows.size()];
        for (int i = 0; i < counts.length; i++) {
            try {
                ShardedExecution.Result r = execute(sql, rows.get(i), ExecutionKind.BATCH, false);
                if (r.rows() != null) {
                    r.rows().close();
                    throw rows(sql);
                }
                counts[i] = r.updateCount();
            } catch (SQLException e) {
                throw BatchFailures.failed(e, counts, i);
            }
        }
        return counts;
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        params.clear();
    }

    /** Unknown until the statement runs: its rows may come from several databases. */
    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        checkOpen();
        throw new SQLFeatureNotSupportedException("parameter metadata is not available on a sharded configuration: the"
                + " statement runs as different physical statements on several databases", "0A000");
    }

    // ---- parameters: recorded, bound per physical statement at execution ----

    /** Records one parameter with its setter, for binding per physical statement at execution. */
    private void set(int index, Object value, ParameterBuffer.Binder binder) throws SQLException {
        checkOpen();
        params.set(index, value, binder);
    }


    @Override public void setArray(int index, Array x) throws SQLException { set(index, x, (p, i) -> p.setArray(i, RetortArray.real(x))); }
    @Override public void setAsciiStream(int index, InputStream x) throws SQLException { set(index, x, (p, i) -> p.setAsciiStream(i, x)); }
    @Override public void setAsciiStream(int index, InputStream x, int length) throws SQLException { set(index, x, (p, i) -> p.setAsciiStream(i, x, length)); }
    @Override public void setAsciiStream(int index, InputStream x, long length) throws SQLException { set(index, x, (p, i) -> p.setAsciiStream(i, x, length)); }
    @Override public void setBigDecimal(int index, BigDecimal x) throws SQLException { set(index, x, (p, i) -> p.setBigDecimal(i, x)); }
    @Override public void setBinaryStream(int index, InputStream x) throws SQLException { set(index, x, (p, i) -> p.setBinaryStream(i, x)); }
    @Override public void setBinaryStream(int index, InputStream x, int length) throws SQLException { set(index, x, (p, i) -> p.setBinaryStream(i, x, length)); }
    @Override public void setBinaryStream(int index, InputStream x, long length) throws SQLException { set(index, x, (p, i) -> p.setBinaryStream(i, x, length)); }
    @Override public void setBlob(int index, Blob x) throws SQLException { set(index, x, (p, i) -> p.setBlob(i, x)); }
    @Override public void setBlob(int index, InputStream inputStream) throws SQLException { set(index, inputStream, (p, i) -> p.setBlob(i, inputStream)); }
    @Override public void setBlob(int index, InputStream inputStream, long length) throws SQLException { set(index, inputStream, (p, i) -> p.setBlob(i, inputStream, length)); }
    @Override public void setBoolean(int index, boolean x) throws SQLException { set(index, x, (p, i) -> p.setBoolean(i, x)); }
    @Override public void setByte(int index, byte x) throws SQLException { set(index, x, (p, i) -> p.setByte(i, x)); }
    @Override public void setBytes(int index, byte[] x) throws SQLException { set(index, x, (p, i) -> p.setBytes(i, x)); }
    @Override public void setCharacterStream(int index, Reader reader) throws SQLException { set(index, reader, (p, i) -> p.setCharacterStream(i, reader)); }
    @Override public void setCharacterStream(int index, Reader reader, int length) throws SQLException { set(index, reader, (p, i) -> p.setCharacterStream(i, reader, length)); }
    @Override public void setCharacterStream(int index, Reader reader, long length) throws SQLException { set(index, reader, (p, i) -> p.setCharacterStream(i, reader, length)); }
    @Override public void setClob(int index, Clob x) throws SQLException { set(index, x, (p, i) -> p.setClob(i, x)); }
    @Override public void setClob(int index, Reader reader) throws SQLException { set(index, reader, (p, i) -> p.setClob(i, reader)); }
    @Override public void setClob(int index, Reader reader, long length) throws SQLException { set(index, reader, (p, i) -> p.setClob(i, reader, length)); }
    @Override public void setDate(int index, java.sql.Date x) throws SQLException { set(index, x, (p, i) -> p.setDate(i, x)); }
    @Override public void setDate(int index, java.sql.Date x, Calendar cal) throws SQLException { set(index, x, (p, i) -> p.setDate(i, x, cal)); }
    @Override public void setDouble(int index, double x) throws SQLException { set(index, x, (p, i) -> p.setDouble(i, x)); }
    @Override public void setFloat(int index, float x) throws SQLException { set(index, x, (p, i) -> p.setFloat(i, x)); }
    @Override public void setInt(int index, int x) throws SQLException { set(index, x, (p, i) -> p.setInt(i, x)); }
    @Override public void setLong(int index, long x) throws SQLException { set(index, x, (p, i) -> p.setLong(i, x)); }
    @Override public void setNCharacterStream(int index, Reader value) throws SQLException { set(index, value, (p, i) -> p.setNCharacterStream(i, value)); }
    @Override public void setNCharacterStream(int index, Reader value, long length) throws SQLException { set(index, value, (p, i) -> p.setNCharacterStream(i, value, length)); }
    @Override public void setNClob(int index, NClob value) throws SQLException { set(index, value, (p, i) -> p.setNClob(i, value)); }
    @Override public void setNClob(int index, Reader reader) throws SQLException { set(index, reader, (p, i) -> p.setNClob(i, reader)); }
    @Override public void setNClob(int index, Reader reader, long length) throws SQLException { set(index, reader, (p, i) -> p.setNClob(i, reader, length)); }
    @Override public void setNString(int index, String value) throws SQLException { set(index, value, (p, i) -> p.setNString(i, value)); }
    @Override public void setNull(int index, int sqlType) throws SQLException { set(index, null, (p, i) -> p.setNull(i, sqlType)); }
    @Override public void setNull(int index, int sqlType, String typeName) throws SQLException { set(index, null, (p, i) -> p.setNull(i, sqlType, typeName)); }
    @Override public void setObject(int index, Object x) throws SQLException { set(index, x, (p, i) -> p.setObject(i, RetortArray.real(x))); }
    @Override public void setObject(int index, Object x, SQLType targetSqlType) throws SQLException { set(index, x, (p, i) -> p.setObject(i, RetortArray.real(x), targetSqlType)); }
    @Override public void setObject(int index, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException { set(index, x, (p, i) -> p.setObject(i, RetortArray.real(x), targetSqlType, scaleOrLength)); }
    @Override public void setObject(int index, Object x, int targetSqlType) throws SQLException { set(index, x, (p, i) -> p.setObject(i, RetortArray.real(x), targetSqlType)); }
    @Override public void setObject(int index, Object x, int targetSqlType, int scaleOrLength) throws SQLException { set(index, x, (p, i) -> p.setObject(i, RetortArray.real(x), targetSqlType, scaleOrLength)); }
    @Override public void setRef(int index, Ref x) throws SQLException { set(index, x, (p, i) -> p.setRef(i, x)); }
    @Override public void setRowId(int index, RowId x) throws SQLException { set(index, x, (p, i) -> p.setRowId(i, x)); }
    @Override public void setSQLXML(int index, SQLXML xmlObject) throws SQLException { set(index, xmlObject, (p, i) -> p.setSQLXML(i, xmlObject)); }
    @Override public void setShort(int index, short x) throws SQLException { set(index, x, (p, i) -> p.setShort(i, x)); }
    @Override public void setString(int index, String x) throws SQLException { set(index, x, (p, i) -> p.setString(i, x)); }
    @Override public void setTime(int index, java.sql.Time x) throws SQLException { set(index, x, (p, i) -> p.setTime(i, x)); }
    @Override public void setTime(int index, java.sql.Time x, Calendar cal) throws SQLException { set(index, x, (p, i) -> p.setTime(i, x, cal)); }
    @Override public void setTimestamp(int index, java.sql.Timestamp x) throws SQLException { set(index, x, (p, i) -> p.setTimestamp(i, x)); }
    @Override public void setTimestamp(int index, java.sql.Timestamp x, Calendar cal) throws SQLException { set(index, x, (p, i) -> p.setTimestamp(i, x, cal)); }
    @Override public void setURL(int index, URL x) throws SQLException { set(index, x, (p, i) -> p.setURL(i, x)); }
    @Override public void setUnicodeStream(int index, InputStream x, int length) throws SQLException { set(index, x, (p, i) -> p.setUnicodeStream(i, x, length)); }
}
