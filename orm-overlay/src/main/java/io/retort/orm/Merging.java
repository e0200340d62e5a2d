package io.retort.orm;

import io.retort.orm.annotation.Cascade;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;

/** {@link Session#merge}: copies a detached object's state onto the session's object with its key. */
final class Merging {

    private Merging() {
    }

    @SuppressWarnings("unchecked")
    static <T> T merge(Session s, T entity, IdentityHashMap<Object, Object> done) throws SQLException {
        if (entity == null) {
            return null;
        }
        Object already = done.get(entity);
        if (already != null) {
            return (T) already;
        }
        EntityState own = s.states.get(entity);
        if (own != null && own.status != EntityState.Status.DETACHED) {
            return entity;
        }
        EntityMapper<T> m = (EntityMapper<T>) s.registry.mapperOf(entity);
        if (m == null) {
            throw new IllegalArgumentException(entity.getClass().getName() + " is not mapped");
        }
        Object key = m.idOf(entity);
        T target = key == null ? null : Loading.get(s, m, key);
        if (m.record) {
            if (target == null) {
                s.add(entity);
            } else if (target != entity) {
                s.replace(target, entity);
            }
            done.put(entity, entity);
            return entity;
        }
        boolean created = target == null;
        if (created) {
            target = m.newInstance();
        } else if (m.version != null) {
            Object mine = m.version.field.get(entity);
            Object theirs = m.version.field.get(target);
            if (mine != null && !m.version.type.same(mine, theirs)) {
                throw new StaleObjectException("merge of " + m.describe(entity) + " (table " + m.table + "): the object has"
                        + " version " + mine + ", but the database has version " + theirs + "; another transaction changed"
                        + " the row since it was loaded", entity, mine, theirs);
            }
        }
        done.put(entity, target);
        for (ColumnProperty c : m.columns) {
            if (c.field == null || (c.id && !created) || (c.version && !created)) {
                continue;
            }
            Object v = c.field.get(entity);
            if (v != null || !c.type.primitive) {
                c.field.set(target, v);
            }
        }
        if (created) {
            s.add(target);
        }
        for (Relationship r : m.relationships) {
            if (r.kind == Relationship.Kind.MANY_TO_ONE) {
                Object related = relatedReference(s, entity, r);
                if (related == NOT_LOADED) {
                    continue;
                }
                Object merged = r.cascades(Cascade.MERGE) ? merge(s, related, done) : sessionCopy(s, related);
                ColumnValues.setTarget(target, r, merged);
                continue;
            }
            Object v = r.field.get(entity);
            if (v == null || v instanceof OrmCollection c && !c.isLoaded()) {
                continue; // an unloaded collection says nothing about the elements
            }
            List<Object> merged = new ArrayList<>();
            for (Object e : (Collection<?>) v) {
                merged.add(r.cascades(Cascade.MERGE) ? merge(s, e, done) : sessionCopy(s, e));
            }
            @SuppressWarnings("unchecked")
            Collection<Object> mine = (Collection<Object>) r.field.get(target);
            if (mine == null) {
                Cascades.installCollections(s, s.states.get(target));
                mine = (Collection<Object>) r.field.get(target);
            }
            List<Object> current = new ArrayList<>(mine);
            for (Object e : current) {
                if (!containsIdentical(merged, e)) {
                    mine.remove(e);
                }
            }
            for (Object e : merged) {
                if (!containsIdentical(mine, e)) {
                    mine.add(e);
                }
            }
        }
        return target;
    }

    private static final Object NOT_LOADED = new Object();

    private static Object relatedReference(Session s, Object entity, Relationship r) throws SQLException {
        Object v = r.field.get(entity);
        if (r.lazyField && v instanceof Lazy<?> l && !l.isLoaded()) {
            return l.foreignKey() == null ? null : Loading.get(s, r.target, l.foreignKey());
        }
        return r.lazyField ? v == null ? NOT_LOADED : ((Lazy<?>) v).peek() : v;
    }

    /** The session's object with the key of {@code detached} (without copying its state). */
    private static Object sessionCopy(Session s, Object detached) throws SQLException {
        if (detached == null) {
            return null;
        }
        EntityState st = s.states.get(detached);
        if (st != null) {
            return detached;
        }
        EntityMapper<?> m = s.registry.mapperOf(detached);
        Object key = m.idOf(detached);
        Object found = key == null ? null : Loading.get(s, m, key);
        if (found == null) {
            throw new IllegalArgumentException("merge: " + m.describe(detached) + " is not in the database and the"
                    + " relationship does not cascade merge; add it first");
        }
        return found;
    }

    private static boolean containsIdentical(Collection<?> c, Object o) {
        for (Object x : c) {
            if (x == o) {
                return true;
            }
        }
        return false;
    }
}
