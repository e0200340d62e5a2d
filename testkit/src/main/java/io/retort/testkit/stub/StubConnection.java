package io.retort.testkit.stub;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * A connection of {@link StubDriver}: records every call in {@link #log()}, hands out recording
 * statements, and closes them when it is closed (as real drivers do). Getters that return a
 * {@code String} return the method's name, so a test can tell that a value passed through.
 */
public final class StubConnection implements Connection {

    private final StubDriver driver;
    private final String url;
    private final Properties info;
    private final Properties properties;
    private final CallLog log = new CallLog();
    private final List<StubStatement> statements = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private boolean autoCommit = true;
    private StubDatabaseMetaData metaData;
    private volatile boolean abortIgnored;

    StubConnection(StubDriver driver, String url, Properties info) {
        this.driver = driver;
        this.url = url;
        this.info = info;
        this.properties = new Properties();
        if (info != null) {
            for (String name : info.stringPropertyNames()) {
                properties.setProperty(name, info.getProperty(name));
            }
            for (Map.Entry<Object, Object> e : info.entrySet()) {
                properties.putIfAbsent(e.getKey(), e.getValue());
            }
        }
    }

    /** The driver that made this connection. */
    public StubDriver driver() {
        return driver;
    }

    /** The URL the driver was asked to connect to. */
    public String url() {
        return url;
    }

    /** The properties object the driver received (the same object). */
    public Properties info() {
        return info;
    }

    /** A copy of what the driver received, defaults included. */
    public Properties properties() {
        return properties;
    }

    public CallLog log() {
        return log;
    }

    /** Statements made by this connection, oldest first. */
    public List<StubStatement> statements() {
        return List.copyOf(statements);
    }

    public StubStatement lastStatement() {
        if (statements.isEmpty()) {
            throw new IllegalStateException("no statement was created");
        }
        return statements.get(statements.size() - 1);
    }

    /** From now on {@code abort} does nothing, as in drivers that do not implement it (H2, sqlite-jdbc). */
    public void ignoreAbort() {
        abortIgnored = true;
    }

    /** Simulates the server ending the connection: it is closed without {@link #close()}. */
    public void closeFromServer() {
        closed = true;
        statements.forEach(StubStatement::closedByConnection);
    }

    private <T extends StubStatement> T track(T statement) {
        statements.add(statement);
        return statement;
    }

    @Override public void close() throws SQLException { log.record("close"); closeFromServer(); }
    @Override public boolean isClosed() throws SQLException { log.record("isClosed"); return closed; }
    @Override public void abort(Executor executor) throws SQLException {
        log.record("abort", executor);
        if (!abortIgnored) {
            closeFromServer();
        }
    }
    @Override public boolean isValid(int timeout) throws SQLException { log.record("isValid", timeout); return !closed; }
    @Override public void setAutoCommit(boolean autoCommit) throws SQLException {
        log.record("setAutoCommit", autoCommit);
        this.autoCommit = autoCommit;
    }
    @Override public boolean getAutoCommit() throws SQLException { log.record("getAutoCommit"); return autoCommit; }
    @Override public DatabaseMetaData getMetaData() throws SQLException {
        log.record("getMetaData");
        if (metaData == null) {
            metaData = new StubDatabaseMetaData(this); // one per connection, as real drivers do
        }
        return metaData;
    }
    @Override public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        log.record("createArrayOf", typeName, elements);
        return new StubArray(this, elements);
    }

    @Override public Statement createStatement() throws SQLException {
        log.record("createStatement");
        return track(new StubStatement(this));
    }
    @Override public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        log.record("createStatement", resultSetType, resultSetConcurrency);
        return track(new StubStatement(this));
    }
    @Override public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        log.record("createStatement", resultSetType, resultSetConcurrency, resultSetHoldability);
        return track(new StubStatement(this));
    }
    @Override public PreparedStatement prepareStatement(String sql) throws SQLException {
        log.record("prepareStatement", sql);
        return track(new StubPreparedStatement(this, sql));
    }
    @Override public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        log.record("prepareStatement", sql, resultSetType, resultSetConcurrency);
        return track(new StubPreparedStatement(this, sql));
    }
    @Override public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency,
            int resultSetHoldability) throws SQLException {
        log.record("prepareStatement", sql, resultSetType, resultSetConcurrency, resultSetHoldability);
        return track(new StubPreparedStatement(this, sql));
    }
    @Override public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        log.record("prepareStatement", sql, autoGeneratedKeys);
        return track(new StubPreparedStatement(this, sql));
    }
    @Override public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        log.record("prepareStatement", sql, columnIndexes);
        return track(new StubPreparedStatement(this, sql));
    }
    @Override public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        log.record("prepareStatement", sql, columnNames);
        return track(new StubPreparedStatement(this, sql));
    }
    @Override public CallableStatement prepareCall(String sql) throws SQLException {
        log.record("prepareCall", sql);
        return track(new StubCallableStatement(this, sql));
    }
    @Override public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        log.record("prepareCall", sql, resultSetType, resultSetConcurrency);
        return track(new StubCallableStatement(this, sql));
    }
    @Override public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency,
            int resultSetHoldability) throws SQLException {
        log.record("prepareCall", sql, resultSetType, resultSetConcurrency, resultSetHoldability);
        return track(new StubCallableStatement(this, sql));
    }

    @Override public void setClientInfo(String name, String value) throws SQLClientInfoException { log.note("setClientInfo", name, value); }
    @Override public void setClientInfo(Properties properties) throws SQLClientInfoException { log.note("setClientInfo", properties); }

    @Override public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("StubConnection is not a wrapper for " + iface.getName());
    }
    @Override public boolean isWrapperFor(Class<?> iface) { return iface.isInstance(this); }

    // Plain recording methods.
    @Override public String nativeSQL(String sql) throws SQLException { log.record("nativeSQL", sql); return "nativeSQL"; }
    @Override public void commit() throws SQLException { log.record("commit"); }
    @Override public void rollback() throws SQLException { log.record("rollback"); }
    @Override public void setReadOnly(boolean readOnly) throws SQLException { log.record("setReadOnly", readOnly); }
    @Override public boolean isReadOnly() throws SQLException { log.record("isReadOnly"); return false; }
    @Override public void setCatalog(String catalog) throws SQLException { log.record("setCatalog", catalog); }
    @Override public String getCatalog() throws SQLException { log.record("getCatalog"); return "getCatalog"; }
    @Override public void setTransactionIsolation(int level) throws SQLException { log.record("setTransactionIsolation", level); }
    @Override public int getTransactionIsolation() throws SQLException { log.record("getTransactionIsolation"); return 0; }
    @Override public SQLWarning getWarnings() throws SQLException { log.record("getWarnings"); return null; }
    @Override public void clearWarnings() throws SQLException { log.record("clearWarnings"); }
    @Override public Map<String, Class<?>> getTypeMap() throws SQLException { log.record("getTypeMap"); return null; }
    @Override public void setTypeMap(Map<String, Class<?>> map) throws SQLException { log.record("setTypeMap", map); }
    @Override public void setHoldability(int holdability) throws SQLException { log.record("setHoldability", holdability); }
    @Override public int getHoldability() throws SQLException { log.record("getHoldability"); return 0; }
    @Override public Savepoint setSavepoint() throws SQLException { log.record("setSavepoint"); return null; }
    @Override public Savepoint setSavepoint(String name) throws SQLException { log.record("setSavepoint", name); return null; }
    @Override public void rollback(Savepoint savepoint) throws SQLException { log.record("rollback", savepoint); }
    @Override public void releaseSavepoint(Savepoint savepoint) throws SQLException { log.record("releaseSavepoint", savepoint); }
    @Override public Clob createClob() throws SQLException { log.record("createClob"); return null; }
    @Override public Blob createBlob() throws SQLException { log.record("createBlob"); return null; }
    @Override public NClob createNClob() throws SQLException { log.record("createNClob"); return null; }
    @Override public SQLXML createSQLXML() throws SQLException { log.record("createSQLXML"); return null; }
    @Override public String getClientInfo(String name) throws SQLException { log.record("getClientInfo", name); return "getClientInfo"; }
    @Override public Properties getClientInfo() throws SQLException { log.record("getClientInfo"); return null; }
    @Override public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        log.record("createStruct", typeName, attributes);
        return null;
    }
    @Override public void setSchema(String schema) throws SQLException { log.record("setSchema", schema); }
    @Override public String getSchema() throws SQLException { log.record("getSchema"); return "getSchema"; }
    @Override public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        log.record("setNetworkTimeout", executor, milliseconds);
    }
    @Override public int getNetworkTimeout() throws SQLException { log.record("getNetworkTimeout"); return 0; }
    @Override public void beginRequest() throws SQLException { log.record("beginRequest"); }
    @Override public void endRequest() throws SQLException { log.record("endRequest"); }
    @Override public boolean setShardingKeyIfValid(ShardingKey shardingKey, ShardingKey superShardingKey, int timeout) throws SQLException {
        log.record("setShardingKeyIfValid", shardingKey, superShardingKey, timeout);
        return false;
    }
    @Override public boolean setShardingKeyIfValid(ShardingKey shardingKey, int timeout) throws SQLException {
        log.record("setShardingKeyIfValid", shardingKey, timeout);
        return false;
    }
    @Override public void setShardingKey(ShardingKey shardingKey, ShardingKey superShardingKey) throws SQLException {
        log.record("setShardingKey", shardingKey, superShardingKey);
    }
    @Override public void setShardingKey(ShardingKey shardingKey) throws SQLException { log.record("setShardingKey", shardingKey); }

    @Override
    public String toString() {
        return "StubConnection[" + url + "]";
    }
}
