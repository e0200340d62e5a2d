package io.retort.orm;

import java.sql.SQLException;

/**
 * A nested transaction (a savepoint) from {@link Session#beginNested()}. Closing it without
 * {@link #commit()} rolls it back, so a try-with-resources block undoes its changes when an exception
 * leaves it.
 *
 * <pre>{@code
 * try (SessionTransaction nested = session.beginNested()) {
 *     session.add(new Address("extra@example.org"));
 *     nested.commit();
 * }
 * }</pre>
 */
public final class SessionTransaction implements AutoCloseable {

    private final Session session;
    private final TransactionLevel level;
    private boolean done;

    SessionTransaction(Session session, TransactionLevel level) {
        this.session = session;
        this.level = level;
    }

    /** Flushes and releases the savepoint: the changes stay in the enclosing transaction. */
    public void commit() throws SQLException {
        check();
        session.commitNested(level);
        done = true;
    }

    /** Rolls back to the savepoint, in the database and in the session. */
    public void rollback() throws SQLException {
        check();
        done = true;
        session.rollbackNested(level);
    }

    public boolean isActive() {
        return !done && !level.ended;
    }

    /** Rolls back unless committed (or already rolled back after a failed flush). */
    @Override
    public void close() throws SQLException {
        if (isActive() && session.isOpen()) {
            rollback();
        }
    }

    private void check() {
        if (done) {
            throw new IllegalStateException("this nested transaction has already ended");
        }
        if (level.ended) {
            throw new IllegalStateException("this nested transaction was rolled back when a flush in it failed");
        }
        session.checkOpen();
    }
}
