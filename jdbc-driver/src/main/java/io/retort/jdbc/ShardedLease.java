package io.retort.jdbc;

import io.retort.sql.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real connections one statement of a sharded connection runs on: inside a transaction, the
 * transaction's own (one per data source, kept until it ends); in auto-commit, connections borrowed
 * for this statement alone and returned to their pools when its results are closed. A write that
 * reaches several data sources in auto-commit runs in a transaction of its own
 * ({@link #atomic(boolean)}), committed on every data source when it succeeded (by the configured
 * {@link CommitProtocol}). A query that asks for a fetch size in auto-commit runs in a read
 * transaction on each PostgreSQL connection ({@link #streaming()}): PostgreSQL's driver reads rows
 * through a cursor only inside a transaction, and otherwise loads the whole result; the transaction
 * commits when the results are closed.
 *
 * <p>Not thread-safe: connections are leased before units fan out to threads.
 */
final class ShardedLease implements AutoCloseable {

    private final ShardedConnection owner;
    private final boolean autoCommit;
    /** The connections this statement borrowed, by data source (usually one: arrays, not a map). */
    private String[] names = new String[1];
    private Connection[] connections = new Connection[1];
    private int count;
    private boolean atomic;
    private boolean streaming;
    private boolean released;
    /** An atomic statement's commit protocol, its transaction id there, and whether it was committed or rolled back. */
    private CommitProtocol protocol;
    private String tx;
    private boolean ended;

    ShardedLease(ShardedConnection owner, boolean autoCommit) {
        this.owner = owner;
        this.autoCommit = autoCommit;
    }

    /**
     * Makes this statement's writes atomic across data sources (auto-commit only), by the configured
     * commit protocol; DDL commits locally, since MariaDB and MySQL commit around DDL by themselves,
     * which their XA transactions forbid.
     */
    void atomic(boolean ddl) {
        atomic = autoCommit;
        protocol = ddl ? LocalCommit.INSTANCE : owner.runtime.commits;
    }

    /** Lets this query's rows stream from every data source (auto-commit only; a transaction streams anyway). */
    void streaming() {
        streaming = autoCommit;
    }

    Connection connection(String dataSource) throws SQLException {
        if (!autoCommit) {
            return owner.transactional(dataSource);
        }
        Connection c = own(dataSource);
        if (c == null) {
            c = owner.borrow(dataSource);
            if (count == names.length) {
                names = java.util.Arrays.copyOf(names, count * 2);
                connections = java.util.Arrays.copyOf(connections, count * 2);
            }
            names[count] = dataSource;
            connections[count++] = c;
            if (atomic || streaming && owner.runtime.dialect(dataSource).family() == SqlDialect.POSTGRESQL) {
                c.setAutoCommit(false);
            }
            if (atomic) {
                if (tx == null) {
                    tx = protocol.begin();
                }
                protocol.enlist(tx, dataSource, c);
            }
        }
        return c;
    }

    private Connection own(String dataSource) {
        for (int i = 0; i < count; i++) {
            if (names[i].equals(dataSource)) {
                return connections[i];
            }
        }
        return null;
    }

    /** A physical statement on one of this lease's connections (a held connection's are cached). */
    java.sql.PreparedStatement prepare(String dataSource, Connection c, String sql, boolean generatedKeys) throws SQLException {
        return owner.prepare(dataSource, c, sql, generatedKeys);
    }

    /** Closes a physical statement from {@link #prepare} (a cached one stays open). */
    void done(String dataSource, java.sql.PreparedStatement ps) throws SQLException {
        owner.done(dataSource, ps);
    }

    /** Commits an atomic statement on every data source it reached (by the configured {@link CommitProtocol}). */
    void commitIfAtomic() throws SQLException {
        if (atomic) {
            ended = true;
            protocol.commit(tx, branches(), "the statement");
        }
    }

    private Map<String, Connection> branches() {
        Map<String, Connection> own = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            own.put(names[i], connections[i]);
        }
        return own;
    }

    /** Returns this statement's connections to their pools (an atomic statement that did not commit is rolled back). */
    @Override
    public void close() throws SQLException {
        if (released) {
            return;
        }
        released = true;
        List<SQLException> failures = new ArrayList<>();
        if (atomic && !ended) {
            ended = true;
            try {
                protocol.rollback(tx, branches());
            } catch (SQLException ex) {
                failures.add(ex);
            }
        }
        for (int i = 0; i < count; i++) {
            Connection c = connections[i];
            try {
                if (!c.getAutoCommit()) {
                    if (!atomic) {
                        c.commit(); // the read transaction of a streamed query: it wrote nothing
                    }
                    c.setAutoCommit(true);
                }
            } catch (SQLException ex) {
                failures.add(ex);
            }
            owner.giveBack(names[i], c);
            connections[i] = null;
        }
        count = 0;
        if (!failures.isEmpty()) {
            SQLException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }
}
