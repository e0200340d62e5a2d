package io.retort.sharding.merge;

import java.sql.SQLException;

/**
 * Carries an SQLException through an interface that cannot throw it ({@link MergedRow#value},
 * a {@link java.util.Comparator} given to a sort); unwrapped where the merge returns to JDBC code.
 */
final class MergeFailure extends RuntimeException {

    MergeFailure(SQLException cause) {
        super(cause.getMessage(), cause, false, false);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
