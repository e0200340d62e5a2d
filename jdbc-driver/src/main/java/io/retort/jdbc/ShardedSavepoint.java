package io.retort.jdbc;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HashMap;
import java.util.Map;

/** A savepoint of a sharded transaction: one real savepoint per data source the transaction had reached. */
final class ShardedSavepoint implements Savepoint {

    private final String name;
    private final int id;
    private final Map<String, Savepoint> real = new HashMap<>();

    ShardedSavepoint(String name, int id) {
        this.name = name;
        this.id = id;
    }

    void put(String dataSource, Savepoint savepoint) {
        real.put(dataSource, savepoint);
    }

    Savepoint get(String dataSource) {
        return real.get(dataSource);
    }

    String label() {
        return name != null ? name : "#" + id;
    }

    @Override
    public int getSavepointId() throws SQLException {
        if (name != null) {
            throw new SQLException("savepoint " + name + " is named; use getSavepointName()", "HY000");
        }
        return id;
    }

    @Override
    public String getSavepointName() throws SQLException {
        if (name == null) {
            throw new SQLException("savepoint #" + id + " is not named; use getSavepointId()", "HY000");
        }
        return name;
    }

    @Override
    public String toString() {
        return "ShardedSavepoint[" + label() + "]";
    }
}
