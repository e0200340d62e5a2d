package io.retort.orm;

import io.retort.orm.annotation.Fetch;
import io.retort.sql.SqlDialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One loading step of a session: objects created from rows (or found in the identity map), the
 * collections filled by joins, and then, level by level, the relationships loaded with {@code selectin}
 * (one IN query per relationship and level, in batches of {@value #BATCH} keys).
 */
final class LoadContext {

    static final int BATCH = 500;

    /**
     * Objects of one plan node, whose relationships are loaded together; each once. The object's state
     * carries the batch that holds it ({@link EntityState#batch}), so the common case needs no set; only
     * an object already held by another batch (a joined load that meets it again under another plan node)
     * is remembered here by identity.
     */
    static final class Batch {
        final LoadPlan plan;
        final List<EntityState> states = new ArrayList<>();
        private Set<EntityState> heldElsewhere;
        /** Relationships already loaded by joins in this step. */
        final Set<Relationship> joined = new HashSet<>();

        Batch(LoadPlan plan) {
            this.plan = plan;
        }

        void add(EntityState st) {
            if (st.batch == this) {
                return;
            }
            if (st.batch == null && (heldElsewhere == null || !heldElsewhere.contains(st))) {
                st.batch = this;
                states.add(st);
                return;
            }
            if (heldElsewhere == null) {
                heldElsewhere = Collections.newSetFromMap(new IdentityHashMap<>());
            }
            if (heldElsewhere.add(st)) {
                states.add(st);
            }
        }

        /** The batch is complete (nothing is added once it is processed): its objects are free for other batches. */
        void release() {
            for (EntityState st : states) {
                if (st.batch == this) {
                    st.batch = null;
                }
            }
        }
    }

    final Session session;
    final boolean populateExisting;
    /** Marks the objects this step created from rows ({@link EntityState#createdBy}). */
    private final int step;
    private final ArrayDeque<Batch> work = new ArrayDeque<>();
    /** Collections filled by joins: owner -> relationship -> elements (in row order, no duplicates). */
    private final Map<EntityState, Map<Relationship, LinkedHashMap<Object, Boolean>>> joinedElements = new IdentityHashMap<>();

    LoadContext(Session session, boolean populateExisting) {
        this.session = session;
        this.populateExisting = populateExisting;
        this.step = ++session.loadSteps;
    }

    void schedule(Batch b) {
        if (!b.states.isEmpty()) {
            work.add(b);
        }
    }

    /** Whether this step created the object (rather than finding it in the identity map). */
    boolean isNew(EntityState st) {
        return st.createdBy == step;
    }

    /**
     * The object of the row whose columns for {@code m} start at {@code first}: from the identity map
     * (unless expired or populate-existing), else created; null when the key is NULL (an outer join's miss).
     */
    EntityState entity(EntityMapper<?> m, LoadPlan plan, ResultSet rs, int first, Shard shard, SqlDialect family, Batch batch)
            throws SQLException {
        Object key = m.id.type.read(rs, first + m.id.index, family);
        if (key == null) {
            return null;
        }
        Session s = session;
        if (s.routing.sharded()) {
            Shard own = s.routing.canonical(m, shard);
            shard = own != null ? own : shard;
        }
        IdentityKey ik = new IdentityKey(m, key, shard);
        EntityState st = s.identityMap.get(ik);
        if (st != null && !st.expired && !populateExisting) {
            batch.add(st);
            return st;
        }
        ColumnProperty[] columns = m.columns;
        Object[] values = new Object[columns.length];
        int idIndex = m.id.index;
        for (int i = 0; i < columns.length; i++) {
            values[i] = i == idIndex ? key : columns[i].type.read(rs, first + i, family);
        }
        if (st != null) {
            st.expired = false;
            if (!st.isPending()) {
                Rollbacks.restore(s, st, values);
                EntityState now = s.identityMap.get(ik); // a record is replaced by a new one
                st = now != null ? now : st;
                st.snapshot = values;
            }
            batch.add(st);
            return st;
        }
        Object entity;
        if (m.record) {
            entity = m.newRecord(values);
        } else {
            entity = m.newInstance();
            for (ColumnProperty c : columns) {
                Object v = values[c.index];
                if (c.field != null && (v != null || !c.type.primitive)) {
                    c.field.set(entity, v);
                }
            }
        }
        st = new EntityState(entity, m, EntityState.Status.PERSISTENT);
        st.snapshot = values;
        st.shard = shard;
        s.states.put(entity, st);
        s.register(st, ik);
        if (m.relationships.length > 0) {
            initRelationships(st, plan);
        }
        st.createdBy = step;
        batch.add(st);
        if (!s.factory.events.isEmpty()) {
            s.factory.events.entity(OrmEvents.Kind.LOAD, s, st);
        }
        return st;
    }

    /** Puts the ORM's collections and references into a new object, per strategy. */
    private void initRelationships(EntityState st, LoadPlan plan) {
        Session s = session;
        for (Relationship r : st.mapper.relationships) {
            Fetch f = plan.strategy(r);
            if (r.isCollection()) {
                CollectionLink link = new CollectionLink(st.entity, r, s, f == Fetch.RAISE ? CollectionLink.RAISE
                        : CollectionLink.LAZY);
                r.field.set(st.entity, r.setCollection ? new OrmSet<>(link, null) : new OrmList<>(link, null));
                continue;
            }
            Object fk = st.snapshot[r.foreignKey.index];
            if (fk == null) {
                r.field.set(st.entity, r.lazyField ? Lazy.empty() : null);
                continue;
            }
            Shard targetShard = s.routing.sharded() ? s.routing.canonical(r.target, st.shard) : st.shard;
            EntityState target = targetShard == null ? null : s.identityMap.get(new IdentityKey(r.target, fk, targetShard));
            if (target != null && target.status != EntityState.Status.REMOVED) {
                r.field.set(st.entity, r.lazyField ? Lazy.of(target.entity) : target.entity);
            } else if (r.lazyField) {
                r.field.set(st.entity, f == Fetch.RAISE ? Loading.raisingReference(r, fk) : Loading.lazyReference(s, r, fk, st.shard));
            } else {
                r.field.set(st.entity, null); // resolved by the selectin or joined step
            }
        }
    }

    /** A row of a relationship loaded by a join: {@code child} (may be null) belongs to {@code parent}. */
    void joined(EntityState parent, Relationship r, EntityState child, Batch parentBatch) {
        parentBatch.joined.add(r);
        if (r.isCollection()) {
            Map<Relationship, LinkedHashMap<Object, Boolean>> byRel = joinedElements.computeIfAbsent(parent,
                    k -> new LinkedHashMap<>());
            LinkedHashMap<Object, Boolean> elements = byRel.computeIfAbsent(r, k -> new LinkedHashMap<>());
            if (child != null) {
                elements.putIfAbsent(new IdentityBox(child.entity), Boolean.TRUE);
            }
            return;
        }
        if (isNew(parent) || populateExisting || ColumnValues.target(parent.entity, r) == null) {
            if (child != null) {
                ColumnValues.setTarget(parent.entity, r, child.entity);
            }
        }
    }

    /** Identity-based key, so that entities with their own equals() are still told apart. */
    private record IdentityBox(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityBox b && b.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** Gives the collections filled by joins to their owners. */
    void finishRows() {
        for (Map.Entry<EntityState, Map<Relationship, LinkedHashMap<Object, Boolean>>> e : joinedElements.entrySet()) {
            EntityState parent = e.getKey();
            for (Map.Entry<Relationship, LinkedHashMap<Object, Boolean>> re : e.getValue().entrySet()) {
                Relationship r = re.getKey();
                if (!(r.field.get(parent.entity) instanceof OrmCollection c)) {
                    continue;
                }
                if (c.isLoaded() && !isNew(parent) && !populateExisting) {
                    continue;
                }
                List<Object> elements = new ArrayList<>(re.getValue().size());
                for (Object box : re.getValue().keySet()) {
                    elements.add(((IdentityBox) box).value());
                }
                c.markLoaded(elements);
                parent.members(r.slot, elements.toArray());
            }
        }
        joinedElements.clear();
    }

    /** Loads, level by level, every relationship the plans load with selectin (or joined without a join). */
    void process() throws SQLException {
        while (!work.isEmpty()) {
            Batch b = work.poll();
            b.release();
            for (Relationship r : b.plan.mapper.relationships) {
                Fetch f = b.plan.strategy(r);
                if (f == Fetch.JOINED && b.joined.contains(r)) {
                    continue;
                }
                if (f != Fetch.SELECTIN && f != Fetch.JOINED) {
                    continue;
                }
                if (r.isCollection()) {
                    Loading.selectinCollections(this, b, r);
                } else {
                    Loading.selectinReferences(this, b, r);
                }
            }
        }
    }
}
