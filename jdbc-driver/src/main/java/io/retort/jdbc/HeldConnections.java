package io.retort.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The real connections a logical connection keeps in {@code connections: { mode: held }}: the
 * first one it borrows from each data source, kept until it closes, with that connection's
 * physical statements cached ({@link PhysicalStatementCache}). A held connection serves one
 * statement, or one transaction, at a time: while it is busy (say, an earlier query's results are
 * still open), another statement borrows a connection of its own from the pool, as in
 * per-statement mode. A held connection the pool evicted after a connection error is dropped and
 * replaced on next use.
 */
final class HeldConnections {

    /** Borrows a real connection from a data source's pool, set up like the logical connection. */
    @FunctionalInterface
    interface Pool {
        Connection borrow(String dataSource) throws SQLException;
    }

    /** What the logical connection wants of a real connection it uses. */
    record State(boolean autoCommit, boolean readOnly, Integer isolation) {}

    private static final class Held {
        final Connection connection;
        final PhysicalStatementCache statements;
        State state;
        boolean busy;

        Held(Connection connection, PhysicalStatementCache statements, State state) {
            this.connection = connection;
            this.statements = statements;
            this.state = state;
        }
    }

    private final ShardedRuntime runtime;
    private final int statementCache;
    private final Map<String, Held> held = new HashMap<>();

    HeldConnections(ShardedRuntime runtime, int statementCache) {
        this.runtime = runtime;
        this.statementCache = statementCache;
    }

    /**
     * The held connection of {@code dataSource}, marked busy and set to {@code state}; borrowed from
     * {@code pool} and kept when there is none yet; {@code null} when it is busy.
     */
    synchronized Connection take(String dataSource, State state, Pool pool) throws SQLException {
        Held h = held.get(dataSource);
        if (h != null && h.connection.isClosed()) {
            held.remove(dataSource); // the pool evicted it (a connection error): a fresh one below
            try {
                h.statements.close();
            } catch (SQLException ignored) {
                // its connection is gone; so are its statements
            }
            h = null;
        }
        if (h == null) {
            Connection c = pool.borrow(dataSource);
            h = new Held(c, new PhysicalStatementCache(c, statementCache, runtime.schemaVersion()), state);
            held.put(dataSource, h);
        } else if (h.busy) {
            return null;
        } else if (!h.state.equals(state)) {
            apply(h, state);
        }
        h.busy = true;
        return h.connection;
    }

    private static void apply(Held h, State want) throws SQLException {
        Connection c = h.connection;
        if (h.state.autoCommit() != want.autoCommit()) {
            c.setAutoCommit(want.autoCommit());
        }
        if (h.state.readOnly() != want.readOnly()) {
            c.setReadOnly(want.readOnly());
        }
        if (want.isolation() != null && !want.isolation().equals(h.state.isolation())) {
            c.setTransactionIsolation(want.isolation());
        }
        h.state = new State(want.autoCommit(), want.readOnly(), want.isolation() != null ? want.isolation() : h.state.isolation());
    }

    /**
     * Takes back a connection a statement or transaction is done with.
     *
     * @return whether it is a held one (now free again); {@code false}: the caller returns it to its pool
     */
    synchronized boolean giveBack(String dataSource, Connection c) {
        Held h = held.get(dataSource);
        if (h == null || h.connection != c) {
            return false;
        }
        try {
            boolean autoCommit = c.getAutoCommit();
            if (autoCommit != h.state.autoCommit()) {
                h.state = new State(autoCommit, h.state.readOnly(), h.state.isolation());
            }
            h.busy = false;
        } catch (SQLException e) {
            held.remove(dataSource); // a connection that cannot say its state is not kept
            return false;
        }
        return true;
    }

    /** A physical statement on {@code c}: from its cache when {@code c} is held, else {@code null}. */
    synchronized PreparedStatement prepare(String dataSource, Connection c, String sql, boolean generatedKeys) throws SQLException {
        Held h = held.get(dataSource);
        if (h == null || h.connection != c) {
            return null;
        }
        return h.statements.prepare(sql, generatedKeys, runtime.schemaVersion());
    }

    /** Takes back a physical statement; {@code false} when it is not a cached one (the caller closes it). */
    synchronized boolean recycle(String dataSource, PreparedStatement ps) throws SQLException {
        Held h = held.get(dataSource);
        return h != null && h.statements.giveBack(ps);
    }

    /** Closes the cached statements and returns every held connection to its pool. */
    synchronized void close(HeldConnectionsRelease release) {
        for (Map.Entry<String, Held> e : held.entrySet()) {
            try {
                e.getValue().statements.close();
            } catch (SQLException ignored) {
                // the connection goes back to the pool, which closes what is left open
            }
            release.giveBack(e.getKey(), e.getValue().connection);
        }
        held.clear();
    }

    /** Aborts every held connection (for {@link Connection#abort}). */
    synchronized void abort(Executor executor) {
        List<Connection> all = new ArrayList<>();
        held.values().forEach(h -> all.add(h.connection));
        held.clear();
        executor.execute(() -> {
            for (Connection c : all) {
                try {
                    c.abort(Runnable::run);
                } catch (SQLException ignored) {
                    // aborting: nothing to report to
                }
            }
        });
    }

    /** Returns a real connection to its pool. */
    @FunctionalInterface
    interface HeldConnectionsRelease {
        void giveBack(String dataSource, Connection c);
    }
}
