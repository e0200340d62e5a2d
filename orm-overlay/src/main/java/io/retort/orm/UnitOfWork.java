package io.retort.orm;

import io.retort.orm.annotation.GenerationType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Executes a {@link FlushPlan}, in this order: keys from generators; INSERTs mapper by mapper in
 * foreign-key order (rows of a self-referential mapper level by level, parents first); foreign keys
 * left for post-update; UPDATEs; association rows; DELETEs in reverse foreign-key order (children
 * first, foreign keys of cycles cleared before). A failure rolls back the innermost transaction level
 * (in the database and in the session) and is rethrown.
 */
final class UnitOfWork {

    private UnitOfWork() {
    }

    static void flush(Session s) throws SQLException {
        if (s.states.isEmpty()) {
            return;
        }
        s.flushing = true;
        long start = System.nanoTime();
        FlushPlan plan = null;
        boolean writing = false;
        try {
            plan = FlushPlan.build(s);
            if (plan.isEmpty()) {
                compact(s);
                return;
            }
            if (!s.factory.events.isEmpty()) {
                s.factory.events.beforeFlush(new FlushEvent(s, plan.insertCount, plan.updates.size(), plan.deletes.size(), 0, null));
            }
            s.beginIfNeeded();
            writing = true;
            execute(s, plan);
            finish(s, plan);
            if (!s.factory.events.isEmpty()) {
                s.factory.events.afterFlush(new FlushEvent(s, plan.insertCount, plan.updates.size(), plan.deletes.size(),
                        System.nanoTime() - start, null));
            }
        } catch (SQLException | RuntimeException e) {
            if (writing) {
                s.flushing = false;
                s.rollbackAfterFailure(e);
                if (!s.factory.events.isEmpty() && plan != null) {
                    try {
                        s.factory.events.afterFlush(new FlushEvent(s, plan.insertCount, plan.updates.size(),
                                plan.deletes.size(), System.nanoTime() - start, e));
                    } catch (SQLException listener) {
                        e.addSuppressed(listener);
                    }
                }
            }
            throw e;
        } finally {
            s.flushing = false;
        }
    }

    private static void compact(Session s) {
        s.pending.removeIf(st -> !st.isPending());
        s.deleted.removeIf(st -> st.status != EntityState.Status.DELETED);
    }

    private static void execute(Session s, FlushPlan plan) throws SQLException {
        OrmEvents events = s.factory.events;
        assignKeys(s, plan);
        Map<EntityState, List<ColumnProperty>> postUpdates = new LinkedHashMap<>();
        for (EntityMapper<?> m : s.registry.insertOrder()) {
            List<EntityState> rows = plan.inserts.get(m);
            if (rows != null) {
                insertMapper(s, m, rows, postUpdates, events);
            }
        }
        if (!postUpdates.isEmpty()) {
            writePostUpdates(s, postUpdates);
        }
        if (!plan.updates.isEmpty()) {
            update(s, plan, events);
        }
        writeLinks(s, plan);
        if (!plan.deletes.isEmpty()) {
            delete(s, plan.deletes, events);
        }
    }

    // ------------------------------------------------------------------ keys

    private static void assignKeys(Session s, FlushPlan plan) throws SQLException {
        for (Map.Entry<EntityMapper<?>, List<EntityState>> e : plan.inserts.entrySet()) {
            EntityMapper<?> m = e.getKey();
            if (m.generation == null || m.generation == GenerationType.IDENTITY) {
                continue; // identity keys are marked generated when the INSERT returns them
            }
            for (EntityState st : e.getValue()) {
                if (m.idOf(st.entity) != null) {
                    continue;
                }
                Object key = switch (m.generation) {
                    case SNOWFLAKE -> s.factory.snowflake.nextLong();
                    case UUID_V7 -> s.factory.uuids.nextUuid();
                    case SEQUENCE -> {
                        String ds = s.factory.dataSources.keySet().iterator().next();
                        long v = s.factory.sequence(ds, m.sequence, m.allocationSize)
                                .next(s.connection(ds), s.factory.dialect(ds));
                        yield m.id.type.coerce(v);
                    }
                    case IDENTITY -> throw new AssertionError();
                };
                m.id.field.set(st.entity, key);
                st.keyGenerated = true;
            }
        }
    }

