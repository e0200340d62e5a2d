package io.retort.jdbc;

import io.retort.events.Listeners;
import io.retort.events.TransactionEvent;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;

/**
 * Connection and transaction events of one connection. JDBC has no BEGIN: a transaction begins
 * with the first statement run while auto-commit is off, and ends with commit, rollback, or
 * switching auto-commit back on (which commits). Auto-commit is tracked only while some listener
 * observes transactions, so other connections pay nothing.
 */
final class TransactionEvents {

    private final RetortConnection connection;
    private boolean tracking;
    private boolean autoCommit = true;
    private boolean active;

    TransactionEvents(RetortConnection connection) {
        this.connection = connection;
    }

    /** Starts tracking auto-commit when the connection's listeners observe transactions. */
    void connected(StatementPipeline pipeline) throws SQLException {
        if (pipeline.listeners.observesTransactions() && !tracking) {
            autoCommit = connection.real.getAutoCommit();
            tracking = true;
        }
    }

    /** The connection opened: connection observers hear of it. */
    void opened() throws SQLException {
        StatementPipeline p = connection.pipeline();
        if (p.listeners.observesConnections()) {
            p.listeners.connected(p.info);
        }
    }

    /** The connection closed (its real connection too): connection observers hear of it. */
    void closed() throws SQLException {
        StatementPipeline p = connection.pipeline();
        if (p.listeners.observesConnections()) {
            p.listeners.closed(p.info);
        }
    }

    void beginIfNeeded() throws SQLException {
        if (tracking && !autoCommit && !active) {
            active = true;
            fire(TransactionEvent.Kind.BEGIN, null);
        }
    }

    void autoCommitChanged(boolean on) throws SQLException {
        if (!tracking) {
            return;
        }
        autoCommit = on;
        if (on && active) {
            ended(TransactionEvent.Kind.COMMIT); // JDBC: switching auto-commit on commits the transaction
        }
    }

    void ended(TransactionEvent.Kind kind) throws SQLException {
        if (tracking && active) {
            active = false;
            fire(kind, null);
        }
    }

    Savepoint savepoint(Savepoint savepoint) throws SQLException {
        if (tracking) {
            beginIfNeeded();
            fire(TransactionEvent.Kind.SAVEPOINT, name(savepoint));
        }
        return savepoint;
    }

    void savepointStep(TransactionEvent.Kind kind, Savepoint savepoint) throws SQLException {
        if (tracking) {
            fire(kind, name(savepoint));
        }
    }

    private void fire(TransactionEvent.Kind kind, String savepoint) throws SQLException {
        StatementPipeline p = connection.pipeline();
        Listeners listeners = p.listeners;
        if (listeners.observesTransactions()) {
            listeners.transaction(new TransactionEvent(p.info, kind, savepoint, List.of(p.dataSource)));
        }
    }

    private static String name(Savepoint savepoint) {
        try {
            return savepoint.getSavepointName();
        } catch (SQLException unnamed) {
            try {
                return "#" + savepoint.getSavepointId();
            } catch (SQLException e) {
                return "?";
            }
        }
    }
}
