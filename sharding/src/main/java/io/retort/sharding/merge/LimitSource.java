package io.retort.sharding.merge;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * OFFSET and LIMIT after the merge: skips {@code offset} rows, then stops after {@code limit} and
 * closes the shards at once (they may still hold up to {@code offset + limit} rows each, and their
 * connections are better back in the pool).
 */
final class LimitSource extends RowSource {

    private final RowSource input;
    private final long offset;
    private final long limit;
    private long returned;
    private boolean skipped;
    private boolean done;

    /** @param limit the maximum number of rows, or -1 for no limit */
    LimitSource(RowSource input, long offset, long limit) {
        this.input = input;
        this.offset = offset;
        this.limit = limit;
    }

    @Override
    boolean next() throws SQLException {
        if (done) {
            return false;
        }
        if (limit >= 0 && returned >= limit) {
            finish();
            return false;
        }
        if (!skipped) {
            skipped = true;
            for (long i = 0; i < offset; i++) {
                if (!input.next()) {
                    finish();
                    return false;
                }
            }
        }
        if (!input.next()) {
            done = true;
            return false;
        }
        returned++;
        return true;
    }

    private void finish() throws SQLException {
        done = true;
        input.close();
    }

    @Override
    ResultSet passThrough() {
        return done ? null : input.passThrough();
    }

    @Override
    Object value(int column) throws SQLException {
        return input.value(column);
    }

    @Override
    void close() throws SQLException {
        done = true;
        input.close();
    }
}
