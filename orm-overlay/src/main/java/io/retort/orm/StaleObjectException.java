package io.retort.orm;

import java.sql.SQLException;

/**
 * Optimistic locking failed: an UPDATE or DELETE of a versioned object found another version in the
 * database (another transaction changed or deleted the row since this session loaded it). SQLState
 * {@code 40001}, like a serialization failure: the transaction should be retried with fresh data.
 *
 * <pre>{@code
 * try { session.commit(); }
 * catch (StaleObjectException e) {
 *     session.rollback();
 *     // e.entity(), e.expectedVersion(), e.actualVersion() (null: the row was deleted)
 * }
 * }</pre>
 */
public final class StaleObjectException extends SQLException {

    private static final long serialVersionUID = 1L;

    private final transient Object entity;
    private final Object expectedVersion;
    private final Object actualVersion;

    StaleObjectException(String message, Object entity, Object expectedVersion, Object actualVersion) {
        super(message, "40001");
        this.entity = entity;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** The object whose row had changed. */
    public Object entity() {
        return entity;
    }

    /** The version this session had loaded. */
    public Object expectedVersion() {
        return expectedVersion;
    }

    /** The version in the database, or null when the row no longer exists. */
    public Object actualVersion() {
        return actualVersion;
    }
}
