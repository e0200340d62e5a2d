package io.retort.jdbc;

import io.retort.sql.BeginTransaction;
import io.retort.sql.Commit;
import io.retort.sql.IsolationLevel;
import io.retort.sql.ReleaseSavepoint;
import io.retort.sql.Rollback;
import io.retort.sql.SetTransaction;
import io.retort.sql.Statement;
import io.retort.sql.TransactionMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Savepoint;
import java.util.HashMap;
import java.util.Map;

/**
 * Transaction statements written as SQL on a sharded connection, mapped onto the logical
 * connection's JDBC transaction: {@code BEGIN}/{@code START TRANSACTION} starts one (auto-commit is
 * back on after {@code COMMIT}/{@code ROLLBACK}, as on the databases), {@code SAVEPOINT},
 * {@code ROLLBACK TO}, {@code RELEASE}, {@code SET TRANSACTION ISOLATION LEVEL}. Other session
 * statements ({@code SET x = …}, {@code USE}) are refused: on pooled connections shared by many
 * logical connections they would leak into other sessions.
 */
final class SessionStatements {

    private final ShardedConnection connection;
    private final Map<String, Savepoint> savepoints = new HashMap<>();
    private boolean explicitTransaction;

    SessionStatements(ShardedConnection connection) {
        this.connection = connection;
    }

    void apply(Statement statement, String sql) throws SQLException {
        switch (statement) {
            case BeginTransaction b -> {
                if (connection.getAutoCommit()) {
                    connection.setAutoCommit(false);
                    explicitTransaction = true;
                }
                applyModes(b.modes());
            }
            case Commit c -> end(true);
            case Rollback r when r.savepoint() != null -> connection.rollback(savepoint(r.savepoint().text()));
            case Rollback r -> end(false);
            case io.retort.sql.Savepoint s -> savepoints.put(key(s.name().text()), connection.setSavepoint(s.name().text()));
            case ReleaseSavepoint r -> connection.releaseSavepoint(savepoints.remove(key(r.name().text())));
            case SetTransaction t -> applyModes(t.modes());
            default -> throw new SQLFeatureNotSupportedException("session statement not supported on a sharded configuration ("
                    + connection.info.url() + "): " + RetortErrors.abbreviate(sql) + "; its effect would stay on pooled"
                    + " connections that other sessions reuse. Use the JDBC Connection methods, or the data sources' own"
                    + " connection properties (properties: in the YAML)", "0A000");
        }
    }

    private void end(boolean commit) throws SQLException {
        if (commit) {
            connection.commit();
        } else {
            connection.rollback();
        }
        savepoints.clear();
        if (explicitTransaction) {
            explicitTransaction = false;
            connection.setAutoCommit(true);
        }
    }

    private Savepoint savepoint(String name) throws SQLException {
        Savepoint sp = savepoints.get(key(name));
        if (sp == null) {
            throw new SQLException("no savepoint named " + name + " in this transaction", "3B001");
        }
        return sp;
    }

    private void applyModes(java.util.List<TransactionMode> modes) throws SQLException {
        for (TransactionMode mode : modes) {
            switch (mode) {
                case TransactionMode.Isolation i -> connection.setTransactionIsolation(jdbcLevel(i.level()));
                case TransactionMode.AccessMode a -> connection.setReadOnly(a.readOnly());
                default -> { } // DEFERRABLE has no JDBC counterpart and no effect on routing
            }
        }
    }

    private static int jdbcLevel(IsolationLevel level) {
        return switch (level) {
            case READ_UNCOMMITTED -> Connection.TRANSACTION_READ_UNCOMMITTED;
            case READ_COMMITTED -> Connection.TRANSACTION_READ_COMMITTED;
            case REPEATABLE_READ -> Connection.TRANSACTION_REPEATABLE_READ;
            case SERIALIZABLE -> Connection.TRANSACTION_SERIALIZABLE;
        };
    }

    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
