package io.retort.sharding.merge;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One stage of the merge pipeline: a forward-only stream of rows over the shards' physical columns
 * (visible and hidden). A row either passes through from a shard, and then {@link #passThrough()}
 * is that shard's result set positioned on it (the merged result set reads it directly, without
 * copying), or was built by the merge (a group, a re-sorted row) and is only reachable through
 * {@link #value}.
 */
abstract class RowSource {

    /** Moves to the next row; false when there are no more. */
    abstract boolean next() throws SQLException;

    /** The shard result set positioned on the current row when the row passes through unchanged, else null. */
    abstract ResultSet passThrough();

    /** The current row's value of physical column {@code column} (1-based), as {@code getObject} gives it. */
    abstract Object value(int column) throws SQLException;

    /** Stops reading: releases the shards' result sets. Idempotent; the stream is then at its end. */
    abstract void close() throws SQLException;
}
