package io.retort.orm;

import io.retort.dialect.Dialect;
import io.retort.orm.metamodel.ColumnAttribute;
import io.retort.orm.metamodel.EntityAlias;
import io.retort.orm.metamodel.EntitySelection;
import io.retort.orm.metamodel.Ordering;
import io.retort.orm.metamodel.Selection;
import io.retort.sql.SqlDialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a compiled ORM query on its shards, one after the other, and turns rows into selection values in
 * chunks: each chunk's objects get their selectin relationships before the chunk is handed out, so a
 * stream never holds more than a chunk (unless a collection is loaded by a join, whose rows must all be
 * read first). Across several shards, ORDER BY, OFFSET and LIMIT are applied in memory after every
 * shard's rows are read.
 */
final class QueryCursor implements AutoCloseable {

    static final int STREAM_CHUNK = 500;

    private final Session session;
    private final Select<?> select;
    private final List<Shard> shards;
    private final boolean merge;
    private final Map<Dialect, CompiledQuery> compiled = new HashMap<>();
    private int shardIndex;
    private Shard shard;
    private CompiledQuery current;
    private SqlDialect family;
    /** The current row's objects, one per entity segment (reused from row to row). */
    private EntityState[] rowStates;
    private PreparedStatement ps;
    private ResultSet rs;
    private boolean closed;
    private boolean merged;
    boolean streaming;
    int maxChunk = Integer.MAX_VALUE;

    QueryCursor(Session session, Select<?> select, List<Shard> shards) {
        this.session = session;
        this.select = select;
        this.shards = shards;
        this.merge = shards.size() > 1 && (!select.orderBy.isEmpty() || select.limit != null || select.offset != null);
    }

    String describe() {
        return select.toString();
    }

    CompiledQuery compiled(Shard s) {
        Dialect d = session.dialect(s);
        return compiled.computeIfAbsent(d, k -> {
            Select<?> q = select;
            if (merge) {
                // Each shard returns its first offset + limit rows; the merge applies OFFSET and LIMIT.
                q = unlimited(select);
            }
            return QueryCompiler.compile(session.registry, d, q);
        });
    }

    private static Select<?> unlimited(Select<?> q) {
        Select<?> out = q;
        if (q.limit != null) {
            out = out.limit(q.limit + (q.offset == null ? 0 : q.offset));
        }
        return out.offset(0);
    }

    List<Object[]> nextChunk() throws SQLException {
        if (closed) {
            return null;
        }
        if (merge) {
            if (merged) {
                close();
                return null;
            }
            merged = true;
            return mergeAll();
        }
        List<Object[]> out = read(streaming ? STREAM_CHUNK : maxChunk);
        if (out.isEmpty()) {
            close();
            return null;
        }
        return out;
    }

    /** Up to {@code limit} rows (all of them when a collection is loaded by a join). */
    private List<Object[]> read(int limit) throws SQLException {
        LoadContext ctx = new LoadContext(session, select.populateExisting);
        List<Object[]> out = new ArrayList<>();
        LoadContext.Batch[] batches = null;
        CompiledQuery batchesFor = null;
        while (true) {
            if (rs == null) {
                if (shardIndex >= shards.size()) {
                    break;
                }
                open(shards.get(shardIndex++));
            }
            if (batchesFor != current) {
                if (batches != null) {
                    for (LoadContext.Batch b : batches) {
                        ctx.schedule(b);
                    }
                }
                batches = new LoadContext.Batch[current.entities.size()];
                for (int i = 0; i < batches.length; i++) {
                    batches[i] = new LoadContext.Batch(current.entities.get(i).plan());
                }
                batchesFor = current;
            }
            boolean all = current.joinedCollections;
            if (!all && out.size() >= limit) {
                break;
            }
            if (!rs.next()) {
                closeStatement();
                continue;
            }
            out.add(row(ctx, batches));
        }
        if (batches != null) {
            for (LoadContext.Batch b : batches) {
                ctx.schedule(b);
            }
        }
        ctx.finishRows();
        ctx.process();
        if (batchesFor != null && batchesFor.joinedCollections) {
            out = unique(out);
        }
        return out;
    }

    private void open(Shard s) throws SQLException {
        shard = s;
        current = compiled(s);
        family = session.dialect(s).family();
        rowStates = new EntityState[current.entities.size()];
        ps = session.prepare(s, current.statement, current.binds);
        if (streaming) {
            ps.setFetchSize(STREAM_CHUNK);
        }
        rs = ps.executeQuery();
    }

