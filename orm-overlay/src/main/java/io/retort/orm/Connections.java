package io.retort.orm;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The JDBC connections of one session transaction: one per data source, taken when first needed, with
 * auto-commit off, and given back when the transaction ends. A commit commits each in turn; when one
 * fails the exception says which data sources committed and which did not.
 */
final class Connections {

    private final Map<String, DataSource> dataSources;
    private final Map<String, Connection> open = new LinkedHashMap<>();
    private final List<Map<String, Savepoint>> savepoints = new ArrayList<>();

    Connections(Map<String, DataSource> dataSources) {
        this.dataSources = dataSources;
    }

    boolean inTransaction() {
        return !open.isEmpty();
    }

    Connection get(String dataSource) throws SQLException {
        Connection c = open.get(dataSource);
        if (c == null) {
            DataSource ds = dataSources.get(dataSource);
            if (ds == null) {
                throw new SQLException("no data source named " + dataSource + "; the session knows " + dataSources.keySet(),
                        "08001");
            }
            c = ds.getConnection();
            try {
                if (c.getAutoCommit()) {
                    c.setAutoCommit(false);
                }
                // A savepoint taken before this connection joined covers it from its start.
                for (Map<String, Savepoint> level : savepoints) {
                    level.put(dataSource, c.setSavepoint());
                }
            } catch (SQLException e) {
                closeQuietly(c, e);
                throw e;
            }
            open.put(dataSource, c);
        }
        return c;
    }

    /** Commits every open connection and releases them. */
    void commit() throws SQLException {
        List<String> committed = new ArrayList<>();
        try {
            for (Map.Entry<String, Connection> e : open.entrySet()) {
                try {
                    e.getValue().commit();
                    committed.add(e.getKey());
                } catch (SQLException ex) {
                    if (open.size() == 1) {
                        throw ex;
                    }
                    List<String> rest = new ArrayList<>(open.keySet());
                    rest.removeAll(committed);
                    SQLException wrapped = new SQLException("commit failed on data source " + e.getKey() + ": "
                            + ex.getMessage() + "; committed: " + committed + ", not committed: " + rest
                            + " (the session rolls back what it can)", ex.getSQLState(), ex.getErrorCode(), ex);
                    throw wrapped;
                }
            }
        } finally {
            if (committed.size() == open.size()) {
                release();
            }
        }
    }

    /** Rolls back every open connection and releases them; the first failure is thrown after all were tried. */
    void rollback() throws SQLException {
        SQLException failure = null;
        for (Connection c : open.values()) {
            try {
                c.rollback();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        release();
        if (failure != null) {
            throw failure;
        }
    }

    /** A savepoint on every open connection (and, later, on connections that join). */
    void savepoint() throws SQLException {
        Map<String, Savepoint> level = new LinkedHashMap<>();
        for (Map.Entry<String, Connection> e : open.entrySet()) {
            level.put(e.getKey(), e.getValue().setSavepoint());
        }
        savepoints.add(level);
    }

    void releaseSavepoint() throws SQLException {
        Map<String, Savepoint> level = savepoints.remove(savepoints.size() - 1);
        for (Map.Entry<String, Savepoint> e : level.entrySet()) {
            Connection c = open.get(e.getKey());
            if (c != null) {
                try {
                    c.releaseSavepoint(e.getValue());
                } catch (java.sql.SQLFeatureNotSupportedException ignored) {
                    // Some drivers do not release explicitly; the savepoint ends with the transaction.
                }
            }
        }
    }

    void rollbackToSavepoint() throws SQLException {
        Map<String, Savepoint> level = savepoints.remove(savepoints.size() - 1);
        for (Map.Entry<String, Savepoint> e : level.entrySet()) {
            Connection c = open.get(e.getKey());
            if (c != null) {
                c.rollback(e.getValue());
            }
        }
    }

    int savepointDepth() {
        return savepoints.size();
    }

    /** Gives every connection back (closing it returns it to its pool). */
    void release() throws SQLException {
        SQLException failure = null;
        for (Connection c : open.values()) {
            try {
                c.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        open.clear();
        savepoints.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private static void closeQuietly(Connection c, SQLException cause) {
        try {
            c.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
