package io.retort.jdbc;

import io.retort.sharding.federation.Federation;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Calcite statements one logical connection planned, kept between executions: planning is most
 * of a federated query's cost, and a plan reads through this connection's scans, so it is kept per
 * connection. A statement is taken out while it runs (its rows open) and given back when they
 * close; at most {@value #SIZE} idle ones are kept, least recently used closed first, and a plan made
 * before a DDL statement is not used again.
 */
final class FederatedStatements implements AutoCloseable {

    private static final int SIZE = 16;

    /** A plan's SQL and the schema version it was planned at. */
    record Key(String sql, long schemaVersion) {}

    private final Map<Key, Federation.Prepared> idle = new LinkedHashMap<>(SIZE, 0.75f, true);

    synchronized Federation.Prepared take(Key key) {
        return idle.remove(key);
    }

    synchronized void giveBack(Key key, Federation.Prepared prepared) {
        Federation.Prepared replaced = idle.put(key, prepared);
        if (replaced != null && replaced != prepared) {
            quietlyClose(replaced);
        }
        for (Iterator<Map.Entry<Key, Federation.Prepared>> it = idle.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Key, Federation.Prepared> e = it.next();
            if (idle.size() > SIZE || e.getKey().schemaVersion() != key.schemaVersion()) {
                quietlyClose(e.getValue());
                it.remove();
            }
        }
    }

    @Override
    public synchronized void close() {
        idle.values().forEach(FederatedStatements::quietlyClose);
        idle.clear();
    }

    private static void quietlyClose(Federation.Prepared p) {
        try {
            p.close();
        } catch (SQLException e) {
            // an in-memory Calcite connection: nothing of the databases' is held
        }
    }
}