    private Object[] row(LoadContext ctx, LoadContext.Batch[] batches) throws SQLException {
        CompiledQuery q = current;
        EntityState[] states = rowStates;
        for (int i = 0; i < states.length; i++) {
            CompiledQuery.EntitySegment seg = q.entities.get(i);
            states[i] = ctx.entity(seg.mapper(), seg.plan(), rs, seg.first(), shard, family, batches[i]);
        }
        for (CompiledQuery.JoinedLoad j : q.joined) {
            EntityState parent = states[j.parent()];
            if (parent != null) {
                ctx.joined(parent, j.relationship(), states[j.target()], batches[j.parent()]);
            }
        }
        Object[] values = new Object[q.segments.size()];
        for (int i = 0; i < values.length; i++) {
            CompiledQuery.Segment seg = q.segments.get(i);
            if (seg instanceof CompiledQuery.ValueSegment v) {
                values[i] = v.type().read(rs, v.column(), family);
            } else {
                EntityState st = states[q.entityIndex[i]];
                values[i] = st == null ? null : st.entity;
            }
        }
        return values;
    }

    /** Rows repeated by a joined collection, once each (compared by the identity of their values). */
    private static List<Object[]> unique(List<Object[]> rows) {
        List<Object[]> out = new ArrayList<>(rows.size());
        Set<List<Object>> seen = new java.util.HashSet<>();
        for (Object[] r : rows) {
            List<Object> key = new ArrayList<>(r.length);
            for (Object v : r) {
                key.add(v == null ? null : new Identity(v));
            }
            if (seen.add(key)) {
                out.add(r);
            }
        }
        return out;
    }

    private record Identity(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** Every shard's rows, then ORDER BY, OFFSET and LIMIT in memory. */
    private List<Object[]> mergeAll() throws SQLException {
        List<Object[]> rows = read(Integer.MAX_VALUE);
        if (!select.orderBy.isEmpty()) {
            rows.sort(comparator());
        }
        int from = select.offset == null ? 0 : Math.min(select.offset, rows.size());
        int to = select.limit == null ? rows.size() : Math.min(rows.size(), from + select.limit);
        return new ArrayList<>(rows.subList(from, to));
    }

    private Comparator<Object[]> comparator() {
        Comparator<Object[]> out = null;
        for (Ordering o : select.orderBy) {
            java.util.function.Function<Object[], Object> key = sortKey(o);
            Comparator<Object[]> c = (a, b) -> compare(key.apply(a), key.apply(b));
            if (o.descending()) {
                c = c.reversed();
            }
            out = out == null ? c : out.thenComparing(c);
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null) {
            return -1;
        }
        if (b == null) {
            return 1;
        }
        return ((Comparable) a).compareTo(b);
    }

    /** Where an ORDER BY value is in a merged row: a selected column, or a column of a selected entity. */
    private java.util.function.Function<Object[], Object> sortKey(Ordering o) {
        List<Selection<?>> sels = select.selections;
        for (int i = 0; i < sels.size(); i++) {
            if (sels.get(i).equals(o.selection())) {
                int index = i;
                return row -> row[index];
            }
        }
        if (o.selection() instanceof ColumnAttribute<?, ?> c) {
            for (int i = 0; i < sels.size(); i++) {
                Selection<?> s = sels.get(i);
                boolean match = s instanceof EntitySelection<?> e && e.type() == c.entityType() && c.alias() == null
                        || s instanceof EntityAlias<?> a && a.equals(c.alias());
                if (match) {
                    int index = i;
                    ColumnProperty p = session.registry.mapper(c.entityType()).columnsByAttribute.get(c.name());
                    return row -> row[index] == null ? null : ColumnValues.value(row[index], p);
                }
            }
        }
        throw new IllegalArgumentException("a query over several shards is ordered in memory, so it can only be ordered by"
                + " selected columns or columns of selected entities, not by " + o.selection());
    }

    private void closeStatement() {
        try {
            if (rs != null) {
                rs.close();
            }
            if (ps != null) {
                ps.close();
            }
        } catch (SQLException e) {
            Session.SQL_LOG.debug("closing a statement failed: {}", e.toString());
        } finally {
            rs = null;
            ps = null;
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            closeStatement();
        }
    }
}
