package io.retort.orm;

import java.util.IdentityHashMap;
import java.util.Map;

/** Change detection by comparing objects with their snapshots (no bytecode instrumentation). */
final class Dirty {

    private Dirty() {
    }

    /**
     * The columns of a persistent object whose values differ from its snapshot (key and version
     * excluded), as a mask over column slots, or null when none changed.
     *
     * @throws IllegalStateException when the primary key itself was changed
     */
    static boolean[] changedColumns(EntityState s) {
        Object entity = s.entity;
        Object[] snap = s.snapshot;
        boolean[] mask = null;
        ColumnProperty[] columns = s.mapper.columns;
        for (int i = 0; i < columns.length; i++) {
            ColumnProperty c = columns[i];
            if (c.version) {
                continue;
            }
            Object now = ColumnValues.value(entity, c);
            if (!c.type.same(now, snap[i])) {
                if (c.id) {
                    throw new IllegalStateException("the key of " + s.mapper.type.getSimpleName() + "#" + snap[i]
                            + " was changed to " + now + "; the key of a persistent object cannot change (delete it and"
                            + " add a new one)");
                }
                if (mask == null) {
                    mask = new boolean[columns.length];
                }
                mask[i] = true;
            }
        }
        return mask;
    }

    /** Whether a loaded collection's members differ from those at the last load or flush. */
    static boolean collectionsChanged(EntityState s) {
        for (Relationship r : s.mapper.relationships) {
            if (r.isCollection() && (added(s, r).length > 0 || removed(s, r).length > 0)) {
                return true;
            }
        }
        return false;
    }

    /** The current elements of a collection, or null when it is not loaded. */
    static Object[] current(Object entity, Relationship r) {
        Object v = r.field.get(entity);
        if (v == null) {
            return new Object[0];
        }
        if (v instanceof OrmCollection c) {
            return c.isLoaded() ? c.rawElements() : null;
        }
        return ((java.util.Collection<?>) v).toArray();
    }

    static Object[] added(EntityState s, Relationship r) {
        Object[] now = current(s.entity, r);
        if (now == null) {
            return new Object[0];
        }
        Object[] before = s.members(r.slot);
        return difference(now, before);
    }

    static Object[] removed(EntityState s, Relationship r) {
        Object[] now = current(s.entity, r);
        Object[] before = s.members(r.slot);
        if (now == null || before == null) {
            return new Object[0];
        }
        return difference(before, now);
    }

    /** Elements of {@code a} not in {@code b}, by identity. */
    static Object[] difference(Object[] a, Object[] b) {
        if (b == null || b.length == 0) {
            return a;
        }
        Map<Object, Boolean> set = new IdentityHashMap<>(b.length * 2);
        for (Object o : b) {
            set.put(o, Boolean.TRUE);
        }
        int n = 0;
        Object[] out = new Object[a.length];
        for (Object o : a) {
            if (!set.containsKey(o)) {
                out[n++] = o;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** The objects of {@code states} that are in {@code status}, once each, in order. */
    static java.util.List<Object> entities(java.util.List<EntityState> states, EntityState.Status status) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (EntityState s : states) {
            if (s.status == status && seen.put(s.entity, Boolean.TRUE) == null) {
                out.add(s.entity);
            }
        }
        return out;
    }
}
