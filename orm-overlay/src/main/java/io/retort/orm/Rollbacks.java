package io.retort.orm;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Map;

/**
 * Keeps the session true to the database when a transaction level ends: after a commit, deleted
 * objects leave it; after a rollback, objects inserted in the rolled back level leave it (their
 * generated keys cleared), deleted ones come back, and every other object returns to the values the
 * database holds again.
 */
final class Rollbacks {

    private Rollbacks() {
    }

    static void committed(Session s) {
        // A new epoch invalidates every object's transaction-level marks at once.
        s.epoch++;
        for (EntityState st : s.removed) {
            if (st.status == EntityState.Status.REMOVED) {
                s.states.remove(st.entity);
                st.status = EntityState.Status.DETACHED;
            }
        }
        s.removed.clear();
        if (s.factory.expireOnCommit) {
            for (EntityState st : s.states.values()) {
                if (st.isPersistent()) {
                    st.expired = true;
                }
            }
        }
        s.levels.clear();
    }

    /** Undoes, in the session, what happened at transaction level {@code depth} and deeper. */
    static void rollbackTo(Session s, int depth) {
        TransactionLevel level = s.levels.size() >= depth ? s.levels.get(depth - 1) : null;
        long startSequence = level == null || depth == 1 ? Long.MIN_VALUE : level.startSequence;
        for (EntityState st : new ArrayList<>(s.states.values())) {
            int inserted = st.insertedIn(s.epoch);
            if (inserted >= depth && inserted > 0) {
                undoInsert(s, st);
                continue;
            }
            if (st.isPending()) {
                if (st.sequence > startSequence) {
                    s.detach(st);
                }
                continue;
            }
            int deletedAt = st.deletedIn(s.epoch);
            if (deletedAt >= depth && deletedAt > 0) {
                st.deletedAt = 0;
                st.status = EntityState.Status.PERSISTENT;
                if (st.key != null) {
                    s.identityMap.put(st.key, st);
                }
            } else if (st.status == EntityState.Status.DELETED) {
                st.status = EntityState.Status.PERSISTENT;
            }
            if (st.isPersistent()) {
                Object[] before = level == null ? null : level.before.get(st);
                if (before != null) {
                    st.snapshot = before;
                }
                restore(s, st, st.snapshot);
                unloadCollections(st);
            }
        }
        for (int i = depth - 1; i < s.levels.size(); i++) {
            s.levels.get(i).before.clear();
        }
        if (depth == 1) {
            s.removed.clear();
            s.epoch++;
        }
        s.pending.removeIf(st -> !st.isPending());
        s.deleted.clear();
    }

    private static void undoInsert(Session s, EntityState st) {
        EntityMapper<?> m = st.mapper;
        if (st.keyGenerated && !m.record) {
            m.id.field.set(st.entity, null);
        }
        st.keyGenerated = false;
        if (m.version != null && !m.record) {
            Object v = st.versionBeforeInsert;
            if (v != null || !m.version.type.primitive) {
                m.version.field.set(st.entity, v);
            }
        }
        st.insertedAt = 0;
        st.snapshot = null;
        s.detach(st);
        st.key = null;
    }

    private static void unloadCollections(EntityState st) {
        for (Relationship r : st.mapper.relationships) {
            if (r.isCollection() && r.field.get(st.entity) instanceof OrmCollection c && c.isLoaded()) {
                c.unload();
                st.members(r.slot, null);
            }
        }
    }

    /** Sets an object's fields to {@code values} (a snapshot): columns, and many-to-ones by their keys. */
    static void restore(Session s, EntityState st, Object[] values) {
        EntityMapper<?> m = st.mapper;
        if (values == null) {
            return;
        }
        if (m.record) {
            restoreRecord(s, st, values);
            return;
        }
        for (ColumnProperty c : m.columns) {
            if (c.id) {
                continue;
            }
            Object value = values[c.index];
            if (c.reference == null) {
                if (!c.type.same(c.field.get(st.entity), value) && !(value == null && c.type.primitive)) {
                    c.field.set(st.entity, value);
                }
                continue;
            }
            Relationship r = c.reference;
            if (c.type.same(ColumnValues.value(st.entity, c), value)) {
                continue;
            }
            if (c.field != null) {
                c.field.set(st.entity, value);
            }
            if (value == null) {
                ColumnValues.setTarget(st.entity, r, null);
                continue;
            }
            EntityState target = s.lookup(r.target, value, st.shard);
            if (target != null) {
                ColumnValues.setTarget(st.entity, r, target.entity);
            } else if (r.lazyField) {
                r.field.set(st.entity, Loading.lazyReference(s, r, value, st.shard));
            } else {
                try {
                    ColumnValues.setTarget(st.entity, r, Loading.get(s, r.target, value));
                } catch (SQLException e) {
                    throw new OrmDataAccessException(e);
                }
            }
        }
    }

    /** A record cannot be changed: the session takes a new record with the values instead. */
    private static void restoreRecord(Session s, EntityState st, Object[] values) {
        boolean same = true;
        for (ColumnProperty c : st.mapper.columns) {
            same &= c.type.same(c.field.get(st.entity), values[c.index]);
        }
        if (!same) {
            s.swap(st, st.mapper.newRecord(values));
        }
    }

    // ------------------------------------------------------------------ nested transactions

    static void commitNested(Session s, TransactionLevel level) throws SQLException {
        requireInnermost(s, level);
        s.flush();
        s.connections.releaseSavepoint();
        s.levels.remove(s.levels.size() - 1);
        level.ended = true;
        // Changes of the savepoint now belong to the enclosing level.
        TransactionLevel outer = s.levels.get(s.levels.size() - 1);
        for (Map.Entry<EntityState, Object[]> e : level.before.entrySet()) {
            outer.before.putIfAbsent(e.getKey(), e.getValue());
        }
        for (EntityState st : s.states.values()) {
            if (st.insertedIn(s.epoch) > outer.depth) {
                st.insertedAt = outer.depth;
            }
            if (st.deletedIn(s.epoch) > outer.depth) {
                st.deletedAt = outer.depth;
            }
        }
    }

    static void rollbackNested(Session s, TransactionLevel level) throws SQLException {
        requireInnermost(s, level);
        level.ended = true;
        try {
            s.connections.rollbackToSavepoint();
        } finally {
            rollbackTo(s, level.depth);
            s.levels.remove(s.levels.size() - 1);
        }
    }

    /** After a failed flush: undo the innermost level (the savepoint, or the whole transaction). */
    static void afterFailure(Session s, Throwable cause) {
        try {
            if (s.levels.size() > 1) {
                rollbackNested(s, s.levels.get(s.levels.size() - 1));
            } else {
                s.rollback();
            }
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static void requireInnermost(Session s, TransactionLevel level) {
        if (s.levels.isEmpty() || s.levels.get(s.levels.size() - 1) != level) {
            throw new IllegalStateException("this nested transaction is not the innermost open one");
        }
    }
}
