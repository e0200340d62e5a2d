package io.retort.jdbc;

import io.retort.events.CursorEvent;
import io.retort.events.ExecutionKind;
import io.retort.events.Listeners;
import io.retort.events.Parameters;
import io.retort.events.StatementEvent;
import io.retort.sql.Statement;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A prepared statement whose physical SQL is not simply the application's: translated with
 * parameters in another order ({@link ExecutionPath#TRANSLATED}), or observed and possibly changed
 * by listeners on every execution ({@link ExecutionPath#MANAGED}).
 *
 * <p>Parameters are recorded (value and setter) and bound in the physical order at execution. When
 * a transformer changes the statement, the changed tree is rendered (cached) and, if its SQL differs
 * from the current real statement's, another real statement is prepared, set up like the first,
 * and kept for later executions.
 */
final class PipelinePreparedStatement extends RetortPreparedStatement {

    /** Prepares a real statement for a physical SQL text, with the application's prepare arguments. */
    @FunctionalInterface
    interface Preparer {
        PreparedStatement prepare(String sql) throws SQLException;
    }

    private final StatementPipeline pipeline;
    private final PlanSource plan;
    private final Physical untransformed;
    private final Preparer preparer;
    private final ParameterBuffer params = new ParameterBuffer();
    private final StatementSettings settings = new StatementSettings();
    /** Real statements by physical SQL; the first is the one prepared with the statement. */
    private final Map<String, PreparedStatement> physicalStatements = new LinkedHashMap<>(2);
    private List<ParameterBuffer> batch;
    /**
     * Observers only, physical SQL = the application's: parameters go straight to the real statement
     * (their values are kept for the events), nothing is replayed at execution.
     */
    private final boolean direct;
    private Statement lastModel;
    private Physical lastPhysical;
    /** DDL translated with schema information: once it has run, the translator's schema cache is out of date. */
    private final boolean changesSchema;

    PipelinePreparedStatement(RetortConnection connection, PreparedStatement real, String sql, StatementPipeline pipeline,
            PlanSource plan, Physical untransformed, Preparer preparer) {
        super(connection, real, sql);
        this.pipeline = pipeline;
        this.plan = plan;
        this.untransformed = untransformed;
        this.preparer = preparer;
        this.direct = pipeline.managed() && untransformed.inSourceOrder && !pipeline.listeners.transformsStatements()
                && !pipeline.listeners.transformsPhysicalSql();
        physicalStatements.put(untransformed.sql, real);
        this.changesSchema = pipeline.tracksSchema() && TranslationSchema.changesSchema(plan.model());
    }

    // ---- execution ----

    @Override
    public ResultSet executeQuery() throws SQLException {
        return results(run(ExecutionKind.QUERY, PreparedStatement::executeQuery, rs -> -1L));
    }

    @Override
    public int executeUpdate() throws SQLException {
        return run(ExecutionKind.UPDATE, PreparedStatement::executeUpdate, count -> (long) count);
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        return run(ExecutionKind.UPDATE, PreparedStatement::executeLargeUpdate, count -> count);
    }

    @Override
    public boolean execute() throws SQLException {
        return run(ExecutionKind.EXECUTE, PreparedStatement::execute, this::updateCountOf);
    }

    @Override
    public int[] executeBatch() throws SQLException {
        int[] counts = runBatch(PreparedStatement::executeBatch, c -> sum(c));
        return counts;
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        return runBatch(PreparedStatement::executeLargeBatch, PipelinePreparedStatement::sum);
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        if (batch == null) {
            batch = new ArrayList<>();
        }
        batch.add(params.copy());
        if (direct) {
            ps.addBatch();
        }
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch = null;
        ps.clearBatch();
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        params.clear();
        ps.clearParameters();
    }

    @FunctionalInterface
    private interface Call<T> {
        T run(PreparedStatement ps) throws SQLException;
    }

    private <T> T run(ExecutionKind kind, Call<T> call, ObservedExecution.RowCount<T> rowCount) throws SQLException {
        if (!changesSchema) {
            return runOnce(kind, call, rowCount);
        }
        try {
            return runOnce(kind, call, rowCount);
        } finally {
            pipeline.executed(plan.model());
        }
    }

    private <T> T runOnce(ExecutionKind kind, Call<T> call, ObservedExecution.RowCount<T> rowCount) throws SQLException {
        beforeExecute();
        if (!pipeline.managed()) {
            untransformed.bind(ps, params, pipeline.listeners, null);
            return call.run(ps);
        }
        ObservedExecution execution = new ObservedExecution(connection,
                new StatementEvent(pipeline.info, sql, kind, params.view(), List.of(), plan));
        PreparedStatement target;
        CursorEvent cursor;
        try {
            Physical physical = physicalFor(execution.event);
            execution.before();
            Parameters values = physical.parameters(params, pipeline.listeners, execution.event);
            cursor = execution.cursor(physical.sql, values);
            target = use(cursor.sql());
            if (!direct) {
                physical.bind(target, params, values);
            }
        } catch (SQLException e) {
            throw execution.refused(e);
        }
        return execution.run(cursor, () -> call.run(target), rowCount);
    }

    private <T> T runBatch(Call<T> call, ObservedExecution.RowCount<T> rowCount) throws SQLException {
        if (!changesSchema) {
            return runBatchOnce(call, rowCount);
        }
        try {
            return runBatchOnce(call, rowCount);
        } finally {
            pipeline.executed(plan.model());
        }
    }

    private <T> T runBatchOnce(Call<T> call, ObservedExecution.RowCount<T> rowCount) throws SQLException {
        beforeExecute();
        List<ParameterBuffer> rows = batch == null ? List.of() : batch;
        batch = null;
        if (!pipeline.managed()) {
            for (ParameterBuffer row : rows) {
                untransformed.bind(ps, row, pipeline.listeners, null);
                ps.addBatch();
            }
            return call.run(ps);
        }
        List<Parameters> views = new ArrayList<>(rows.size());
        for (ParameterBuffer row : rows) {
            views.add(row.view());
        }
        ObservedExecution execution = new ObservedExecution(connection,
                new StatementEvent(pipeline.info, sql, ExecutionKind.BATCH, params.view(), views, plan));
        PreparedStatement target;
        CursorEvent cursor;
        try {
            Physical physical = physicalFor(execution.event);
            execution.before();
            cursor = execution.cursor(physical.sql, rows.isEmpty() ? Parameters.NONE
                    : physical.parameters(rows.get(rows.size() - 1), pipeline.listeners, execution.event));
            target = use(cursor.sql());
            if (!direct) {
                for (ParameterBuffer row : rows) {
                    physical.bind(target, row, pipeline.listeners, execution.event);
                    target.addBatch();
                }
            }
        } catch (SQLException e) {
            throw execution.refused(e);
        }
        return execution.run(cursor, () -> call.run(target), rowCount);
    }

    /** The physical form for this execution: the transformers' model rendered, or the untransformed form. */
    private Physical physicalFor(StatementEvent event) throws SQLException {
        Listeners listeners = pipeline.listeners;
        if (!listeners.transformsStatements()) {
            return untransformed;
        }
        Statement original = plan.model();
        if (pipeline.strict && original instanceof io.retort.sql.Passthrough) {
            pipeline.plan(sql); // throws the syntax error
        }
        Statement model = listeners.transform(event, original);
        if (model == original) {
            return untransformed;
        }
        if (model != lastModel) {
            lastPhysical = pipeline.render(model);
            lastModel = model;
        }
        return lastPhysical;
    }

    /** The real statement for a physical SQL text, prepared (and set up like the others) on first use. */
    private PreparedStatement use(String physicalSql) throws SQLException {
        PreparedStatement target = physicalStatements.get(physicalSql);
        if (target == null) {
            target = preparer.prepare(physicalSql);
            try {
                settings.applyTo(target);
            } catch (SQLException e) {
                target.close();
                throw e;
            }
            physicalStatements.put(physicalSql, target);
        }
        if (target != ps) {
            ps = target;
            real = target;
        }
        return target;
    }

    private long updateCountOf(boolean isResultSet) throws SQLException {
        return isResultSet ? -1 : ps.getLargeUpdateCount();
    }

    private static long sum(int[] counts) {
        long total = 0;
        for (int c : counts) {
            total += Math.max(c, 0);
        }
        return total;
    }

    private static long sum(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += Math.max(c, 0);
        }
        return total;
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        SQLException failure = null;
        for (PreparedStatement other : physicalStatements.values()) {
            if (other != ps) {
                try {
                    other.close();
                } catch (SQLException e) {
                    failure = e;
                }
            }
        }
        super.close();
        if (failure != null) {
            throw failure;
        }
    }

    // ---- settings, kept for real statements prepared later ----

    @Override public void setFetchSize(int rows) throws SQLException { super.setFetchSize(rows); settings.fetchSize(rows); }
    @Override public void setFetchDirection(int direction) throws SQLException { super.setFetchDirection(direction); settings.fetchDirection(direction); }
    @Override public void setMaxRows(int max) throws SQLException { super.setMaxRows(max); settings.maxRows(max); }
    @Override public void setLargeMaxRows(long max) throws SQLException { super.setLargeMaxRows(max); settings.maxRows(max); }
    @Override public void setMaxFieldSize(int max) throws SQLException { super.setMaxFieldSize(max); settings.maxFieldSize(max); }
    @Override public void setQueryTimeout(int seconds) throws SQLException { super.setQueryTimeout(seconds); settings.queryTimeout(seconds); }
    @Override public void setEscapeProcessing(boolean enable) throws SQLException { super.setEscapeProcessing(enable); settings.escapeProcessing(enable); }
    @Override public void setPoolable(boolean poolable) throws SQLException { super.setPoolable(poolable); settings.poolable(poolable); }
    @Override public void setCursorName(String name) throws SQLException { super.setCursorName(name); settings.cursorName(name); }

    // ---- parameters: recorded, bound in the physical order at execution ----

    /**
     * Records one parameter: set straight on the real statement when nothing changes its SQL
     * ({@link #direct}, the value kept for the events), otherwise kept with its setter for binding in
     * the physical order at execution.
     */
    private void set(int index, Object value, ParameterBuffer.Binder binder) throws SQLException {
        checkOpen();
        if (direct) {
            binder.bind(ps, index);
            params.record(index, value);
        } else {
            params.set(index, value, binder);
        }
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
