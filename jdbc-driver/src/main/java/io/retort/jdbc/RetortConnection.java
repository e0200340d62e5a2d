package io.retort.jdbc;

import io.retort.events.TransactionEvent;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.ClientInfoStatus;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.ShardingKey;
import java.sql.Statement;
import java.sql.Struct;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;
import org.slf4j.LoggerFactory;

/**
 * A connection through Retort: wraps the real driver's connection, hands out Retort statements
 * (so {@code getConnection()} on them returns this object), closes them when it closes, and
 * refuses every call once closed with SQLState 08003, without touching the real connection.
 * Everything else goes to the real connection unchanged, including its exceptions.
 *
 * <pre>{@code
 * try (Connection c = DriverManager.getConnection("jdbc:retort:postgresql://127.0.0.1:5432/shop", "app", secret)) {
 *     PGConnection pg = c.unwrap(PGConnection.class);       // the real driver's connection
 *     boolean retort = c.isWrapperFor(RetortConnection.class); // true
 * }
 * }</pre>
 *
 * <p>Plain delegations are written one per line; methods that do more are written out in full.
 */
public final class RetortConnection implements Connection, io.retort.sql.ModelHandoff {

    final Connection real;
    private final RetortUrl url;
    private final RetortOptions options;
    private volatile StatementPipeline pipeline;
    private final OpenStatements openStatements = new OpenStatements();
    private final TransactionEvents transactions;
    private volatile boolean closed;
    private RetortDatabaseMetaData metaData;

    RetortConnection(Connection real, RetortUrl url, RetortOptions options, StatementPipeline pipeline) throws SQLException {
        this.real = real;
        this.url = url;
        this.options = options;
        this.pipeline = pipeline;
        this.transactions = new TransactionEvents(this);
        transactions.connected(pipeline);
    }

    /** Called once the connection is ready: connection observers hear of it. */
    void opened() throws SQLException {
        transactions.opened();
    }

    StatementPipeline pipeline() {
        return pipeline;
    }

    /**
     * Adds listeners to this connection only (after those of its URL and data source). Statements
     * created from now on use them; statements created before keep the listeners they had.
     *
     * <pre>{@code
     * conn.unwrap(RetortConnection.class).listen(new StatementLog());
     * }</pre>
     */
    public void listen(io.retort.events.RetortListener... listeners) throws SQLException {
        checkOpen();
        StatementPipeline next = pipeline.withListeners(io.retort.events.Listeners.of(java.util.List.of(listeners)));
        transactions.connected(next);
        pipeline = next;
    }

    /** The route of {@code sql} on this wrapped database: one row, nothing executed (EXPLAIN ROUTE). */
    java.sql.ResultSet explainRoute(String sql) throws SQLException {
        StatementPipeline p = pipeline;
        Physical physical = p.untransformed(sql);
        return ExplainRoute.result(java.util.List.of(java.util.List.of(p.dataSource, physical.sql, "[]")));
    }

    /** Fires BEGIN when this statement starts a transaction (listeners observing transactions only). */
    void beginIfNeeded() throws SQLException {
        transactions.beginIfNeeded();
    }

    String maskedUrl() {
        return url.masked();
    }

    /** The URL the application connected with (what {@code DatabaseMetaData.getURL()} reports). */
    String retortUrl() {
        return url.url();
    }

    ExecutionPath path() {
        return pipeline.path;
    }

