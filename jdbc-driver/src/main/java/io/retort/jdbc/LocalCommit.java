package io.retort.jdbc;

import io.retort.events.SqlExceptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code transaction: { mode: local }}: each data source commits in turn. When one fails, those
 * not yet committed are rolled back, and the exception says which data sources committed and which
 * did not, keeping the failing database's SQLState and vendor code ({@link TwoPhaseCommit} makes
 * this atomic).
 */
final class LocalCommit implements CommitProtocol {

    static final LocalCommit INSTANCE = new LocalCommit();

    private LocalCommit() {}

    @Override
    public String begin() {
        return null;
    }

    @Override
    public void enlist(String tx, String dataSource, Connection c) {}

    @Override
    public void restart(String tx, String dataSource, Connection c) throws SQLException {
        c.rollback();
    }

    @Override
    public void commit(String tx, Map<String, Connection> connections, String what) throws SQLException {
        List<String> committed = new ArrayList<>();
        List<String> names = new ArrayList<>(connections.keySet());
        for (int i = 0; i < names.size(); i++) {
            String ds = names.get(i);
            try {
                connections.get(ds).commit();
                committed.add(ds);
            } catch (SQLException e) {
                List<String> rolledBack = new ArrayList<>();
                List<String> unknown = new ArrayList<>();
                rolledBack.add(ds);
                for (String rest : names.subList(i + 1, names.size())) {
                    try {
                        connections.get(rest).rollback();
                        rolledBack.add(rest);
                    } catch (SQLException rollbackFailure) {
                        unknown.add(rest);
                        e.addSuppressed(rollbackFailure);
                    }
                }
                String message = "commit of " + what + " failed on data source " + ds + ": " + e.getMessage()
                        + "; committed: " + (committed.isEmpty() ? "none" : String.join(", ", committed))
                        + "; not committed (rolled back): " + String.join(", ", rolledBack)
                        + (unknown.isEmpty() ? "" : "; rollback failed too, state unknown: " + String.join(", ", unknown))
                        + ". The logical connection is still usable.";
                throw SqlExceptions.of(message, e.getSQLState(), e.getErrorCode(), e);
            }
        }
    }

    @Override
    public void rollback(String tx, Map<String, Connection> connections) throws SQLException {
        CommitProtocol.rollbackEach(connections, (ds, c) -> c.rollback());
    }
}
