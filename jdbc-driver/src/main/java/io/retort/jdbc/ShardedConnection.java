package io.retort.jdbc;

import io.retort.events.ConnectionInfo;
import io.retort.events.Listeners;
import io.retort.events.PoolEvent;
import io.retort.events.TransactionEvent;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * The logical connection of a sharded configuration: no single real connection behind it, but
 * one per data source, borrowed from that data source's pool when a statement needs it. In
 * auto-commit each statement borrows its own and returns them when done (with
 * {@code connections: { mode: held }}, the first one borrowed from each data source is kept until
 * this connection closes: {@link HeldConnections}); inside a transaction the first statement to
 * reach a data source borrows its connection for the rest of the transaction (at most one per data
 * source), and commit or rollback goes to each, then all go back.
 *
 * <p>Retort's {@link RetortConnection} wraps this as if it were a real driver's connection, so
 * statements, result sets and metadata get the same wrapper behaviour as on a wrapped URL.
 */
final class ShardedConnection implements Connection {

    final ShardedRuntime runtime;
    final ConnectionInfo info;
    private final Map<String, Connection> transaction = new LinkedHashMap<>();
    private final List<ShardedSavepoint> savepoints = new ArrayList<>();
    /** Statements not yet closed: closing the connection closes them, so their results give back their connections. */
    private final java.util.Set<ShardedStatement> statements = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private Connection metadataConnection;
    /** Calcite plans of federated queries run on this connection; made on first use. */
    private FederatedStatements federatedStatements;
    /** In {@code connections: { mode: held }}: the real connections this logical connection keeps; else null. */
    private final HeldConnections held;
    /** What a held connection must be set to for this logical connection's next statement (made again when that changes). */
    private HeldConnections.State heldState;
    private boolean autoCommit = true;
    private boolean readOnly;
    private Integer isolation;
    private boolean transactionBegun;
    /** The id of the current transaction for the commit protocol (two-phase mode), null outside one. */
    private String tx;
    private volatile boolean closed;

    ShardedConnection(ShardedRuntime runtime, ConnectionInfo info) {
        this.runtime = runtime;
        this.info = info;
        io.retort.sharding.ConnectionsConfig connections = runtime.config.connections();
        this.held = connections.mode() == io.retort.sharding.ConnectionsConfig.Mode.HELD
                ? new HeldConnections(runtime, connections.statementCache()) : null;
    }

    void remember(ShardedStatement statement) {
        synchronized (statements) {
            statements.add(statement);
        }
    }

    void forget(ShardedStatement statement) {
        synchronized (statements) {
            statements.remove(statement);
        }
    }

    synchronized FederatedStatements federatedStatements() {
        if (federatedStatements == null) {
            federatedStatements = new FederatedStatements();
        }
        return federatedStatements;
    }