    RetortOptions options() {
        return options;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw RetortErrors.connectionClosed(url.masked());
        }
    }

    // ---- Statement factory: every statement of this connection is made here. The statement
    // pipeline of later versions (parse, listeners, routing, dialect rendering) plugs in at these
    // methods and at the SQL each creation method hands to the real connection.

    RetortStatement statement(Statement statement) {
        StatementPipeline p = pipeline;
        return track(p.path == ExecutionPath.PASSTHROUGH ? new RetortStatement(this, statement)
                : new PipelineStatement(this, statement, p));
    }

    /**
     * A prepared statement for the application's {@code sql}: on the passthrough path the real one
     * for the same text; otherwise the real one for the physical SQL (translated), wrapped so that
     * parameters land where the physical SQL wants them and listeners see every execution.
     */
    RetortPreparedStatement prepared(String sql, PipelinePreparedStatement.Preparer preparer) throws SQLException {
        StatementPipeline p = pipeline;
        if (p.path == ExecutionPath.PASSTHROUGH) {
            return track(new RetortPreparedStatement(this, preparer.prepare(sql), sql));
        }
        PlanSource plan;
        Physical physical;
        if (p.parsesEverything()) {
            Plan parsed = p.plan(sql);
            plan = new PlanSource(parsed);
            physical = p.untransformed(parsed);
        } else {
            plan = new PlanSource(sql, p.source);
            physical = Physical.verbatim(sql);
        }
        PreparedStatement realStatement = preparer.prepare(physical.sql);
        if (!p.managed() && physical.inSourceOrder) {
            return track(new RetortPreparedStatement(this, realStatement, physical.sql));
        }
        return track(new PipelinePreparedStatement(this, realStatement, sql, p, plan, physical, preparer));
    }

    RetortCallableStatement callable(CallableStatement statement, String sql) {
        return track(new RetortCallableStatement(this, statement, sql));
    }

    /**
     * A wrapper for a statement the real driver made by itself (behind a metadata result set, say),
     * so that {@code rs.getStatement()} never hands out a real statement. Not tracked: the
     * application did not create it, and the real connection closes it.
     */
    Statement adopt(Statement statement) {
        if (statement == null) {
            return null;
        }
        if (statement instanceof CallableStatement c) {
            return new RetortCallableStatement(this, c, null);
        }
        if (statement instanceof PreparedStatement p) {
            return new RetortPreparedStatement(this, p, null);
        }
        return new RetortStatement(this, statement);
    }

    private <S extends RetortStatement> S track(S statement) {
        synchronized (openStatements) {
            openStatements.add(statement);
        }
        return statement;
    }

    void untrack(RetortStatement statement) {
        synchronized (openStatements) {
            openStatements.remove(statement);
        }
    }

    /** Number of statements created and not yet closed (for tests and diagnostics). */
    int openStatementCount() {
        synchronized (openStatements) {
            return openStatements.size();
        }
    }

    private void markStatementsClosed() {
        RetortStatement[] open;
        synchronized (openStatements) {
            open = openStatements.drain();
        }
        // The real connection closes the real statements (JDBC requires it); a round trip per
        // statement here would only slow the close down.
        for (RetortStatement s : open) {
            s.markClosed();
        }
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        markStatementsClosed();
        real.close();
        transactions.closed();
    }

    @Override
    public boolean isClosed() throws SQLException {
        return closed || real.isClosed();
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        if (closed) {
            return; // JDBC: abort on a closed connection is a no-op
        }
        if (executor == null) {
            throw new SQLException("abort needs an executor to close the connection on; got null (" + url.masked() + ")");
        }
        real.abort(executor); // checks the executor and the permission first; throws and we stay open
        closed = true;
        markStatementsClosed();
        // Some drivers' abort does nothing (H2 2.x, sqlite-jdbc): the application can no longer close
        // the real connection through this closed wrapper, so close it here, off the caller's thread
        // as abort promises. After a real abort this close finds the connection closed and returns.
        executor.execute(this::closeAbortedReal);
    }

    private void closeAbortedReal() {
        try {
            if (!real.isClosed()) {
                real.close();
            }
        } catch (SQLException | RuntimeException e) {
            LoggerFactory.getLogger(RetortConnection.class).debug("{}: closing the aborted connection failed", url.masked(), e);
        }
    }

    @Override
    public boolean isValid(int timeout) throws SQLException {
        return !closed && real.isValid(timeout);
    }

    @Override public Statement createStatement() throws SQLException { checkOpen(); return statement(real.createStatement()); }
    @Override public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        checkOpen();
        return statement(real.createStatement(resultSetType, resultSetConcurrency));
    }
    @Override public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        checkOpen();
        return statement(real.createStatement(resultSetType, resultSetConcurrency, resultSetHoldability));
    }
    @Override public PreparedStatement prepareStatement(String sql) throws SQLException {
        checkOpen();
        return prepared(sql, real::prepareStatement);
    }
    @Override public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        checkOpen();
        return prepared(sql, q -> real.prepareStatement(q, autoGeneratedKeys));
    }
    @Override public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        checkOpen();
        return prepared(sql, q -> real.prepareStatement(q, columnIndexes));
    }
    @Override public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        checkOpen();
        return prepared(sql, q -> real.prepareStatement(q, columnNames));
    }
    @Override public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        checkOpen();
        return prepared(sql, q -> real.prepareStatement(q, resultSetType, resultSetConcurrency));
    }
    @Override public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency,
            int resultSetHoldability) throws SQLException {
        checkOpen();
        return prepared(sql, q -> real.prepareStatement(q, resultSetType, resultSetConcurrency, resultSetHoldability));
    }
    @Override public CallableStatement prepareCall(String sql) throws SQLException {
        checkOpen();
        return callable(real.prepareCall(sql), sql);
    }
    @Override public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        checkOpen();
        return callable(real.prepareCall(sql, resultSetType, resultSetConcurrency), sql);
    }
    @Override public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency,
            int resultSetHoldability) throws SQLException {
        checkOpen();
        return callable(real.prepareCall(sql, resultSetType, resultSetConcurrency, resultSetHoldability), sql);
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        DatabaseMetaData m = real.getMetaData();
        RetortDatabaseMetaData wrapper = metaData;
        if (wrapper == null || wrapper.real != m) {
            metaData = wrapper = new RetortDatabaseMetaData(this, m);
        }
        return wrapper;
    }

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        checkOpen();
        return RetortArray.wrap(this, real.createArrayOf(typeName, RetortArray.realElements(elements)));
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        checkOpen();
        return real.createStruct(typeName, RetortArray.realElements(attributes));
    }

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        if (closed) {
            throw clientInfoOnClosed(Map.of(String.valueOf(name), ClientInfoStatus.REASON_UNKNOWN));
        }
        real.setClientInfo(name, value);
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        if (closed) {
            Map<String, ClientInfoStatus> failed = new HashMap<>();
            if (properties != null) {
                properties.stringPropertyNames().forEach(n -> failed.put(n, ClientInfoStatus.REASON_UNKNOWN));
            }
            throw clientInfoOnClosed(failed);
        }
        real.setClientInfo(properties);
    }

    private SQLClientInfoException clientInfoOnClosed(Map<String, ClientInfoStatus> failed) {
        SQLException closedError = RetortErrors.connectionClosed(url.masked());
        return new SQLClientInfoException(closedError.getMessage(), closedError.getSQLState(), failed, closedError);
    }

    /**
     * Takes a model with its rendered text (Retort's ORM does this): when this connection would
     * parse the text (listeners, translation, sharding) and reads {@code dialect}, the model becomes
     * its plan, so the text is not parsed.
     */
    @Override
    public void renderedFrom(String sql, io.retort.sql.SqlDialect dialect, io.retort.sql.Statement model) {
        java.util.Objects.requireNonNull(model, "model");
        StatementPipeline p = pipeline;
        boolean parses = real instanceof ShardedConnection sharded ? sharded.runtime.appDialect == dialect
                : p.source == dialect && (p.managed() || p.parsesEverything());
        if (parses) {
            PlanCache.offer(sql, dialect, model);
        }
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
    /** The SQL the real driver would run: the translation, when the application writes another dialect. */
    @Override public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        return real.nativeSQL(pipeline.untransformed(sql).sql);
    }
    @Override public void setAutoCommit(boolean autoCommit) throws SQLException {
        checkOpen();
        real.setAutoCommit(autoCommit);
        transactions.autoCommitChanged(autoCommit);
    }
    @Override public boolean getAutoCommit() throws SQLException { checkOpen(); return real.getAutoCommit(); }
    @Override public void commit() throws SQLException { checkOpen(); real.commit(); transactions.ended(TransactionEvent.Kind.COMMIT); }
    @Override public void rollback() throws SQLException { checkOpen(); real.rollback(); transactions.ended(TransactionEvent.Kind.ROLLBACK); }
    @Override public void setReadOnly(boolean readOnly) throws SQLException { checkOpen(); real.setReadOnly(readOnly); }
    @Override public boolean isReadOnly() throws SQLException { checkOpen(); return real.isReadOnly(); }
    @Override public void setCatalog(String catalog) throws SQLException { checkOpen(); real.setCatalog(catalog); }
    @Override public String getCatalog() throws SQLException { checkOpen(); return real.getCatalog(); }
    @Override public void setTransactionIsolation(int level) throws SQLException { checkOpen(); real.setTransactionIsolation(level); }
    @Override public int getTransactionIsolation() throws SQLException { checkOpen(); return real.getTransactionIsolation(); }
    @Override public SQLWarning getWarnings() throws SQLException { checkOpen(); return real.getWarnings(); }
    @Override public void clearWarnings() throws SQLException { checkOpen(); real.clearWarnings(); }
    @Override public Map<String, Class<?>> getTypeMap() throws SQLException { checkOpen(); return real.getTypeMap(); }
    @Override public void setTypeMap(Map<String, Class<?>> map) throws SQLException { checkOpen(); real.setTypeMap(map); }
    @Override public void setHoldability(int holdability) throws SQLException { checkOpen(); real.setHoldability(holdability); }
    @Override public int getHoldability() throws SQLException { checkOpen(); return real.getHoldability(); }
    @Override public Savepoint setSavepoint() throws SQLException {
        checkOpen();
        return transactions.savepoint(real.setSavepoint());
    }
    @Override public Savepoint setSavepoint(String name) throws SQLException {
        checkOpen();
        return transactions.savepoint(real.setSavepoint(name));
    }
    @Override public void rollback(Savepoint savepoint) throws SQLException {
        checkOpen();
        real.rollback(savepoint);
        transactions.savepointStep(TransactionEvent.Kind.ROLLBACK_TO_SAVEPOINT, savepoint);
    }
    @Override public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        checkOpen();
        real.releaseSavepoint(savepoint);
        transactions.savepointStep(TransactionEvent.Kind.RELEASE_SAVEPOINT, savepoint);
    }
    @Override public Clob createClob() throws SQLException { checkOpen(); return real.createClob(); }
    @Override public Blob createBlob() throws SQLException { checkOpen(); return real.createBlob(); }
    @Override public NClob createNClob() throws SQLException { checkOpen(); return real.createNClob(); }
    @Override public SQLXML createSQLXML() throws SQLException { checkOpen(); return real.createSQLXML(); }
    @Override public String getClientInfo(String name) throws SQLException { checkOpen(); return real.getClientInfo(name); }
    @Override public Properties getClientInfo() throws SQLException { checkOpen(); return real.getClientInfo(); }
    @Override public void setSchema(String schema) throws SQLException { checkOpen(); real.setSchema(schema); }
    @Override public String getSchema() throws SQLException { checkOpen(); return real.getSchema(); }
    @Override public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
        real.setNetworkTimeout(executor, milliseconds);
    }
    @Override public int getNetworkTimeout() throws SQLException { checkOpen(); return real.getNetworkTimeout(); }
    @Override public void beginRequest() throws SQLException { checkOpen(); real.beginRequest(); }
    @Override public void endRequest() throws SQLException { checkOpen(); real.endRequest(); }
    @Override public boolean setShardingKeyIfValid(ShardingKey shardingKey, ShardingKey superShardingKey, int timeout) throws SQLException {
        checkOpen();
        return real.setShardingKeyIfValid(shardingKey, superShardingKey, timeout);
    }
    @Override public boolean setShardingKeyIfValid(ShardingKey shardingKey, int timeout) throws SQLException {
        checkOpen();
        return real.setShardingKeyIfValid(shardingKey, timeout);
    }
    @Override public void setShardingKey(ShardingKey shardingKey, ShardingKey superShardingKey) throws SQLException {
        checkOpen();
        real.setShardingKey(shardingKey, superShardingKey);
    }
    @Override public void setShardingKey(ShardingKey shardingKey) throws SQLException { checkOpen(); real.setShardingKey(shardingKey); }

    @Override
    public String toString() {
        return "RetortConnection[" + url.masked() + (closed ? ", closed" : "") + ", real="
                + PasswordMask.url(String.valueOf(real)) + "]";
    }
}
