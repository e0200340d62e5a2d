package io.retort.sharding.merge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The shards' result sets being merged, with their names for error messages. Each is closed as
 * soon as the merge no longer needs it (exhausted, or the LIMIT reached), so its connection can go
 * back to the pool before the application closes the merged result set.
 */
final class ShardSet {

    private final List<ResultSet> results;
    private final List<String> names;
    private final boolean[] closed;

    ShardSet(List<ResultSet> results, List<String> names) {
        this.results = List.copyOf(results);
        this.names = names == null ? null : List.copyOf(names);
        this.closed = new boolean[results.size()];
    }

    int size() {
        return results.size();
    }

    ResultSet get(int shard) {
        return results.get(shard);
    }

    /** "shard 2 of 4 (ds1)" */
    String describe(int shard) {
        String base = "shard " + (shard + 1) + " of " + results.size();
        return names == null || shard >= names.size() ? base : base + " (" + names.get(shard) + ")";
    }

    boolean isClosed(int shard) {
        return closed[shard];
    }

    void close(int shard) throws SQLException {
        if (!closed[shard]) {
            closed[shard] = true;
            results.get(shard).close();
        }
    }

    /** Closes every shard still open; the first failure is thrown after all were tried, later ones suppressed. */
    void closeAll() throws SQLException {
        SQLException failure = null;
        for (int i = 0; i < closed.length; i++) {
            try {
                close(i);
            } catch (SQLException | RuntimeException e) {
                SQLException s = e instanceof SQLException se ? se
                        : new SQLException("closing " + describe(i) + " failed: " + e, "HY000", e);
                if (failure == null) {
                    failure = s;
                } else {
                    failure.addSuppressed(s);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
