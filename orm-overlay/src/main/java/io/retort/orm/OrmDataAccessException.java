package io.retort.orm;

import java.sql.SQLException;

/**
 * A database error where the ORM cannot throw a checked exception: while a lazy collection or a
 * {@link Lazy} reference loads on access. {@link #getCause()} is the SQLException, with its SQLState.
 *
 * <pre>{@code
 * try { user.addresses.size(); } catch (OrmDataAccessException e) { SQLException cause = e.getCause(); }
 * }</pre>
 */
public final class OrmDataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrmDataAccessException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
