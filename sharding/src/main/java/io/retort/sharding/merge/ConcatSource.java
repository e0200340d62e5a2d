package io.retort.sharding.merge;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The shards' rows one shard after the other, passed through; each shard is closed when exhausted. */
final class ConcatSource extends RowSource {

    private final ShardSet shards;
    private int current;
    private boolean done;

    ConcatSource(ShardSet shards) {
        this.shards = shards;
    }

    @Override
    boolean next() throws SQLException {
        while (!done && current < shards.size()) {
            if (shards.get(current).next()) {
                return true;
            }
            shards.close(current);
            current++;
        }
        done = true;
        return false;
    }

    @Override
    ResultSet passThrough() {
        return done ? null : shards.get(current);
    }

    @Override
    Object value(int column) throws SQLException {
        return shards.get(current).getObject(column);
    }

    @Override
    void close() throws SQLException {
        done = true;
        shards.closeAll();
    }
}
