package io.retort.orm;

import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.ColumnRef;
import io.retort.sql.Expression;
import io.retort.sql.FromItem;
import io.retort.sql.Identifier;
import io.retort.sql.InList;
import io.retort.sql.Name;
import io.retort.sql.OrderItem;
import io.retort.sql.SelectItem;
import io.retort.sql.Sql;
import io.retort.sql.SortOrder;
import io.retort.sql.SqlDialect;
import io.retort.sql.TableRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loading objects outside queries: by key ({@code get}, {@code refresh}), lazy collections and
 * references on access, and the selectin steps of a {@link LoadContext}.
 */
final class Loading {

    private Loading() {
    }

    // ------------------------------------------------------------------ by key

    static <T> T get(Session s, EntityMapper<T> m, Object id) throws SQLException {
        if (id == null) {
            throw new IllegalArgumentException("get(" + m.type.getSimpleName() + ", null): a key is needed");
        }
        Object key = m.id.type.coerce(id);
        List<Shard> shards = s.routing.shardsForIdentity(m, key);
        for (Shard shard : shards) {
            EntityState st = s.identityMap.get(new IdentityKey(m, key, shard));
            if (st != null) {
                if (st.status == EntityState.Status.REMOVED || st.status == EntityState.Status.DELETED) {
                    return null;
                }
                if (st.expired) {
                    refresh(s, st);
                    st = s.identityMap.get(new IdentityKey(m, key, shard));
                }
                return m.type.cast(st.entity);
            }
        }
        // A pending object with this key becomes visible by flushing it.
        for (EntityState p : s.pending) {
            if (p.isPending() && p.mapper == m && m.id.type.same(m.idOf(p.entity), key)) {
                s.autoflush();
                break;
            }
        }
        for (Shard shard : shards) {
            EntityState st = byKey(s, m, key, shard, false);
            if (st != null) {
                return m.type.cast(st.entity);
            }
        }
        return null;
    }

