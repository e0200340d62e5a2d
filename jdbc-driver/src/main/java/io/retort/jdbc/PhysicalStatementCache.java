package io.retort.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The physical prepared statements of one held real connection, kept open for reuse: keyed by SQL
 * text and whether generated keys are asked for, least recently used evicted (and closed) beyond
 * the configured size. A statement in use (its execution's results not yet closed) is never handed
 * out twice: a second request for the same SQL meanwhile gets a statement of its own, closed as
 * usual. A statement given back loses its parameters and gets its prepared-time fetch size and
 * query timeout again. When a data definition statement has run anywhere in the configuration, everything cached
 * is closed before the next use (a database may refuse a statement prepared for an older shape of
 * its tables).
 */
final class PhysicalStatementCache {

    private record Key(String sql, boolean generatedKeys) {}

    private static final class Entry {
        final Key key;
        final PreparedStatement statement;
        /** What the statement had when it was prepared: an execution's own settings are undone when it is given back. */
        final int fetchSize;
        final int queryTimeout;
        boolean inUse;
        boolean retired;

        Entry(Key key, PreparedStatement statement) throws SQLException {
            this.key = key;
            this.statement = statement;
            this.fetchSize = statement.getFetchSize();
            this.queryTimeout = statement.getQueryTimeout();
        }
    }

    private final Connection connection;
    private final int capacity;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<PreparedStatement, Entry> byStatement = new IdentityHashMap<>();
    private long schemaVersion;

    PhysicalStatementCache(Connection connection, int capacity, long schemaVersion) {
        this.connection = connection;
        this.capacity = capacity;
        this.schemaVersion = schemaVersion;
    }

    /**
     * A prepared statement for {@code sql} on this connection: a cached one when there is a free
     * one, otherwise a new one (cached when there is room).
     *
     * @param schemaVersion the configuration's schema version now: cached statements of an older
     *     version are closed first
     */
    synchronized PreparedStatement prepare(String sql, boolean generatedKeys, long schemaVersion) throws SQLException {
        if (schemaVersion != this.schemaVersion) {
            this.schemaVersion = schemaVersion;
            retireAll();
        }
        Key key = new Key(sql, generatedKeys);
        Entry e = entries.get(key);
        if (e != null) {
            if (e.inUse) {
                return prepareOn(connection, key); // uncached: closed by its execution
            }
            e.inUse = true;
            return e.statement;
        }
        PreparedStatement ps = prepareOn(connection, key);
        if (capacity > 0) {
            e = new Entry(key, ps);
            e.inUse = true;
            entries.put(key, e);
            byStatement.put(ps, e);
            evictBeyondCapacity();
        }
        return ps;
    }

    /**
     * Takes back a statement an execution is done with.
     *
     * @return whether it was one of this cache's (kept open, or closed here if it was evicted
     *     meanwhile); {@code false} means the caller closes it
     */
    synchronized boolean giveBack(PreparedStatement ps) throws SQLException {
        Entry e = byStatement.get(ps);
        if (e == null) {
            return false;
        }
        e.inUse = false;
        if (e.retired) {
            byStatement.remove(ps);
            ps.close();
            return true;
        }
        try {
            ps.clearParameters(); // a later execution that leaves one unset must not run with this one's value
            if (ps.getFetchSize() != e.fetchSize) {
                ps.setFetchSize(e.fetchSize);
            }
            if (ps.getQueryTimeout() != e.queryTimeout) {
                ps.setQueryTimeout(e.queryTimeout);
            }
        } catch (SQLException failure) {
            entries.remove(e.key);
            byStatement.remove(ps);
            ps.close();
            throw failure;
        }
        return true;
    }

    /** Closes every cached statement (those in use when their execution gives them back). */
    synchronized void close() throws SQLException {
        retireAll();
    }

    private void retireAll() throws SQLException {
        SQLException failure = null;
        for (Entry e : entries.values()) {
            try {
                retire(e);
            } catch (SQLException ex) {
                failure = ex;
            }
        }
        entries.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private void evictBeyondCapacity() throws SQLException {
        Iterator<Entry> it = entries.values().iterator();
        while (entries.size() > capacity && it.hasNext()) {
            Entry eldest = it.next();
            it.remove();
            retire(eldest);
        }
    }

    private void retire(Entry e) throws SQLException {
        e.retired = true;
        if (!e.inUse) {
            byStatement.remove(e.statement);
            e.statement.close();
        }
    }

    private static PreparedStatement prepareOn(Connection c, Key key) throws SQLException {
        return key.generatedKeys() ? c.prepareStatement(key.sql(), java.sql.Statement.RETURN_GENERATED_KEYS)
                : c.prepareStatement(key.sql());
    }
}