    // ------------------------------------------------------------------ inserts

    private static void insertMapper(Session s, EntityMapper<?> m, List<EntityState> rows,
            Map<EntityState, List<ColumnProperty>> postUpdates, OrmEvents events) throws SQLException {
        if (!events.isEmpty()) {
            for (EntityState st : rows) {
                events.entity(OrmEvents.Kind.BEFORE_INSERT, s, st);
            }
        }
        if (m.version != null) {
            for (EntityState st : rows) {
                Object v = m.version.field.get(st.entity);
                st.versionBeforeInsert = v;
                if (v == null || ((Number) v).longValue() == 0) {
                    m.version.field.set(st.entity, m.version.type.coerce(1));
                }
            }
        }
        Set<EntityState> deferred = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<EntityState> level : RowOrder.insertLevels(m, rows, deferred)) {
            insertLevel(s, m, level, deferred, postUpdates);
        }
        if (!events.isEmpty()) {
            for (EntityState st : rows) {
                events.entity(OrmEvents.Kind.AFTER_INSERT, s, st);
            }
        }
    }

    private static void insertLevel(Session s, EntityMapper<?> m, List<EntityState> rows, Set<EntityState> deferred,
            Map<EntityState, List<ColumnProperty>> postUpdates) throws SQLException {
        // Chunk by chunk, so that the objects of a chunk are still in the CPU's cache when their keys come back.
        int chunk = s.routing.sharded() ? rows.size() : Math.max(1, s.factory.rowsPerStatement);
        for (int from = 0; from < rows.size(); from += chunk) {
            List<EntityState> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            insertChunk(s, m, part, deferred, postUpdates);
        }
    }

    private static void insertChunk(Session s, EntityMapper<?> m, List<EntityState> rows, Set<EntityState> deferred,
            Map<EntityState, List<ColumnProperty>> postUpdates) throws SQLException {
        ColumnProperty[] columns = m.columns;
        List<Object[]> values = new ArrayList<>(rows.size());
        for (EntityState st : rows) {
            Object entity = st.entity;
            Object[] row = new Object[columns.length];
            for (int i = 0; i < columns.length; i++) {
                ColumnProperty c = columns[i];
                Object v = c.reference == null ? c.field.get(entity) : ColumnValues.value(entity, c);
                if (c.reference != null && v != null) {
                    Relationship r = c.reference;
                    // A target that is still waiting for its own INSERT: the row is written with NULL and the
                    // reference by a second UPDATE, where the mapping allows (post-update, or a cycle of rows).
                    if (v == ColumnValues.UNKNOWN || isPendingTarget(s, entity, r)) {
                        if (r.isPostUpdate() || r.target == m && deferred.contains(st)) {
                            v = null;
                            postUpdates.computeIfAbsent(st, k -> new ArrayList<>(1)).add(c);
                        } else if (v == ColumnValues.UNKNOWN) {
                            throw unknownTarget(s, st, r);
                        }
                    }
                }
                row[i] = v;
            }
            values.add(row);
        }
        if (!s.routing.sharded()) {
            InsertBatcher.insert(s, m, Shard.SINGLE, rows, values);
            afterInsert(s, m, Shard.SINGLE, rows, values);
            return;
        }
        Map<Shard, List<Integer>> byShard = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byShard.computeIfAbsent(s.routing.shardForNew(m, rows.get(i).entity, values.get(i)), k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<Shard, List<Integer>> e : byShard.entrySet()) {
            List<EntityState> r = new ArrayList<>();
            List<Object[]> v = new ArrayList<>();
            for (int i : e.getValue()) {
                r.add(rows.get(i));
                v.add(values.get(i));
            }
            InsertBatcher.insert(s, m, e.getKey(), r, v);
            afterInsert(s, m, e.getKey(), r, v);
        }
    }

    private static boolean isPendingTarget(Session s, Object entity, Relationship r) {
        Object t = ColumnValues.target(entity, r);
        EntityState ts = t == null ? null : s.states.get(t);
        return ts != null && ts.isPending();
    }

    private static SQLException unknownTarget(Session s, EntityState st, Relationship r) {
        Object t = ColumnValues.target(st.entity, r);
        EntityState ts = s.states.get(t);
        String why = ts == null ? "which is not in the session (add it, or keep the save-update cascade on " + r.path() + ")"
                : "whose key is not known yet";
        return new SQLException(st.mapper.describe(st.entity) + "." + r.name + " refers to a new "
                + r.target.type.getSimpleName() + " " + why, "23502");
    }

    private static void afterInsert(Session s, EntityMapper<?> m, Shard shard, List<EntityState> rows, List<Object[]> values) {
        int depth = s.depth();
        boolean syncFk = m.hasManyToOne;
        for (int i = 0; i < rows.size(); i++) {
            EntityState st = rows.get(i);
            Object[] row = values.get(i);
            st.snapshot = row;
            st.shard = shard;
            st.status = EntityState.Status.PERSISTENT;
            st.inserted(s.epoch, depth);
            s.register(st, new IdentityKey(m, row[m.id.index], shard));
            if (syncFk) {
                syncForeignKeyFields(m, st.entity, row);
            }
            if (m.hasCollections) {
                renewMembers(st);
            }
        }
    }

    /** A plain field mapping a foreign key column too gets the value that was written. */
    private static void syncForeignKeyFields(EntityMapper<?> m, Object entity, Object[] row) {
        for (ColumnProperty c : m.columns) {
            if (c.reference != null && c.field != null && row[c.index] != null) {
                c.field.set(entity, row[c.index]);
            }
        }
    }

    static void renewMembers(EntityState st) {
        for (Relationship r : st.mapper.relationships) {
            if (r.isCollection()) {
                Object[] now = Dirty.current(st.entity, r);
                if (now != null) {
                    st.members(r.slot, now);
                }
            }
        }
    }

    private static void writePostUpdates(Session s, Map<EntityState, List<ColumnProperty>> postUpdates) throws SQLException {
        record Group(EntityMapper<?> mapper, ColumnProperty column, Shard shard) {
        }
        Map<Group, List<Object[]>> groups = new LinkedHashMap<>();
        Map<Group, List<EntityState>> owners = new LinkedHashMap<>();
        for (Map.Entry<EntityState, List<ColumnProperty>> e : postUpdates.entrySet()) {
            EntityState st = e.getKey();
            for (ColumnProperty c : e.getValue()) {
                Object v = ColumnValues.value(st.entity, c);
                if (v == ColumnValues.UNKNOWN) {
                    throw unknownTarget(s, st, c.reference);
                }
                if (v == null) {
                    continue;
                }
                Group g = new Group(st.mapper, c, st.shard);
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(new Object[] {st.snapshot[st.mapper.id.index], v});
                owners.computeIfAbsent(g, k -> new ArrayList<>()).add(st);
            }
        }
        for (Map.Entry<Group, List<Object[]>> e : groups.entrySet()) {
            Group g = e.getKey();
            RowWriter.postUpdate(s, g.mapper(), g.shard(), g.column(), e.getValue());
            List<EntityState> list = owners.get(g);
            for (int i = 0; i < list.size(); i++) {
                EntityState st = list.get(i);
                st.snapshot[g.column().index] = e.getValue().get(i)[1];
                if (g.column().field != null) {
                    g.column().field.set(st.entity, e.getValue().get(i)[1]);
                }
            }
        }
    }

    // ------------------------------------------------------------------ updates

    private static void update(Session s, FlushPlan plan, OrmEvents events) throws SQLException {
        List<EntityState> dirty = new ArrayList<>(plan.updates.keySet());
        if (!events.isEmpty()) {
            for (EntityState st : dirty) {
                events.entity(OrmEvents.Kind.BEFORE_UPDATE, s, st);
            }
        }
        dirty.sort(Comparator.comparingInt(st -> s.registry.rank(st.mapper)));
        record Group(EntityMapper<?> mapper, Shard shard, String columns) {
        }
        Map<Group, List<RowWriter.Change>> groups = new LinkedHashMap<>();
        Map<Group, int[]> masks = new LinkedHashMap<>();
        for (EntityState st : dirty) {
            boolean[] mask = Dirty.changedColumns(st); // again: a listener may have changed the object
            if (mask == null) {
                continue;
            }
            EntityMapper<?> m = st.mapper;
            int n = 0;
            for (boolean b : mask) {
                n += b ? 1 : 0;
            }
            int[] cols = new int[n];
            int j = 0;
            for (int i = 0; i < mask.length; i++) {
                if (mask[i]) {
                    cols[j++] = i;
                }
            }
            Object[] values = new Object[m.columns.length];
            for (int i = 0; i < values.length; i++) {
                Object v = ColumnValues.value(st.entity, m.columns[i]);
                if (v == ColumnValues.UNKNOWN) {
                    throw unknownTarget(s, st, m.columns[i].reference);
                }
                values[i] = m.columns[i].type.snapshotCopy(v);
            }
            if (m.version != null) {
                Object old = st.snapshot[m.version.index];
                values[m.version.index] = m.version.type.coerce(((Number) old).longValue() + 1);
            }
            Group g = new Group(m, st.shard, Arrays.toString(cols));
            groups.computeIfAbsent(g, k -> new ArrayList<>()).add(new RowWriter.Change(st, cols, values));
            masks.put(g, cols);
            s.beforeWrite(st);
        }
        for (Map.Entry<Group, List<RowWriter.Change>> e : groups.entrySet()) {
            Group g = e.getKey();
            RowWriter.update(s, g.mapper(), g.shard(), masks.get(g), e.getValue());
            for (RowWriter.Change ch : e.getValue()) {
                EntityState st = ch.state();
                st.snapshot = ch.values();
                if (g.mapper().version != null) {
                    g.mapper().version.field.set(st.entity, ch.values()[g.mapper().version.index]);
                }
                if (g.mapper().hasManyToOne) {
                    syncForeignKeyFields(g.mapper(), st.entity, ch.values());
                }
            }
        }
        if (!events.isEmpty()) {
            for (List<RowWriter.Change> list : groups.values()) {
                for (RowWriter.Change ch : list) {
                    events.entity(OrmEvents.Kind.AFTER_UPDATE, s, ch.state());
                }
            }
        }
    }

    // ------------------------------------------------------------------ association rows

    private static void writeLinks(Session s, FlushPlan plan) throws SQLException {
        record Group(Relationship owning, Shard shard) {
        }
        if (!plan.linksRemoved.isEmpty()) {
            Map<Group, List<Object[]>> groups = new LinkedHashMap<>();
            for (FlushPlan.Link l : plan.linksRemoved) {
                EntityState o = s.states.get(l.owner());
                EntityState e = s.states.get(l.element());
                if (o == null || e == null || o.snapshot == null || e.snapshot == null) {
                    continue;
                }
                groups.computeIfAbsent(new Group(l.owning(), o.shard), k -> new ArrayList<>())
                        .add(new Object[] {key(o), key(e)});
            }
            for (Map.Entry<Group, List<Object[]>> g : groups.entrySet()) {
                RowWriter.deleteLinks(s, g.getKey().shard(), g.getKey().owning(), g.getValue());
            }
        }
        if (!plan.linksOfDeleted.isEmpty()) {
            record Of(String table, String column, ValueType type, Shard shard) {
            }
            Map<Of, List<Object>> groups = new LinkedHashMap<>();
            for (Map.Entry<Relationship, EntityState> e : plan.linksOfDeleted) {
                Relationship r = e.getKey();
                EntityState st = e.getValue();
                groups.computeIfAbsent(new Of(r.joinTable, r.ownerColumn, r.owner.id.type, st.shard), k -> new ArrayList<>())
                        .add(key(st));
            }
            for (Map.Entry<Of, List<Object>> g : groups.entrySet()) {
                Of of = g.getKey();
                RowWriter.deleteLinksOf(s, of.shard(), of.table(), of.column(), of.type(), g.getValue());
            }
        }
        if (!plan.linksAdded.isEmpty()) {
            Map<Group, List<Object[]>> groups = new LinkedHashMap<>();
            for (FlushPlan.Link l : plan.linksAdded) {
                EntityState o = s.states.get(l.owner());
                EntityState e = s.states.get(l.element());
                if (o == null || e == null || !o.isPersistent() || !e.isPersistent()) {
                    continue;
                }
                groups.computeIfAbsent(new Group(l.owning(), o.shard), k -> new ArrayList<>())
                        .add(new Object[] {key(o), key(e)});
            }
            for (Map.Entry<Group, List<Object[]>> g : groups.entrySet()) {
                RowWriter.insertLinks(s, g.getKey().shard(), g.getKey().owning(), g.getValue());
            }
        }
    }

    private static Object key(EntityState st) {
        return st.snapshot[st.mapper.id.index];
    }

    // ------------------------------------------------------------------ deletes

    private static void delete(Session s, List<EntityState> rows, OrmEvents events) throws SQLException {
        if (!events.isEmpty()) {
            for (EntityState st : rows) {
                events.entity(OrmEvents.Kind.BEFORE_DELETE, s, st);
            }
        }
        // Foreign keys written by post-update (cycles) are cleared first, so no delete order can violate them.
        Map<EntityState, List<ColumnProperty>> clear = new LinkedHashMap<>();
        for (EntityState st : rows) {
            for (Relationship r : st.mapper.relationships) {
                if (r.kind == Relationship.Kind.MANY_TO_ONE && r.isPostUpdate() && st.snapshot[r.foreignKey.index] != null) {
                    clear.computeIfAbsent(st, k -> new ArrayList<>()).add(r.foreignKey);
                }
            }
        }
        Map<EntityMapper<?>, List<EntityState>> byMapper = new LinkedHashMap<>();
        for (EntityState st : rows) {
            byMapper.computeIfAbsent(st.mapper, k -> new ArrayList<>()).add(st);
        }
        List<List<EntityState>> batches = new ArrayList<>();
        List<EntityMapper<?>> order = new ArrayList<>(s.registry.insertOrder());
        java.util.Collections.reverse(order);
        for (EntityMapper<?> m : order) {
            List<EntityState> list = byMapper.get(m);
            if (list != null) {
                batches.addAll(RowOrder.deleteLevels(m, list, clear));
            }
        }
        for (Map.Entry<EntityState, List<ColumnProperty>> e : clear.entrySet()) {
            EntityState st = e.getKey();
            s.beforeWrite(st);
            for (ColumnProperty c : e.getValue()) {
                List<Object[]> one = new ArrayList<>();
                one.add(new Object[] {key(st), null});
                RowWriter.postUpdate(s, st.mapper, st.shard, c, one);
            }
        }
        int depth = s.depth();
        for (List<EntityState> batch : batches) {
            Map<Shard, List<EntityState>> byShard = new LinkedHashMap<>();
            for (EntityState st : batch) {
                byShard.computeIfAbsent(st.shard, k -> new ArrayList<>()).add(st);
                s.beforeWrite(st);
            }
            for (Map.Entry<Shard, List<EntityState>> e : byShard.entrySet()) {
                RowWriter.delete(s, batch.get(0).mapper, e.getKey(), e.getValue());
            }
            for (EntityState st : batch) {
                st.status = EntityState.Status.REMOVED;
                st.deleted(s.epoch, depth);
                s.removed.add(st);
                if (st.key != null && s.identityMap.get(st.key) == st) {
                    s.identityMap.remove(st.key);
                }
            }
        }
        if (!events.isEmpty()) {
            for (EntityState st : rows) {
                events.entity(OrmEvents.Kind.AFTER_DELETE, s, st);
            }
        }
    }

    // ------------------------------------------------------------------ after the flush

    private static void finish(Session s, FlushPlan plan) {
        for (EntityState st : plan.collectionOwners) {
            if (st.isPersistent()) {
                renewMembers(st);
            }
        }
        s.pending.clear();
        s.deleted.clear();
        s.modifications = 0;
    }
}
