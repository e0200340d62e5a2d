package io.retort.orm;

import io.retort.orm.annotation.Cascade;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Save-update cascades (adding what is reachable) and walking related objects for other cascades. */
final class Cascades {

    interface RelatedAction {
        void accept(Object related) throws SQLException;
    }

    private Cascades() {
    }

    /** Adds {@code entity} and every new object reachable from it through save-update cascades. */
    static void add(Session s, Object entity) {
        if (entity == null) {
            throw new IllegalArgumentException("cannot add null");
        }
        EntityState first = s.states.get(entity);
        EntityMapper<?> m = first != null ? first.mapper : mapper(s, entity);
        if (first == null && m.relationships.length == 0) {
            // The common case of plain objects: nothing to walk.
            addOne(s, entity, m);
            return;
        }
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Object> work = new ArrayDeque<>();
        work.push(entity);
        seen.put(entity, Boolean.TRUE);
        while (!work.isEmpty()) {
            Object o = work.pop();
            EntityState st = s.states.get(o);
            if (st == null) {
                st = addOne(s, o, mapper(s, o));
            } else if (st.status == EntityState.Status.DELETED) {
                st.status = EntityState.Status.PERSISTENT;
            }
            for (Relationship r : st.mapper.relationships) {
                if (!r.cascades(Cascade.SAVE_UPDATE)) {
                    continue;
                }
                for (Object related : loadedRelated(o, r)) {
                    if (related != null && seen.put(related, Boolean.TRUE) == null) {
                        EntityState rs = s.states.get(related);
                        if (rs == null || rs.status == EntityState.Status.DELETED) {
                            work.push(related);
                        }
                    }
                }
            }
        }
    }

    private static EntityMapper<?> mapper(Session s, Object entity) {
        EntityMapper<?> m = s.registry.mapperOf(entity);
        if (m == null) {
            throw new IllegalArgumentException(entity.getClass().getName() + " is not mapped; add it to the Registry");
        }
        return m;
    }

    static EntityState addOne(Session s, Object entity, EntityMapper<?> m) {
        if (m.readOnly) {
            throw new IllegalArgumentException(m.type.getSimpleName() + " is mapped read-only; it cannot be added");
        }
        if (!s.routing.sharded()) {
            Object id = m.idOf(entity);
            if (id != null) {
                EntityState other = s.identityMap.get(new IdentityKey(m, id, Shard.SINGLE));
                if (other != null && other.entity != entity && other.status != EntityState.Status.REMOVED) {
                    throw new IllegalArgumentException("another " + m.type.getSimpleName() + " with key " + id
                            + " is already in this session; use session.merge(object) to copy this one onto it");
                }
            }
        }
        EntityState st = new EntityState(entity, m, EntityState.Status.PENDING);
        st.sequence = ++s.sequence;
        s.states.put(entity, st);
        s.pending.add(st);
        s.modifications++;
        if (m.hasCollections) {
            installCollections(s, st);
        }
        return st;
    }

    /** Puts the ORM's collections into a new object's collection fields (with their elements). */
    static void installCollections(Session s, EntityState st) {
        for (Relationship r : st.mapper.relationships) {
            if (!r.isCollection()) {
                continue;
            }
            Object v = r.field.get(st.entity);
            if (v instanceof OrmCollection c) {
                c.link().session = s;
                continue;
            }
            Collection<?> initial = v == null ? List.of() : (Collection<?>) v;
            CollectionLink link = new CollectionLink(st.entity, r, s, CollectionLink.LOADED);
            OrmCollection replacement = r.setCollection ? new OrmSet<>(link, initial) : new OrmList<>(link, initial);
            r.field.set(st.entity, replacement);
            for (Object e : initial) {
                link.added(e);
            }
        }
    }

    /** The related objects that are in memory (unloaded collections and references are not loaded). */
    static Iterable<Object> loadedRelated(Object entity, Relationship r) {
        if (!r.isCollection()) {
            Object t = ColumnValues.target(entity, r);
            return t == null ? List.of() : List.of(t);
        }
        Object[] now = Dirty.current(entity, r);
        return now == null ? List.of() : java.util.Arrays.asList(now);
    }

    /** Calls {@code action} for each loaded object related through a relationship with {@code cascade}. */
    static void forEachRelated(Session s, EntityState st, Cascade cascade, RelatedAction action) throws SQLException {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        seen.put(st.entity, Boolean.TRUE);
        ArrayDeque<EntityState> work = new ArrayDeque<>();
        work.push(st);
        while (!work.isEmpty()) {
            EntityState cur = work.pop();
            for (Relationship r : cur.mapper.relationships) {
                if (!r.cascades(cascade)) {
                    continue;
                }
                for (Object related : loadedRelated(cur.entity, r)) {
                    if (related != null && seen.put(related, Boolean.TRUE) == null) {
                        EntityState rs = s.states.get(related);
                        action.accept(related);
                        if (rs != null) {
                            work.push(rs);
                        }
                    }
                }
            }
        }
    }
}
