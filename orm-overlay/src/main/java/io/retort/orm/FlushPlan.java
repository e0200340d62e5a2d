package io.retort.orm;

import io.retort.orm.annotation.Cascade;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one flush writes, worked out before anything is written: new objects reachable through
 * save-update cascades are added; the two sides of bidirectional relationships are brought in step;
 * children removed from collections are detached (their foreign key cleared) or deleted (delete-orphan);
 * deletions cascade; then the inserts, updates, deletes and association rows are collected.
 */
final class FlushPlan {

    /** A many-to-many link between two objects, in the owning side's orientation. */
    record Link(Relationship owning, Object owner, Object element) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Link l && l.owning == owning && l.owner == owner && l.element == element;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(owner) * 31 + System.identityHashCode(element) + owning.hashCode();
        }
    }

    /** New objects by mapper, in add order. */
    final Map<EntityMapper<?>, List<EntityState>> inserts = new LinkedHashMap<>();
    /** Changed objects and their changed columns. */
    final Map<EntityState, boolean[]> updates = new LinkedHashMap<>();
    final List<EntityState> deletes = new ArrayList<>();
    final Set<Link> linksAdded = new LinkedHashSet<>();
    final Set<Link> linksRemoved = new LinkedHashSet<>();
    /** Association rows of deleted objects: (relationship as seen from the deleted side, the object). */
    final List<Map.Entry<Relationship, EntityState>> linksOfDeleted = new ArrayList<>();
    /** Objects whose loaded collections changed (their member snapshots are renewed after the flush). */
    final Set<EntityState> collectionOwners = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    int insertCount;

    boolean isEmpty() {
        return insertCount == 0 && updates.isEmpty() && deletes.isEmpty() && linksAdded.isEmpty() && linksRemoved.isEmpty();
    }

    static FlushPlan build(Session s) throws SQLException {
        FlushPlan plan = new FlushPlan();
        plan.cascadeAndReconcile(s);
        plan.collect(s);
        return plan;
    }

    // ------------------------------------------------------------------ phase one: the object graph

    private void cascadeAndReconcile(Session s) throws SQLException {
        boolean anyRelationships = false;
        for (EntityMapper<?> m : s.registry.mappers()) {
            anyRelationships |= m.relationships.length > 0;
        }
        if (!anyRelationships) {
            return;
        }
        // Objects found during the walk are added to the session; walk until nothing new turns up.
        Set<EntityState> walked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<EntityState> cascadedDeletes = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (EntityState st : new ArrayList<>(s.states.values())) {
                if (st.mapper.relationships.length == 0) {
                    continue;
                }
                if (st.status == EntityState.Status.DELETED) {
                    if (cascadedDeletes.add(st)) {
                        cascadeDelete(s, st);
                        changed = true;
                    }
                    continue;
                }
                if ((st.isPending() || st.isPersistent()) && walked.add(st)) {
                    reconcile(s, st);
                    changed = true;
                }
            }
        }
    }

    /** Brings one object's relationships in step and cascades save-update from it. */
    private void reconcile(Session s, EntityState st) throws SQLException {
        Object entity = st.entity;
        for (Relationship r : st.mapper.relationships) {
            if (r.kind == Relationship.Kind.MANY_TO_ONE) {
                Object target = ColumnValues.target(entity, r);
                if (target != null && !s.states.containsKey(target) && r.cascades(Cascade.SAVE_UPDATE)) {
                    Cascades.add(s, target);
                }
                if (st.isPersistent()) {
                    reconcileReference(s, st, r, target);
                } else if (target != null && r.inverse != null) {
                    addToInverse(target, r.inverse, entity);
                }
                continue;
            }
            Object[] added = Dirty.added(st, r);
            Object[] removed = Dirty.removed(st, r);
            if (added.length == 0 && removed.length == 0) {
                continue;
            }
            collectionOwners.add(st);
            for (Object e : added) {
                if (e == null) {
                    continue;
                }
                if (!s.states.containsKey(e) && r.cascades(Cascade.SAVE_UPDATE)) {
                    Cascades.add(s, e);
                }
                if (r.kind == Relationship.Kind.ONE_TO_MANY) {
                    if (ColumnValues.target(e, r.inverse) != entity) {
                        ColumnValues.setTarget(e, r.inverse, entity);
                    }
                } else {
                    linksAdded.add(link(r, entity, e));
                    linksRemoved.remove(link(r, entity, e));
                }
            }
            for (Object e : removed) {
                if (e == null) {
                    continue;
                }
                if (r.kind == Relationship.Kind.ONE_TO_MANY) {
                    Object now = ColumnValues.target(e, r.inverse);
                    if (now == entity) {
                        ColumnValues.setTarget(e, r.inverse, null);
                        now = null;
                    }
                    if (now == null && r.cascades(Cascade.DELETE_ORPHAN)) {
                        deleteOrphan(s, e);
                    }
                } else {
                    Link l = link(r, entity, e);
                    if (!linksAdded.remove(l)) {
                        linksRemoved.add(l);
                    }
                }
            }
        }
    }

    private static Link link(Relationship r, Object owner, Object element) {
        return r.owningSide == r ? new Link(r, owner, element) : new Link(r.owningSide, element, owner);
    }

    /** A persistent object's many-to-one changed: update the loaded collections on both ends; delete orphans. */
    private void reconcileReference(Session s, EntityState st, Relationship r, Object target) throws SQLException {
        Object before = st.snapshot[r.foreignKey.index];
        Object now = ColumnValues.value(st.entity, r.foreignKey);
        if (r.foreignKey.type.same(before, now)) {
            return;
        }
        Relationship collection = r.inverse;
        if (collection != null) {
            if (before != null) {
                EntityState old = s.lookup(r.target, before, st.shard);
                if (old != null && collection.field.get(old.entity) instanceof OrmCollection c && c.isLoaded()) {
                    c.rawRemove(st.entity);
                    Object[] members = old.members(collection.slot);
                    if (members != null) {
                        old.members(collection.slot, Dirty.difference(members, new Object[] {st.entity}));
                    }
                }
            }
            if (target != null) {
                addToInverse(target, collection, st.entity);
            }
            if (now == null && before != null && collection.cascades(Cascade.DELETE_ORPHAN)) {
                deleteOrphan(s, st.entity);
            }
        }
    }

    private static void addToInverse(Object target, Relationship collection, Object element) {
        Object v = collection.field.get(target);
        if (v instanceof OrmCollection c) {
            if (c.isLoaded() && !c.rawContains(element)) {
                c.rawAdd(element);
            }
        } else if (v instanceof Collection<?> plain && !plain.contains(element)) {
            @SuppressWarnings("unchecked")
            Collection<Object> p = (Collection<Object>) plain;
            p.add(element);
        }
    }

    private static void deleteOrphan(Session s, Object orphan) {
        EntityState os = s.states.get(orphan);
        if (os == null) {
            return;
        }
        if (os.isPending()) {
            s.detach(os);
        } else if (os.isPersistent()) {
            os.status = EntityState.Status.DELETED;
            s.deleted.add(os);
        }
    }

    /** The consequences of deleting {@code st}: cascaded deletes, detached children, association rows. */
    private void cascadeDelete(Session s, EntityState st) throws SQLException {
        for (Relationship r : st.mapper.relationships) {
            if (r.kind == Relationship.Kind.MANY_TO_ONE) {
                if (r.cascades(Cascade.DELETE)) {
                    Object target = ColumnValues.target(st.entity, r);
                    if (target == null && r.lazyField && r.field.get(st.entity) instanceof Lazy<?> l && !l.isLoaded()) {
                        target = l.get();
                    }
                    markDeleted(s, target);
                }
                continue;
            }
            if (r.kind == Relationship.Kind.MANY_TO_MANY) {
                linksOfDeleted.add(Map.entry(r, st));
                // The association rows go with the object; the other side's loaded collections follow in memory.
                Object[] elements = Dirty.current(st.entity, r);
                if (elements != null) {
                    for (Object e : elements) {
                        if (e != null && r.inverse != null && r.inverse.field.get(e) instanceof OrmCollection c && c.isLoaded()) {
                            c.rawRemove(st.entity);
                        }
                    }
                }
                if (r.cascades(Cascade.DELETE)) {
                    for (Object e : elementsLoading(s, st, r)) {
                        markDeleted(s, e);
                    }
                }
                continue;
            }
            boolean cascade = r.cascades(Cascade.DELETE);
            if (!cascade && r.passiveDeletes) {
                continue;
            }
            for (Object child : elementsLoading(s, st, r)) {
                if (child == null) {
                    continue;
                }
                if (cascade) {
                    markDeleted(s, child);
                } else if (ColumnValues.target(child, r.inverse) == st.entity) {
                    EntityState cs = s.states.get(child);
                    if (cs == null || cs.status != EntityState.Status.DELETED) {
                        ColumnValues.setTarget(child, r.inverse, null);
                    }
                }
            }
        }
    }

    /** The elements of a collection, loading it if needed. */
    private static Object[] elementsLoading(Session s, EntityState st, Relationship r) throws SQLException {
        Object v = r.field.get(st.entity);
        if (v instanceof OrmCollection c && !c.isLoaded()) {
            Loading.loadCollection(s, st, r, c);
        }
        Object[] now = Dirty.current(st.entity, r);
        return now == null ? new Object[0] : now;
    }

    private static void markDeleted(Session s, Object entity) {
        if (entity == null) {
            return;
        }
        EntityState es = s.states.get(entity);
        if (es == null) {
            return;
        }
        if (es.isPending()) {
            s.detach(es);
        } else if (es.isPersistent()) {
            es.status = EntityState.Status.DELETED;
            s.deleted.add(es);
        }
    }

    // ------------------------------------------------------------------ phase two: the writes

    private void collect(Session s) {
        // One pass over the session's objects (in the order they entered it, so new objects keep their add
        // order): the new ones to insert, the persistent ones compared with their snapshots.
        EntityMapper<?> lastMapper = null;
        List<EntityState> last = null;
        for (EntityState st : s.states.values()) {
            EntityState.Status status = st.status;
            if (status == EntityState.Status.PENDING) {
                if (st.mapper != lastMapper) {
                    lastMapper = st.mapper;
                    last = inserts.computeIfAbsent(st.mapper, k -> new ArrayList<>());
                }
                last.add(st);
                insertCount++;
            } else if (status == EntityState.Status.PERSISTENT && st.snapshot != null && !st.mapper.readOnly) {
                boolean[] mask = Dirty.changedColumns(st);
                if (mask != null) {
                    updates.put(st, mask);
                }
            }
        }
        Set<EntityState> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (EntityState st : s.deleted) {
            if (st.status == EntityState.Status.DELETED && seen.add(st)) {
                deletes.add(st);
            }
        }
        // A link to or from an object that is being deleted goes with the object's association rows.
        if (!linksOfDeleted.isEmpty()) {
            linksRemoved.removeIf(l -> deleting(s, l.owner()) || deleting(s, l.element()));
        }
    }

    private static boolean deleting(Session s, Object entity) {
        EntityState st = s.states.get(entity);
        return st != null && st.status == EntityState.Status.DELETED;
    }
}