    Listeners listeners() {
        return runtime.listeners;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw RetortErrors.connectionClosed(info.url());
        }
    }

    // ---- real connections ----

    ShardedLease lease() throws SQLException {
        checkOpen();
        return new ShardedLease(this, autoCommit);
    }

    boolean autoCommitMode() {
        return autoCommit;
    }

    /**
     * A real connection to {@code dataSource} set up like this logical connection: the held one
     * when connections are held and it is free, else one borrowed from the pool.
     */
    Connection borrow(String dataSource) throws SQLException {
        if (held != null) {
            HeldConnections.State want = heldState;
            if (want == null || want.autoCommit() != autoCommit || want.readOnly() != readOnly
                    || !java.util.Objects.equals(want.isolation(), isolation)) {
                want = heldState = new HeldConnections.State(autoCommit, readOnly, isolation);
            }
            Connection c = held.take(dataSource, want, this::borrowFromPool);
            if (c != null) {
                return c;
            }
        }
        return borrowFromPool(dataSource);
    }

    private Connection borrowFromPool(String dataSource) throws SQLException {
        Connection c = runtime.borrow(dataSource);
        try {
            c.setAutoCommit(autoCommit);
            if (readOnly) {
                c.setReadOnly(true);
            }
            if (isolation != null) {
                c.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        if (listeners().observesPool()) {
            listeners().checkout(new PoolEvent(info, dataSource));
        }
        return c;
    }

    /** Gives back a connection from {@link #borrow}: a held one is kept, others go back to their pool. */
    void giveBack(String dataSource, Connection c) {
        if (held == null || !held.giveBack(dataSource, c)) {
            returnToPool(dataSource, c);
        }
    }

    /** A physical statement on {@code c}: a cached one when {@code c} is a held connection. */
    PreparedStatement prepare(String dataSource, Connection c, String sql, boolean generatedKeys) throws SQLException {
        PreparedStatement cached = held != null ? held.prepare(dataSource, c, sql, generatedKeys) : null;
        if (cached != null) {
            return cached;
        }
        return generatedKeys ? c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS) : c.prepareStatement(sql);
    }

    /** Closes a physical statement from {@link #prepare}, or keeps it when it is a cached one. */
    void done(String dataSource, PreparedStatement ps) throws SQLException {
        if (held == null || !held.recycle(dataSource, ps)) {
            ps.close();
        }
    }

    /** Returns a real connection to its pool, reset to the pool's defaults. */
    private void returnToPool(String dataSource, Connection c) {
        try {
            c.close(); // HikariCP resets auto-commit, read-only and isolation on return
        } catch (SQLException e) {
            // A connection that fails to close is evicted by the pool; nothing else to do.
        }
        if (listeners().observesPool()) {
            try {
                listeners().checkin(new PoolEvent(info, dataSource));
            } catch (SQLException ignored) {
                // the connection is back whatever a listener thinks
            }
        }
    }

    /** The transaction's connection to {@code dataSource}, borrowed on first use (BEGIN fires then). */
    Connection transactional(String dataSource) throws SQLException {
        Connection c = transaction.get(dataSource);
        if (c == null) {
            beginIfNeeded();
            c = borrow(dataSource);
            try {
                if (tx == null) {
                    tx = runtime.commits.begin();
                }
                runtime.commits.enlist(tx, dataSource, c);
            } catch (SQLException e) {
                giveBack(dataSource, c);
                throw e;
            }
            transaction.put(dataSource, c);
        }
        return c;
    }

    private void beginIfNeeded() throws SQLException {
        if (!transactionBegun) {
            transactionBegun = true;
            fire(TransactionEvent.Kind.BEGIN, null);
        }
    }

    private void endTransaction(TransactionEvent.Kind kind) throws SQLException {
        List<String> touched = new ArrayList<>(transaction.keySet());
        transaction.forEach(this::giveBack);
        transaction.clear();
        savepoints.clear();
        tx = null;
        boolean begun = transactionBegun;
        transactionBegun = false;
        if (begun && listeners().observesTransactions()) {
            listeners().transaction(new TransactionEvent(info, kind, null, touched));
        }
    }

    private void fire(TransactionEvent.Kind kind, String savepoint) throws SQLException {
        if (listeners().observesTransactions()) {
            listeners().transaction(new TransactionEvent(info, kind, savepoint, List.copyOf(transaction.keySet())));
        }
    }

    // ---- transactions ----

    @Override
    public void setAutoCommit(boolean on) throws SQLException {
        checkOpen();
        if (on == autoCommit) {
            return;
        }
        if (on) {
            commit(); // JDBC: switching auto-commit on commits the transaction
        }
        autoCommit = on;
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        checkOpen();
        return autoCommit;
    }

    @Override
    public void commit() throws SQLException {
        checkOpen();
        try {
            runtime.commits.commit(tx, transaction, "the transaction");
        } catch (SQLException e) {
            endTransaction(TransactionEvent.Kind.ROLLBACK);
            throw e;
        }
        endTransaction(TransactionEvent.Kind.COMMIT);
    }

    @Override
    public void rollback() throws SQLException {
        checkOpen();
        try {
            runtime.commits.rollback(tx, transaction);
        } finally {
            endTransaction(TransactionEvent.Kind.ROLLBACK);
        }
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        return setSavepoint(null);
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        checkOpen();
        if (autoCommit) {
            throw new SQLException("cannot set a savepoint in auto-commit mode; call setAutoCommit(false) first", "25000");
        }
        beginIfNeeded();
        ShardedSavepoint sp = new ShardedSavepoint(name, savepoints.size() + 1);
        for (Map.Entry<String, Connection> e : transaction.entrySet()) {
            sp.put(e.getKey(), name == null ? e.getValue().setSavepoint() : e.getValue().setSavepoint(name));
        }
        savepoints.add(sp);
        fire(TransactionEvent.Kind.SAVEPOINT, sp.label());
        return sp;
    }

    /**
     * Rolls back to a savepoint on every data source of the transaction. A data source the
     * transaction reached after the savepoint had done nothing before it, so its work is rolled back
     * entirely.
     */
    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        checkOpen();
        ShardedSavepoint sp = own(savepoint);
        for (Map.Entry<String, Connection> e : transaction.entrySet()) {
            Savepoint real = sp.get(e.getKey());
            if (real != null) {
                e.getValue().rollback(real);
            } else {
                runtime.commits.restart(tx, e.getKey(), e.getValue());
            }
        }
        savepoints.subList(savepoints.indexOf(sp) + 1, savepoints.size()).clear();
        fire(TransactionEvent.Kind.ROLLBACK_TO_SAVEPOINT, sp.label());
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        checkOpen();
        ShardedSavepoint sp = own(savepoint);
        for (Map.Entry<String, Connection> e : transaction.entrySet()) {
            Savepoint real = sp.get(e.getKey());
            if (real != null) {
                e.getValue().releaseSavepoint(real);
            }
        }
        savepoints.remove(sp);
        fire(TransactionEvent.Kind.RELEASE_SAVEPOINT, sp.label());
    }

    private ShardedSavepoint own(Savepoint savepoint) throws SQLException {
        if (!(savepoint instanceof ShardedSavepoint sp) || !savepoints.contains(sp)) {
            throw new SQLException("savepoint " + savepoint + " is not an active savepoint of this connection", "3B001");
        }
        return sp;
    }

    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        checkOpen();
        for (Connection c : transaction.values()) {
            c.setTransactionIsolation(level);
        }
        isolation = level;
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        checkOpen();
        return isolation != null ? isolation : metadataConnection().getTransactionIsolation();
    }

    @Override
    public void setReadOnly(boolean value) throws SQLException {
        checkOpen();
        readOnly = value;
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return readOnly;
    }

    // ---- statements ----

    @Override
    public Statement createStatement() throws SQLException {
        checkOpen();
        return new ShardedStatement(this);
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        checkCursor(resultSetType, resultSetConcurrency);
        return createStatement();
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        checkCursor(resultSetType, resultSetConcurrency);
        return createStatement();
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        checkOpen();
        return new ShardedPreparedStatement(this, sql, false);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        checkOpen();
        return new ShardedPreparedStatement(this, sql, autoGeneratedKeys == Statement.RETURN_GENERATED_KEYS);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        checkOpen();
        return new ShardedPreparedStatement(this, sql, true);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        checkOpen();
        return new ShardedPreparedStatement(this, sql, true);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        checkCursor(resultSetType, resultSetConcurrency);
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        checkCursor(resultSetType, resultSetConcurrency);
        return prepareStatement(sql);
    }

    private void checkCursor(int type, int concurrency) throws SQLException {
        checkOpen();
        if (type != ResultSet.TYPE_FORWARD_ONLY || concurrency != ResultSet.CONCUR_READ_ONLY) {
            throw new SQLFeatureNotSupportedException("a sharded configuration merges results from several databases into"
                    + " forward-only, read-only result sets; ask for TYPE_FORWARD_ONLY and CONCUR_READ_ONLY", "0A000");
        }
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        checkOpen();
        throw new SQLFeatureNotSupportedException("stored procedure calls are not routed in a sharded configuration ("
                + info.url() + "); call the procedure on the data source's own URL", "0A000");
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        return prepareCall(sql);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        return prepareCall(sql);
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        return sql;
    }

    // ---- metadata and the rest: answered by the default data source ----

    /** A connection to the default data source, kept for metadata and LOB factories until this connection closes. */
    private Connection metadataConnection() throws SQLException {
        if (metadataConnection == null) {
            metadataConnection = runtime.borrow(runtime.rule.defaultDataSource());
        }
        return metadataConnection;
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        return metadataConnection().getMetaData();
    }

    @Override public Clob createClob() throws SQLException { checkOpen(); return metadataConnection().createClob(); }
    @Override public Blob createBlob() throws SQLException { checkOpen(); return metadataConnection().createBlob(); }
    @Override public NClob createNClob() throws SQLException { checkOpen(); return metadataConnection().createNClob(); }
    @Override public SQLXML createSQLXML() throws SQLException { checkOpen(); return metadataConnection().createSQLXML(); }
    @Override public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        checkOpen();
        return metadataConnection().createArrayOf(typeName, elements);
    }
    @Override public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        checkOpen();
        return metadataConnection().createStruct(typeName, attributes);
    }
    @Override public String getCatalog() throws SQLException { checkOpen(); return metadataConnection().getCatalog(); }
    @Override public void setCatalog(String catalog) throws SQLException { checkOpen(); }
    @Override public String getSchema() throws SQLException { checkOpen(); return metadataConnection().getSchema(); }
    @Override public void setSchema(String schema) throws SQLException { checkOpen(); }

    @Override
    public boolean isValid(int timeout) throws SQLException {
        if (timeout < 0) {
            throw new SQLException("timeout must not be negative: " + timeout, "HY024");
        }
        if (closed || runtime.isClosed()) {
            return false;
        }
        for (Connection c : transaction.values()) {
            if (!c.isValid(timeout)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        SQLException failure = null;
        List<ShardedStatement> open;
        synchronized (statements) {
            open = new ArrayList<>(statements);
        }
        for (ShardedStatement st : open) {
            try {
                st.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        try {
            if (!transaction.isEmpty() || tx != null) {
                runtime.commits.rollback(tx, transaction); // an unfinished transaction does not survive the connection
            }
        } catch (SQLException e) {
            failure = e;
        }
        transaction.forEach(this::giveBack);
        transaction.clear();
        synchronized (this) {
            if (federatedStatements != null) {
                federatedStatements.close();
            }
        }
        if (held != null) {
            held.close(this::returnToPool);
        }
        if (metadataConnection != null) {
            returnToPool(runtime.rule.defaultDataSource(), metadataConnection);
            metadataConnection = null;
        }
        if (listeners().observesConnections()) {
            try {
                listeners().closed(info);
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        if (executor == null) {
            throw new SQLException("abort needs an executor", "HY009");
        }
        if (closed) {
            return;
        }
        closed = true;
        Map<String, Connection> held = new HashMap<>(transaction);
        transaction.clear();
        Connection meta = metadataConnection;
        metadataConnection = null;
        if (this.held != null) {
            this.held.abort(executor);
        }
        executor.execute(() -> {
            for (Connection c : held.values()) {
                try {
                    c.abort(Runnable::run);
                } catch (SQLException ignored) {
                    // aborting: nothing to report to
                }
            }
            if (meta != null) {
                try {
                    meta.close();
                } catch (SQLException ignored) {
                    // idem
                }
            }
        });
    }

    @Override public SQLWarning getWarnings() throws SQLException { checkOpen(); return null; }
    @Override public void clearWarnings() throws SQLException { checkOpen(); }
    @Override public Map<String, Class<?>> getTypeMap() throws SQLException { checkOpen(); return new HashMap<>(); }
    @Override public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        checkOpen();
        if (map != null && !map.isEmpty()) {
            throw new SQLFeatureNotSupportedException("custom type maps are not supported by a sharded configuration", "0A000");
        }
    }
    @Override public void setHoldability(int holdability) throws SQLException {
        checkOpen();
        if (holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT && holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT) {
            throw new SQLException("unknown holdability " + holdability, "HY092");
        }
    }
    @Override public int getHoldability() throws SQLException { checkOpen(); return ResultSet.CLOSE_CURSORS_AT_COMMIT; }
    @Override public void setClientInfo(String name, String value) throws SQLClientInfoException { }
    @Override public void setClientInfo(Properties properties) throws SQLClientInfoException { }
    @Override public String getClientInfo(String name) throws SQLException { checkOpen(); return null; }
    @Override public Properties getClientInfo() throws SQLException { checkOpen(); return new Properties(); }
    @Override public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
        for (Connection c : transaction.values()) {
            c.setNetworkTimeout(executor, milliseconds);
        }
    }
    @Override public int getNetworkTimeout() throws SQLException { checkOpen(); return 0; }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("a sharded connection has no single real connection to unwrap to " + iface.getName()
                + "; it holds one per data source", "HY000");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public String toString() {
        return "ShardedConnection[" + info.url() + ", data sources " + runtime.rule.dataSourceNames() + "]";
    }
}
