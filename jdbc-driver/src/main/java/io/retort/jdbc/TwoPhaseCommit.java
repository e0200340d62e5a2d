package io.retort.jdbc;

import io.retort.dialect.Dialect;
import io.retort.events.SqlExceptions;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code transaction: { mode: two-phase, log: … }}: a transaction that reached several data
 * sources prepares a branch on each with the database's own prepared transactions
 * ({@link TwoPhaseDialect}), all at once; when all are prepared the decision to commit is forced
 * to the {@link RecoveryLog}, then the branches commit, again all at once. A prepare that fails
 * rolls every branch back, so either all data sources commit or none does. A transaction on one
 * data source commits in one phase.
 *
 * <p>Recovery is lazy, per data source, on the first connection borrowed from it
 * ({@link #recover}): branches of this log whose decision was logged are committed, other branches
 * of this log that no transaction of this process is running are rolled back. A branch whose second
 * phase failed (the database went away after the decision) is finished the same way on a later
 * borrow.
 */
final class TwoPhaseCommit implements CommitProtocol, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TwoPhaseCommit.class);

    private final RecoveryLog log;
    /** Runs the branches of one phase at once. */
    private final ExecutorService threads;
    private final Dialects dialects;
    /** Every transaction id of this log starts with it. */
    private final String prefix;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong sequence = new AtomicLong();
    /** Transactions of this process not yet ended: recovery leaves their branches alone. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    /** Branches to finish on each data source: transaction id to true (commit) or false (roll back). */
    private final Map<String, Map<String, Boolean>> unresolved = new ConcurrentHashMap<>();
    /** Data sources whose prepared branches were not yet looked for since the log was opened. */
    private final Set<String> unscanned;

    /** The dialect of a data source, as the runtime detected it. */
    interface Dialects {
        Dialect dialect(String dataSource) throws SQLException;
    }

    TwoPhaseCommit(RecoveryLog log, Set<String> dataSources, Dialects dialects, ExecutorService threads) {
        this.log = log;
        this.threads = threads;
        this.dialects = dialects;
        this.prefix = "rt" + log.id() + "-";
        this.unscanned = ConcurrentHashMap.newKeySet();
        this.unscanned.addAll(dataSources);
        log.pending().forEach((gtrid, sources) -> sources.forEach(ds -> mark(ds, gtrid, true)));
    }

    @Override
    public String begin() {
        String tx = prefix + run + "-" + sequence.incrementAndGet();
        running.add(tx);
        return tx;
    }

    @Override
    public void enlist(String tx, String dataSource, Connection c) throws SQLException {
        dialect(dataSource).start(c, tx, dataSource);
    }

    @Override
    public void restart(String tx, String dataSource, Connection c) throws SQLException {
        TwoPhaseDialect d = dialect(dataSource);
        d.rollbackActive(c, tx, dataSource);
        d.start(c, tx, dataSource);
    }

    @Override
    public void commit(String tx, Map<String, Connection> branches, String what) throws SQLException {
        if (tx == null) {
            return; // no data source was reached
        }
        try {
            if (branches.size() == 1) {
                Map.Entry<String, Connection> only = branches.entrySet().iterator().next();
                commitOnePhase(only.getKey(), only.getValue(), tx, what);
            } else if (!branches.isEmpty()) {
                commitTwoPhase(tx, branches, what);
            }
        } finally {
            running.remove(tx);
        }
    }

    private void commitOnePhase(String ds, Connection c, String tx, String what) throws SQLException {
        try {
            dialect(ds).commitOnePhase(c, tx, ds);
        } catch (SQLException e) {
            rollbackQuietly(ds, c, tx, e);
            throw SqlExceptions.of("commit of " + what + " failed on data source " + ds + ": " + e.getMessage()
                    + "; nothing was committed. The logical connection is still usable.", e.getSQLState(), e.getErrorCode(), e);
        }
    }

    private void commitTwoPhase(String tx, Map<String, Connection> branches, String what) throws SQLException {
        // Phase one on every data source at once (each prepare is a round trip and a disk flush of its own).
        Map<String, SQLException> failed = onEachBranch(branches, (ds, c) -> dialect(ds).prepare(c, tx, ds));
        List<String> prepared = new ArrayList<>();
        for (String ds : branches.keySet()) {
            if (!failed.containsKey(ds)) {
                prepared.add(ds);
            }
        }
        if (!failed.isEmpty()) {
            Map.Entry<String, SQLException> first = failed.entrySet().iterator().next();
            SQLException e = first.getValue();
            undo(tx, branches, prepared, e);
            throw SqlExceptions.of("commit of " + what + " failed: data source " + first.getKey() + " could not prepare it: "
                    + e.getMessage() + hint(e) + "; rolled back on every data source (" + String.join(", ", branches.keySet())
                    + "), nothing was committed. The logical connection is still usable.", e.getSQLState(), e.getErrorCode(), e);
        }
        try {
            log.decide(tx, prepared);
        } catch (IOException e) {
            SQLException failure = new SQLException("commit of " + what + " failed: the decision could not be written to the"
                    + " recovery log " + log.path().toAbsolutePath() + ": " + e + "; rolled back on every data source, nothing"
                    + " was committed", "58030", e);
            undo(tx, branches, prepared, failure);
            throw failure;
        }
        Map<String, SQLException> unfinished = onEachBranch(branches, (ds, c) -> dialect(ds).commitPrepared(c, tx, ds));
        for (Map.Entry<String, SQLException> u : unfinished.entrySet()) {
            // The decision is on disk: the branch stays prepared (its rows locked) until a later borrow commits it.
            mark(u.getKey(), tx, true);
            LOG.warn("transaction {} is committed, but data source {} did not finish its second phase ({}); it is"
                    + " committed when a connection to {} is next borrowed", tx, u.getKey(), u.getValue().toString(), u.getKey());
        }
        if (unfinished.isEmpty()) {
            try {
                log.done(tx);
            } catch (IOException e) {
                LOG.warn("recovery log {}: could not record that {} finished ({}); recovery will find nothing to do for it",
                        log.path(), tx, e.toString());
            }
        }
    }

    /**
     * Runs {@code step} on every branch at once (the first on the calling thread, the others on
     * virtual threads; each connection is used by one thread only) and returns the failures by data
     * source, in branch order.
     */
    private Map<String, SQLException> onEachBranch(Map<String, Connection> branches, BranchStep step) {
        List<String> names = new ArrayList<>(branches.keySet());
        List<Future<SQLException>> others = new ArrayList<>();
        for (String ds : names.subList(1, names.size())) {
            others.add(threads.submit(() -> attempt(step, ds, branches.get(ds))));
        }
        Map<String, SQLException> failed = new java.util.LinkedHashMap<>();
        SQLException first = attempt(step, names.get(0), branches.get(names.get(0)));
        if (first != null) {
            failed.put(names.get(0), first);
        }
        for (int i = 0; i < others.size(); i++) {
            SQLException e = await(others.get(i));
            if (e != null) {
                failed.put(names.get(i + 1), e);
            }
        }
        return failed;
    }

    private static SQLException attempt(BranchStep step, String dataSource, Connection c) {
        try {
            step.run(dataSource, c);
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    private static SQLException await(Future<SQLException> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true; // a branch step must finish: the outcome depends on it
                } catch (ExecutionException e) {
                    return new SQLException("a branch step failed: " + e.getCause(), "XX000", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Rolls back every branch after a failed prepare: prepared ones as prepared, the others as active. */
    private void undo(String tx, Map<String, Connection> branches, List<String> prepared, SQLException cause) {
        for (Map.Entry<String, Connection> b : branches.entrySet()) {
            String ds = b.getKey();
            try {
                if (prepared.contains(ds)) {
                    dialect(ds).rollbackPrepared(b.getValue(), tx, ds);
                } else {
                    dialect(ds).rollbackActive(b.getValue(), tx, ds);
                }
            } catch (SQLException e) {
                cause.addSuppressed(e);
                if (prepared.contains(ds)) {
                    mark(ds, tx, false); // a prepared branch must not keep its locks: roll it back later
                }
            }
        }
    }

    private void rollbackQuietly(String ds, Connection c, String tx, SQLException cause) {
        try {
            dialect(ds).rollbackActive(c, tx, ds);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void rollback(String tx, Map<String, Connection> branches) throws SQLException {
        if (tx == null) {
            return;
        }
        try {
            CommitProtocol.rollbackEach(branches, (ds, c) -> dialect(ds).rollbackActive(c, tx, ds));
        } finally {
            running.remove(tx);
        }
    }

    /**
     * Finishes what this log left on {@code dataSource}: on the first borrow, every prepared branch of
     * this log is committed (decision logged) or rolled back (none, and no running transaction owns
     * it); later, the branches whose second phase failed. {@code c} is a fresh pooled connection in
     * auto-commit. A failure is logged and retried on the next borrow: it does not fail the borrow.
     */
    void recover(String dataSource, Connection c) {
        boolean scan = unscanned.contains(dataSource);
        if (!scan && !unresolved.containsKey(dataSource)) {
            return;
        }
        synchronized (this) {
            try {
                TwoPhaseDialect d = TwoPhaseDialect.forFamily(dialects.dialect(dataSource));
                if (d == null) {
                    unscanned.remove(dataSource); // no prepared transactions there: none of ours to find
                    return;
                }
                Map<String, Boolean> toResolve = unresolved.getOrDefault(dataSource, Map.of());
                if (unscanned.contains(dataSource)) {
                    for (String tx : d.inDoubt(c, prefix, dataSource)) {
                        if (!toResolve.containsKey(tx) && !running.contains(tx)) {
                            mark(dataSource, tx, false);
                        }
                    }
                    unscanned.remove(dataSource);
                    toResolve = unresolved.getOrDefault(dataSource, Map.of());
                }
                for (Map.Entry<String, Boolean> t : new ArrayList<>(toResolve.entrySet())) {
                    boolean found = d.resolve(c, t.getKey(), dataSource, t.getValue());
                    if (found) {
                        LOG.info("recovered transaction {} on data source {}: {}", t.getKey(), dataSource,
                                t.getValue() ? "committed (its commit decision is in the recovery log)"
                                        : "rolled back (prepared, never decided)");
                    }
                    resolved(dataSource, t.getKey());
                }
            } catch (SQLException e) {
                LOG.warn("two-phase recovery on data source {} failed ({}); retried when a connection is next borrowed",
                        dataSource, e.toString());
            }
        }
    }

    private synchronized void mark(String dataSource, String tx, boolean commit) {
        unresolved.computeIfAbsent(dataSource, ds -> new ConcurrentHashMap<>()).put(tx, commit);
    }

    private synchronized void resolved(String dataSource, String tx) {
        Map<String, Boolean> left = unresolved.get(dataSource);
        if (left != null) {
            left.remove(tx);
            if (left.isEmpty()) {
                unresolved.remove(dataSource);
            }
        }
        for (Map<String, Boolean> other : unresolved.values()) {
            if (other.containsKey(tx)) {
                return;
            }
        }
        if (log.isPending(tx)) {
            try {
                log.done(tx);
            } catch (IOException e) {
                LOG.warn("recovery log {}: could not record that {} finished ({})", log.path(), tx, e.toString());
            }
        }
    }

    private TwoPhaseDialect dialect(String dataSource) throws SQLException {
        return TwoPhaseDialect.of(dialects.dialect(dataSource), dataSource);
    }

    private static String hint(SQLException e) {
        return "55000".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("prepared transactions are disabled")
                ? " (set max_prepared_transactions above 0 in postgresql.conf and restart PostgreSQL)" : "";
    }

    @Override
    public void close() {
        log.close();
    }

    @Override
    public String toString() {
        return "TwoPhaseCommit[" + log.path() + "]";
    }
}
