package io.retort.jdbc;

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

    private final Map<Key, FederatedQueries> idle = new LinkedHashMap<>(SIZE, 0.75f, true);

    synchronized FederatedQueries take(Key key) {
        return idle.remove(key);
    }

    synchronized void giveBack(Key key, FederatedQueries plan) {
        FederatedQueries replaced = idle.put(key, plan);
        if (replaced != null && replaced != plan) {
            replaced.close();
        }
        for (Iterator<Map.Entry<Key, FederatedQueries>> it = idle.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Key, FederatedQueries> e = it.next();
            if (idle.size() > SIZE || e.getKey().schemaVersion() != key.schemaVersion()) {
                e.getValue().close();
                it.remove();
            }
        }
    }

    @Override
    public synchronized void close() {
        idle.values().forEach(FederatedQueries::close);
        idle.clear();
    }
}
