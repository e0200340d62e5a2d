package io.retort.jdbc;

import io.retort.events.ExecutionKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement of a sharded connection: each execution is routed and merged
 * ({@link ShardedExecution}). It has one result per execution: rows or an update count. Result
 * sets are forward-only and read-only (they may merge several databases' rows). Retort's
 * {@link RetortStatement} wraps it, as it wraps a real driver's statement.
 */
class ShardedStatement implements Statement {

    private static final ParameterBuffer NO_PARAMETERS = new ParameterBuffer();

    final ShardedConnection connection;
    final SessionStatements session;
    private ShardedExecution.Result result;
    private volatile Cancellable running;
    private List<String> batch;
    private int fetchSize;
    private int queryTimeout;
    private long maxRows;
    private int maxFieldSize;
    private boolean poolable;
    private boolean closeOnCompletion;
    private boolean closed;
    /** Tells this statement which execution is running (for cancel), made once. */
    private final java.util.function.Consumer<Cancellable> onStart = execution -> running = execution;
    /** The settings of the last execution, reused while they do not change. */
    private ShardedUnits.Settings settings;

    ShardedStatement(ShardedConnection connection) {
        this.connection = connection;
        this.session = new SessionStatements(connection);
        connection.remember(this);
    }

    final void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("statement is closed (" + connection.info.url() + "); create a new statement", "HY010");
        }
    }

    /** Runs one statement, closing the previous result first (JDBC). */
    final ShardedExecution.Result execute(String sql, ParameterBuffer parameters, ExecutionKind kind, boolean generatedKeys)
            throws SQLException {
        checkOpen();
        closeResult();
        try {
            result = ShardedExecution.run(connection, session, sql, parameters, kind, settings(generatedKeys), shapes(),
                    onStart);
        } finally {
            running = null;
        }
        return result;
    }

    /** What every physical statement of an execution is asked for (kept until a setting changes). */
    private ShardedUnits.Settings settings(boolean generatedKeys) {
        ShardedUnits.Settings s = settings;
        if (s == null || s.fetchSize() != fetchSize || s.queryTimeout() != queryTimeout || s.generatedKeys() != generatedKeys) {
            s = settings = new ShardedUnits.Settings(fetchSize, queryTimeout, generatedKeys);
        }
        return s;
    }

    /** Where executions find plans and route templates: the shared caches (a prepared statement keeps its own). */
    ShardedExecution.Shapes shapes() {
        return connection.runtime;
    }

    private void closeResult() throws SQLException {
        ShardedExecution.Result old = result;
        result = null;
        if (old != null) {
            try {
                if (old.rows() != null) {
                    old.rows().close();
                }
                if (old.generatedKeys() != null) {
                    old.generatedKeys().close();
                }
            } finally {
                release(old);
            }
        }
    }

    /** The application closed this statement's rows (through Retort's result set): release what they held. */
    final void rowsClosed() throws SQLException {
        ShardedExecution.Result current = result;
        if (current != null) {
            release(current);
        }
    }

    private static void release(ShardedExecution.Result r) throws SQLException {
        if (r.release() != null) {
            try {
                r.release().close();
            } catch (SQLException e) {
                throw e;
            } catch (Exception e) {
                throw new SQLException("could not release the shard connections of a result: " + e, "HY000", e);
            }
        }
    }

    static SQLException noRows(String sql) {
        return new SQLException("the statement returned no rows; use executeUpdate or execute: " + RetortErrors.abbreviate(sql), "02000");
    }

    static SQLException rows(String sql) {
        return new SQLException("the statement returned rows; use executeQuery or execute: " + RetortErrors.abbreviate(sql), "21000");
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        ShardedExecution.Result r = execute(sql, NO_PARAMETERS, ExecutionKind.QUERY, false);
        if (r.rows() == null) {
            throw noRows(sql);
        }
        return r.rows();
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        return (int) executeLargeUpdate(sql);
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        return update(sql, false);
    }

    final long update(String sql, boolean keys) throws SQLException {
        ShardedExecution.Result r = execute(sql, NO_PARAMETERS, ExecutionKind.UPDATE, keys);
        if (r.rows() != null) {
            closeResult();
            throw rows(sql);
        }
        return r.updateCount();
    }

    @Override public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException { return (int) update(sql, autoGeneratedKeys == RETURN_GENERATED_KEYS); }
    @Override public int executeUpdate(String sql, int[] columnIndexes) throws SQLException { return (int) update(sql, true); }
    @Override public int executeUpdate(String sql, String[] columnNames) throws SQLException { return (int) update(sql, true); }
    @Override public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException { return update(sql, autoGeneratedKeys == RETURN_GENERATED_KEYS); }
    @Override public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException { return update(sql, true); }
    @Override public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException { return update(sql, true); }

    @Override
    public boolean execute(String sql) throws SQLException {
        return execute(sql, NO_PARAMETERS, ExecutionKind.EXECUTE, false).rows() != null;
    }

    @Override public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        return execute(sql, NO_PARAMETERS, ExecutionKind.EXECUTE, autoGeneratedKeys == RETURN_GENERATED_KEYS).rows() != null;
    }
    @Override public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        return execute(sql, NO_PARAMETERS, ExecutionKind.EXECUTE, true).rows() != null;
    }
    @Override public boolean execute(String sql, String[] columnNames) throws SQLException {
        return execute(sql, NO_PARAMETERS, ExecutionKind.EXECUTE, true).rows() != null;
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        checkOpen();
        return result == null ? null : result.rows();
    }

    @Override
    public int getUpdateCount() throws SQLException {
        return (int) Math.min(getLargeUpdateCount(), Integer.MAX_VALUE);
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        checkOpen();
        return result == null || result.rows() != null ? -1 : result.updateCount();
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        return getMoreResults(CLOSE_CURRENT_RESULT);
    }

    /** There is one result per execution: after it, no more. */
    @Override
    public boolean getMoreResults(int current) throws SQLException {
        checkOpen();
        if (current != KEEP_CURRENT_RESULT) {
            closeResult();
        } else {
            result = null;
        }
        return false;
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        checkOpen();
        if (result == null || result.generatedKeys() == null) {
            return InMemoryResults.of(List.of(InMemoryResults.text("GENERATED_KEY")), List.of());
        }
        return result.generatedKeys();
    }

    // ---- batches: each statement is routed on its own ----

    @Override
    public void addBatch(String sql) throws SQLException {
        checkOpen();
        if (batch == null) {
            batch = new ArrayList<>();
        }
        batch.add(sql);
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch = null;
    }

    @Override
    public int[] executeBatch() throws SQLException {
        long[] counts = executeLargeBatch();
        int[] out = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = (int) Math.min(counts[i], Integer.MAX_VALUE);
        }
        return out;
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        List<String> sqls = batch == null ? List.of() : batch;
        batch = null;
        long[] counts = new long[sqls.size()];
        for (int i = 0; i < counts.length; i++) {
            try {
                counts[i] = update(sqls.get(i), false);
            } catch (SQLException e) {
                throw BatchFailures.failed(e, counts, i);
            }
        }
        return counts;
    }

    // ---- settings ----

    @Override public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw new SQLException("fetch size must not be negative: " + rows, "HY024");
        }
        fetchSize = rows;
    }
    @Override public int getFetchSize() throws SQLException { checkOpen(); return fetchSize; }
    @Override public void setQueryTimeout(int seconds) throws SQLException {
        checkOpen();
        if (seconds < 0) {
            throw new SQLException("query timeout must not be negative: " + seconds, "HY024");
        }
        queryTimeout = seconds;
    }
    @Override public int getQueryTimeout() throws SQLException { checkOpen(); return queryTimeout; }
    @Override public void setMaxRows(int max) throws SQLException { setLargeMaxRows(max); }
    @Override public int getMaxRows() throws SQLException { return (int) Math.min(getLargeMaxRows(), Integer.MAX_VALUE); }
    @Override public void setLargeMaxRows(long max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw new SQLException("max rows must not be negative: " + max, "HY024");
        }
        if (max > 0) {
            throw new SQLFeatureNotSupportedException("setMaxRows is not supported on a sharded configuration: add a LIMIT"
                    + " to the query, which is applied after merging", "0A000");
        }
        maxRows = max;
    }
    @Override public long getLargeMaxRows() throws SQLException { checkOpen(); return maxRows; }
    @Override public void setMaxFieldSize(int max) throws SQLException { checkOpen(); maxFieldSize = max; }
    @Override public int getMaxFieldSize() throws SQLException { checkOpen(); return maxFieldSize; }
    @Override public void setEscapeProcessing(boolean enable) throws SQLException { checkOpen(); }
    @Override public void setPoolable(boolean value) throws SQLException { checkOpen(); poolable = value; }
    @Override public boolean isPoolable() throws SQLException { checkOpen(); return poolable; }
    @Override public void setCursorName(String name) throws SQLException {
        checkOpen();
        throw new SQLFeatureNotSupportedException("named cursors are not supported on a sharded configuration", "0A000");
    }
    @Override public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != ResultSet.FETCH_FORWARD) {
            throw new SQLFeatureNotSupportedException("sharded results are read forward only", "0A000");
        }
    }
    @Override public int getFetchDirection() throws SQLException { checkOpen(); return ResultSet.FETCH_FORWARD; }
    @Override public int getResultSetConcurrency() throws SQLException { checkOpen(); return ResultSet.CONCUR_READ_ONLY; }
    @Override public int getResultSetType() throws SQLException { checkOpen(); return ResultSet.TYPE_FORWARD_ONLY; }
    @Override public int getResultSetHoldability() throws SQLException { checkOpen(); return ResultSet.CLOSE_CURSORS_AT_COMMIT; }
    @Override public SQLWarning getWarnings() throws SQLException { checkOpen(); return null; }
    @Override public void clearWarnings() throws SQLException { checkOpen(); }
    @Override public void closeOnCompletion() throws SQLException { checkOpen(); closeOnCompletion = true; }
    @Override public boolean isCloseOnCompletion() throws SQLException { checkOpen(); return closeOnCompletion; }

    /** Cancels what runs now: the physical statements of the current execution, on every data source. */
    @Override
    public void cancel() throws SQLException {
        checkOpen();
        Cancellable units = running;
        if (units != null) {
            units.cancelAll();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        checkOpen();
        return connection;
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        connection.forget(this);
        closeResult();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException(getClass().getSimpleName() + " is not a wrapper for " + iface.getName(), "HY000");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