    /** SELECT ... WHERE key = ? on one shard; the object or null. */
    private static EntityState byKey(Session s, EntityMapper<?> m, Object key, Shard shard, boolean populate)
            throws SQLException {
        LoadContext ctx = new LoadContext(s, populate);
        LoadContext.Batch batch = new LoadContext.Batch(LoadPlan.defaults(m));
        Binds b = new Binds();
        io.retort.sql.Select q = selectEntity(m, m.table).where(
                new BinaryOp(new ColumnRef(Name.of(m.table), m.id.column), BinaryOperator.EQUALS, b.add(key, m.id.type)));
        EntityState found = null;
        SqlDialect family = s.dialect(shard).family();
        try (PreparedStatement ps = s.prepare(shard, q, b); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                found = ctx.entity(m, batch.plan, rs, 1, shard, family, batch);
            }
        }
        ctx.schedule(batch);
        ctx.process();
        return found;
    }

    static void refresh(Session s, EntityState st) throws SQLException {
        Object key = st.snapshot[st.mapper.id.index];
        st.expired = true;
        EntityState found = byKey(s, st.mapper, key, st.shard == null ? Shard.SINGLE : st.shard, true);
        if (found == null) {
            throw new SQLException("cannot refresh " + st.mapper.describe(st.entity) + ": its row no longer exists", "02000");
        }
        for (Relationship r : found.mapper.relationships) {
            if (r.isCollection() && r.field.get(found.entity) instanceof OrmCollection c && c.isLoaded()) {
                c.unload();
                found.members(r.slot, null);
            }
        }
    }

    static io.retort.sql.Select selectEntity(EntityMapper<?> m, String qualifier) {
        SelectItem[] items = new SelectItem[m.columns.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = new SelectItem(new ColumnRef(Name.of(qualifier), m.columns[i].column), null);
        }
        TableRef t = TableRef.of(m.tableName);
        return Sql.select(items).from(qualifier.equals(m.table) ? t : t.as(qualifier));
    }

    // ------------------------------------------------------------------ lazy

    /** A {@link Lazy} that loads the target with key {@code fk} on first access, while the session is open. */
    static Lazy<Object> lazyReference(Session s, Relationship r, Object fk, Shard shard) {
        return Lazy.unloaded(fk, ref -> {
            if (s.closed) {
                throw new DetachedInstanceException(r.path() + " (the " + r.target.type.getSimpleName() + " with key " + fk
                        + ") was not loaded and its session is closed: access it while the session is open, or load it"
                        + " with the query (options(Load.selectin(" + r.owner.type.getSimpleName() + "_." + r.name + ")))");
            }
            Shard targetShard = s.routing.sharded() ? s.routing.canonical(r.target, shard) : shard;
            EntityState st = targetShard == null ? null : s.identityMap.get(new IdentityKey(r.target, fk, targetShard));
            if (st != null) {
                return st.entity;
            }
            s.autoflush();
            return get(s, r.target, fk);
        });
    }

    static Lazy<Object> raisingReference(Relationship r, Object fk) {
        return Lazy.unloaded(fk, ref -> {
            throw new RaiseLoadException(r.path() + " (the " + r.target.type.getSimpleName() + " with key " + fk
                    + ") is not loaded and is configured to raise instead of loading: load it with the query"
                    + " (options(Load.selectin(" + r.owner.type.getSimpleName() + "_." + r.name + ")))");
        });
    }

    /** Loads one object's collection (lazy access, or a cascade that needs the elements). */
    static void loadCollection(Session s, EntityState owner, Relationship r, OrmCollection target) throws SQLException {
        s.autoflush();
        if (target.isLoaded()) {
            return;
        }
        LoadContext ctx = new LoadContext(s, false);
        LoadContext.Batch batch = new LoadContext.Batch(LoadPlan.defaults(r.target));
        Object key = owner.snapshot[owner.mapper.id.index];
        Map<Object, List<Object>> byOwner = children(ctx, r, batch, owner.shard == null ? Shard.SINGLE : owner.shard,
                List.of(key));
        List<Object> elements = byOwner.getOrDefault(key, List.of());
        target.markLoaded(elements);
        owner.members(r.slot, elements.toArray());
        ctx.schedule(batch);
        ctx.process();
    }

    // ------------------------------------------------------------------ selectin

    /** Resolves the many-to-one {@code r} of every object of the batch: identity map first, then IN queries. */
    static void selectinReferences(LoadContext ctx, LoadContext.Batch b, Relationship r) throws SQLException {
        Session s = ctx.session;
        Map<Shard, LinkedHashSet<Object>> keys = new LinkedHashMap<>();
        List<EntityState> waiting = new ArrayList<>();
        for (EntityState st : b.states) {
            if (ColumnValues.target(st.entity, r) != null) {
                continue;
            }
            if (r.lazyField && r.field.get(st.entity) instanceof Lazy<?> l && l.isLoaded()) {
                continue;
            }
            Object fk = st.snapshot[r.foreignKey.index];
            if (fk == null) {
                continue;
            }
            Shard targetShard = s.routing.sharded() ? s.routing.canonical(r.target, st.shard) : st.shard;
            EntityState t = targetShard == null ? null : s.identityMap.get(new IdentityKey(r.target, fk, targetShard));
            if (t != null && t.status != EntityState.Status.REMOVED) {
                ColumnValues.setTarget(st.entity, r, t.entity);
                continue;
            }
            waiting.add(st);
            keys.computeIfAbsent(st.shard, k -> new LinkedHashSet<>()).add(fk);
        }
        if (waiting.isEmpty()) {
            return;
        }
        LoadContext.Batch child = new LoadContext.Batch(b.plan.child(r));
        Map<Object, Object> found = new HashMap<>();
        EntityMapper<?> target = r.target;
        for (Map.Entry<Shard, LinkedHashSet<Object>> e : keys.entrySet()) {
            List<Object> list = new ArrayList<>(e.getValue());
            for (Shard shard : s.routing.shardsForRelated(e.getKey(), target, target.id.name(), list)) {
                for (int from = 0; from < list.size(); from += LoadContext.BATCH) {
                    List<Object> part = list.subList(from, Math.min(list.size(), from + LoadContext.BATCH));
                    Binds binds = new Binds();
                    io.retort.sql.Select q = selectEntity(target, target.table)
                            .where(in(new ColumnRef(Name.of(target.table), target.id.column), part, target.id.type, binds));
                    SqlDialect family = s.dialect(shard).family();
                    try (PreparedStatement ps = s.prepare(shard, q, binds); ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            EntityState t = ctx.entity(target, child.plan, rs, 1, shard, family, child);
                            found.put(t.snapshot[target.id.index], t.entity);
                        }
                    }
                }
            }
        }
        for (EntityState st : waiting) {
            Object t = found.get(st.snapshot[r.foreignKey.index]);
            if (t != null) {
                ColumnValues.setTarget(st.entity, r, t);
            }
        }
        ctx.schedule(child);
    }

    /** Loads the collection {@code r} of every object of the batch that has not loaded it: one IN query per batch of keys. */
    static void selectinCollections(LoadContext ctx, LoadContext.Batch b, Relationship r) throws SQLException {
        Map<Shard, List<EntityState>> owners = new LinkedHashMap<>();
        for (EntityState st : b.states) {
            if (r.field.get(st.entity) instanceof OrmCollection c && (!c.isLoaded() || ctx.populateExisting && ctx.isNew(st))) {
                owners.computeIfAbsent(st.shard == null ? Shard.SINGLE : st.shard, k -> new ArrayList<>()).add(st);
            }
        }
        if (owners.isEmpty()) {
            return;
        }
        LoadContext.Batch child = new LoadContext.Batch(b.plan.child(r));
        for (Map.Entry<Shard, List<EntityState>> e : owners.entrySet()) {
            List<Object> keys = new ArrayList<>(e.getValue().size());
            for (EntityState st : e.getValue()) {
                keys.add(st.snapshot[st.mapper.id.index]);
            }
            Map<Object, List<Object>> byOwner = children(ctx, r, child, e.getKey(), keys);
            for (EntityState st : e.getValue()) {
                List<Object> elements = byOwner.getOrDefault(st.snapshot[st.mapper.id.index], List.of());
                ((OrmCollection) r.field.get(st.entity)).markLoaded(elements);
                st.members(r.slot, elements.toArray());
            }
        }
        ctx.schedule(child);
    }

    /**
     * The elements of collection {@code r} for the owners with {@code keys}, grouped by owner key, in the
     * relationship's order: {@code SELECT child.* FROM child WHERE child.fk IN (...)}, or for a
     * many-to-many {@code SELECT assoc.owner, child.* FROM child JOIN assoc ON ... WHERE assoc.owner IN (...)}.
     */
    private static Map<Object, List<Object>> children(LoadContext ctx, Relationship r, LoadContext.Batch batch,
            Shard ownerShard, List<Object> keys) throws SQLException {
        Session s = ctx.session;
        EntityMapper<?> target = r.target;
        Map<Object, List<Object>> out = new HashMap<>();
        boolean m2m = r.kind == Relationship.Kind.MANY_TO_MANY;
        String keyColumn = m2m ? r.ownerColumn : r.foreignKey.name();
        for (Shard shard : s.routing.shardsForRelated(ownerShard, target, keyColumn, keys)) {
            SqlDialect family = s.dialect(shard).family();
            for (int from = 0; from < keys.size(); from += LoadContext.BATCH) {
                List<Object> part = keys.subList(from, Math.min(keys.size(), from + LoadContext.BATCH));
                Binds binds = new Binds();
                io.retort.sql.Select q;
                int first;
                if (m2m) {
                    String assoc = r.joinTable;
                    List<SelectItem> items = new ArrayList<>();
                    items.add(new SelectItem(new ColumnRef(Name.of(assoc), Identifier.of(r.ownerColumn)), null));
                    for (ColumnProperty c : target.columns) {
                        items.add(new SelectItem(new ColumnRef(Name.of(target.table), c.column), null));
                    }
                    FromItem join = TableRef.of(target.tableName).join(TableRef.of(Name.of(assoc)), new BinaryOp(
                            new ColumnRef(Name.of(assoc), Identifier.of(r.elementColumn)), BinaryOperator.EQUALS,
                            new ColumnRef(Name.of(target.table), target.id.column)));
                    q = Sql.select(items.toArray(new SelectItem[0])).from(join).where(in(
                            new ColumnRef(Name.of(assoc), Identifier.of(r.ownerColumn)), part, r.owner.id.type, binds));
                    first = 2;
                } else {
                    q = selectEntity(target, target.table).where(in(
                            new ColumnRef(Name.of(target.table), r.foreignKey.column), part, r.foreignKey.type, binds));
                    first = 1;
                }
                q = ordered(q, r);
                try (PreparedStatement ps = s.prepare(shard, q, binds); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        EntityState child = ctx.entity(target, batch.plan, rs, first, shard, family, batch);
                        Object owner = m2m ? r.owner.id.type.read(rs, 1, family) : child.snapshot[r.foreignKey.index];
                        out.computeIfAbsent(owner, k -> new ArrayList<>()).add(child.entity);
                    }
                }
            }
        }
        return out;
    }

    private static io.retort.sql.Select ordered(io.retort.sql.Select q, Relationship r) {
        if (r.orderBy.isBlank()) {
            return q;
        }
        for (String part : r.orderBy.split(",")) {
            String[] words = part.trim().split("\\s+");
            ColumnProperty c = r.target.columnsByAttribute.get(words[0]);
            if (c == null) {
                throw new IllegalArgumentException(r.path() + ": orderBy names " + words[0] + ", which is not a column of "
                        + r.target.type.getSimpleName());
            }
            boolean desc = words.length > 1 && words[1].toUpperCase(Locale.ROOT).equals("DESC");
            q = q.orderBy(new OrderItem(new ColumnRef(Name.of(r.target.table), c.column), desc ? SortOrder.DESC : SortOrder.ASC,
                    null));
        }
        return q;
    }

    static Expression in(Expression column, List<Object> values, ValueType type, Binds binds) {
        List<Expression> params = new ArrayList<>(values.size());
        for (Object v : values) {
            params.add(binds.add(v, type));
        }
        return new InList(column, params, false);
    }
}
