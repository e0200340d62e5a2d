package io.retort.jdbc;

import io.retort.events.SqlExceptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * How a logical transaction that reached several data sources ends: {@link LocalCommit} commits
 * each in turn, {@link TwoPhaseCommit} prepares them all first ({@code transaction: { mode: … }}).
 * The same protocol ends a write that spanned data sources in auto-commit.
 *
 * <p>A transaction's branches are its real connections by data source, in the order they joined.
 */
interface CommitProtocol {

    /** The id of a new logical transaction (null when the protocol needs none). */
    String begin();

    /** A connection joins transaction {@code tx} before its first statement runs. */
    void enlist(String tx, String dataSource, Connection c) throws SQLException;

    /**
     * Commits every branch, or none when it can tell that one would fail.
     *
     * @param what "the transaction" or "the statement", for messages
     * @throws SQLException naming the data source that failed and which committed
     */
    void commit(String tx, Map<String, Connection> branches, String what) throws SQLException;

    /** Rolls back every branch; the first failure is thrown, naming its data source, after all were tried. */
    void rollback(String tx, Map<String, Connection> branches) throws SQLException;

    /** Undoes all the work of one branch and keeps it in the transaction (rollback to a savepoint it did not have). */
    void restart(String tx, String dataSource, Connection c) throws SQLException;

    /** One step of a protocol on one branch. */
    interface BranchStep {
        void run(String dataSource, Connection c) throws SQLException;
    }

    /**
     * Rolls back every branch with {@code rollback}, all of them even when some fail; the first
     * failure is thrown, naming its data source, the others suppressed in it.
     */
    static void rollbackEach(Map<String, Connection> branches, BranchStep rollback) throws SQLException {
        SQLException failure = null;
        for (Map.Entry<String, Connection> b : branches.entrySet()) {
            try {
                rollback.run(b.getKey(), b.getValue());
            } catch (SQLException e) {
                SQLException named = SqlExceptions.of("rollback failed on data source " + b.getKey() + ": " + e.getMessage(),
                        e.getSQLState(), e.getErrorCode(), e);
                if (failure == null) {
                    failure = named;
                } else {
                    failure.addSuppressed(named);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
