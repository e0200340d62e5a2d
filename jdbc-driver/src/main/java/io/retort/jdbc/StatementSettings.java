package io.retort.jdbc;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The per-statement settings an application made on a statement whose real statement may be
 * replaced (a rewritten statement prepares another real one when a listener changes its SQL), so
 * that the new one is set up the same way. Unset values stay the real driver's defaults.
 */
final class StatementSettings {

    private Integer fetchSize;
    private Integer fetchDirection;
    private Long maxRows;
    private Integer maxFieldSize;
    private Integer queryTimeout;
    private Boolean escapeProcessing;
    private Boolean poolable;
    private String cursorName;

    void fetchSize(int rows) {
        fetchSize = rows;
    }

    void fetchDirection(int direction) {
        fetchDirection = direction;
    }

    void maxRows(long rows) {
        maxRows = rows;
    }

    void maxFieldSize(int size) {
        maxFieldSize = size;
    }

    void queryTimeout(int seconds) {
        queryTimeout = seconds;
    }

    void escapeProcessing(boolean enable) {
        escapeProcessing = enable;
    }

    void poolable(boolean value) {
        poolable = value;
    }

    void cursorName(String name) {
        cursorName = name;
    }

    /** Applies every setting the application made to a freshly created real statement. */
    void applyTo(Statement real) throws SQLException {
        if (fetchSize != null) {
            real.setFetchSize(fetchSize);
        }
        if (fetchDirection != null) {
            real.setFetchDirection(fetchDirection);
        }
        if (maxRows != null) {
            if (maxRows > Integer.MAX_VALUE) {
                real.setLargeMaxRows(maxRows);
            } else {
                real.setMaxRows(maxRows.intValue());
            }
        }
        if (maxFieldSize != null) {
            real.setMaxFieldSize(maxFieldSize);
        }
        if (queryTimeout != null) {
            real.setQueryTimeout(queryTimeout);
        }
        if (escapeProcessing != null) {
            real.setEscapeProcessing(escapeProcessing);
        }
        if (poolable != null) {
            real.setPoolable(poolable);
        }
        if (cursorName != null) {
            real.setCursorName(cursorName);
        }
    }
}
