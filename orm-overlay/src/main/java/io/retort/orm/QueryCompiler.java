package io.retort.orm;

import io.retort.dialect.Dialect;
import io.retort.orm.annotation.Fetch;
import io.retort.orm.metamodel.Aggregate;
import io.retort.orm.metamodel.Attribute;
import io.retort.orm.metamodel.ColumnAttribute;
import io.retort.orm.metamodel.Condition;
import io.retort.orm.metamodel.EntityAlias;
import io.retort.orm.metamodel.EntitySelection;
import io.retort.orm.metamodel.Ordering;
import io.retort.orm.metamodel.Selection;
import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.ColumnRef;
import io.retort.sql.Expression;
import io.retort.sql.FromItem;
import io.retort.sql.Identifier;
import io.retort.sql.Join;
import io.retort.sql.JoinType;
import io.retort.sql.Name;
import io.retort.sql.OrderItem;
import io.retort.sql.SelectItem;
import io.retort.sql.Sql;
import io.retort.sql.SortOrder;
import io.retort.sql.TableRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles an ORM {@link Select} into a Core SELECT: the selected entities' columns, joins through
 * relationships (association tables for many-to-many), LEFT JOINs for relationships loaded with
 * {@code joined}, the conditions with bound values, and the layout of the result.
 */
final class QueryCompiler {

    private final Registry registry;
    private final ConditionCompiler conditions;
    private final Binds binds = new Binds();
    /** Qualifier (table name or alias) to its entity, for every entity in FROM. */
    private final Map<String, EntityMapper<?>> present = new LinkedHashMap<>();
    /** The FROM items; a qualifier's index says which item it is joined into. */
    private final List<FromItem> from = new ArrayList<>();
    private final Map<String, Integer> itemOf = new LinkedHashMap<>();
    private final List<SelectItem> items = new ArrayList<>();
    private final List<CompiledQuery.Segment> segments = new ArrayList<>();
    private final List<CompiledQuery.EntitySegment> entities = new ArrayList<>();
    private final List<String> entityQualifiers = new ArrayList<>();
    private final List<CompiledQuery.JoinedLoad> joined = new ArrayList<>();
    private int column = 1;

    private QueryCompiler(Registry registry, Dialect dialect) {
        this.registry = registry;
        this.conditions = new ConditionCompiler(registry, dialect, binds, false);
    }

    static CompiledQuery compile(Registry registry, Dialect dialect, Select<?> q) {
        return new QueryCompiler(registry, dialect).run(q);
    }

    private CompiledQuery run(Select<?> q) {
        int[] entityIndex = new int[q.selections.size()];
        EntityMapper<?> primary = null;
        // The first selection's entity starts FROM; joins come next; other selections find their entity there.
        switch (q.selections.get(0)) {
            case EntitySelection<?> e -> ensureInFrom(registry.mapper(e.type()), registry.mapper(e.type()).table);
            case EntityAlias<?> a -> ensureInFrom(registry.mapper(a.type()), a.name());
            case ColumnAttribute<?, ?> c -> ensureInFrom(c);
            case Aggregate<?> a -> {
                if (a.column() != null) {
                    ensureInFrom(a.column());
                }
            }
        }
        for (Select.Join j : q.joins) {
            join(j);
        }
        for (int i = 0; i < q.selections.size(); i++) {
            Selection<?> sel = q.selections.get(i);
            entityIndex[i] = -1;
            switch (sel) {
                case EntitySelection<?> e -> {
                    EntityMapper<?> m = registry.mapper(e.type());
                    entityIndex[i] = addEntity(m, m.table, LoadPlan.of(registry, m, q.options));
                    primary = primary == null ? m : primary;
                }
                case EntityAlias<?> a -> {
                    EntityMapper<?> m = registry.mapper(a.type());
                    entityIndex[i] = addEntity(m, a.name(), LoadPlan.of(registry, m, q.options));
                    primary = primary == null ? m : primary;
                }
                case ColumnAttribute<?, ?> c -> {
                    ColumnProperty p = conditions.column(c);
                    EntityMapper<?> m = registry.mapper(c.entityType());
                    ensureInFrom(m, conditions.qualifier(c));
                    items.add(new SelectItem(conditions.ref(c), null));
                    segments.add(new CompiledQuery.ValueSegment(p.type, c.javaType(), column++));
                    primary = primary == null ? m : primary;
                }
                case Aggregate<?> a -> {
                    if (a.column() != null) {
                        EntityMapper<?> m = registry.mapper(a.column().entityType());
                        ensureInFrom(m, conditions.qualifier(a.column()));
                        primary = primary == null ? m : primary;
                    }
                    items.add(new SelectItem(conditions.aggregate(a), null));
                    ValueType t = a.resultType() == Long.class ? ValueType.of(Long.class)
                            : a.resultType() == BigDecimal.class ? ValueType.of(BigDecimal.class)
                            : conditions.column(a.column()).type;
                    segments.add(new CompiledQuery.ValueSegment(t, a.resultType(), column++));
                }
            }
        }
        if (primary == null) {
            for (EntityMapper<?> m : present.values()) {
                primary = m;
                break;
            }
        }
        Expression where = q.where == null ? null : conditions.condition(q.where);
        if (q.where != null) {
            addReferenced(q.where);
        }
        // Relationships loaded by joins: after the application's joins, one LEFT JOIN per relationship.
        int selected = entities.size();
        for (int i = 0; i < selected; i++) {
            Set<EntityMapper<?>> path = new HashSet<>();
            path.add(entities.get(i).mapper());
            joinedLoads(i, path);
        }
        if (from.isEmpty()) {
            throw new IllegalArgumentException("the query selects nothing from a table: select an entity or a column");
        }
        io.retort.sql.Select s = Sql.select(items.toArray(new SelectItem[0])).from(from.toArray(new FromItem[0]));
        if (q.distinct) {
            s = Sql.selectDistinct(items.toArray(new SelectItem[0])).from(from.toArray(new FromItem[0]));
        }
        if (where != null) {
            s = s.where(where);
        }
        if (!q.groupBy.isEmpty()) {
            Expression[] g = new Expression[q.groupBy.size()];
            for (int i = 0; i < g.length; i++) {
                g[i] = conditions.ref(q.groupBy.get(i));
            }
            s = s.groupBy(g);
        }
        if (q.having != null) {
            s = s.having(conditions.condition(q.having));
        }
        for (Ordering o : q.orderBy) {
            Expression e = o.selection() instanceof ColumnAttribute<?, ?> c ? conditions.ref(c)
                    : conditions.aggregate((Aggregate<?>) o.selection());
            s = s.orderBy(new OrderItem(e, o.descending() ? SortOrder.DESC : SortOrder.ASC, null));
        }
        CompiledQuery probe = new CompiledQuery(s, binds, segments, entities, entityIndex, joined, primary, q.where,
                q.selections);
        if (probe.joinedCollections && (q.limit != null || q.offset != null)) {
            throw new IllegalArgumentException("a collection loaded with joined cannot be combined with LIMIT or OFFSET"
                    + " (the join multiplies the rows being limited); load it with Load.selectin(...) instead");
        }
        if (q.limit != null) {
            s = s.limit(q.limit);
        }
        if (q.offset != null) {
            s = s.offset(q.offset);
        }
        if (q.forUpdate) {
            s = s.forUpdate();
        }
        return new CompiledQuery(s, binds, segments, entities, entityIndex, joined, primary, q.where, q.selections);
    }

    private int addEntity(EntityMapper<?> m, String qualifier, LoadPlan plan) {
        ensureInFrom(m, qualifier);
        int index = entities.size();
        CompiledQuery.EntitySegment seg = new CompiledQuery.EntitySegment(m, column, plan);
        entities.add(seg);
        entityQualifiers.add(qualifier);
        segments.add(seg);
        addColumns(m, qualifier);
        return index;
    }

    private void addColumns(EntityMapper<?> m, String qualifier) {
        for (ColumnProperty c : m.columns) {
            items.add(new SelectItem(new ColumnRef(Name.of(qualifier), c.column), null));
            column++;
        }
    }

    private static TableRef tableRef(EntityMapper<?> m, String qualifier) {
        TableRef t = TableRef.of(m.tableName);
        return qualifier.equals(m.table) ? t : t.as(qualifier);
    }

    /** Adds the entity to FROM as a separate item when it is not there yet. */
    private void ensureInFrom(EntityMapper<?> m, String qualifier) {
        EntityMapper<?> there = present.get(qualifier);
        if (there != null) {
            if (there != m) {
                throw new IllegalArgumentException("the name " + qualifier + " stands for both " + there.type.getSimpleName()
                        + " and " + m.type.getSimpleName() + "; choose another alias");
            }
            return;
        }
        present.put(qualifier, m);
        itemOf.put(qualifier, from.size());
        from.add(tableRef(m, qualifier));
    }

    private void addReferenced(Condition c) {
        switch (c) {
            case Condition.Comparison x -> ensureInFrom(x.column());
            case Condition.ColumnComparison x -> {
                ensureInFrom(x.left());
                ensureInFrom(x.right());
            }
            case Condition.In x -> ensureInFrom(x.column());
            case Condition.Between x -> ensureInFrom(x.column());
            case Condition.NullCheck x -> ensureInFrom(x.column());
            case Condition.Like x -> ensureInFrom(x.column());
            case Condition.ReferenceIs x -> ensureInFrom(x.reference());
            case Condition.ReferenceNull x -> ensureInFrom(x.reference());
            case Condition.Exists x -> ensureInFrom(x.relationship());
            case Condition.And x -> x.conditions().forEach(this::addReferenced);
            case Condition.Or x -> x.conditions().forEach(this::addReferenced);
            case Condition.Not x -> addReferenced(x.condition());
            case Condition.AggregateComparison x -> {
                if (x.aggregate().column() != null) {
                    ensureInFrom(x.aggregate().column());
                }
            }
            case Condition.Raw x -> {
            }
        }
    }

    private void ensureInFrom(Attribute<?, ?> a) {
        ensureInFrom(registry.mapper(a.entityType()), conditions.qualifier(a));
    }

    // ------------------------------------------------------------------ joins

    private void join(Select.Join j) {
        if (j.relationship() == null) {
            EntityMapper<?> m;
            String q;
            if (j.target() instanceof EntityAlias<?> a) {
                m = registry.mapper(a.type());
                q = a.name();
            } else {
                m = registry.mapper(((EntitySelection<?>) j.target()).type());
                q = m.table;
            }
            requireAbsent(m, q);
            Expression on = conditions.condition(j.on());
            attach(lastItem(), q, tableRef(m, q), on, j.outer(), m);
            return;
        }
        Relationship r = conditions.relationship(j.relationship());
        String ownerQ = conditions.qualifier(j.relationship());
        if (!present.containsKey(ownerQ)) {
            throw new IllegalArgumentException("cannot join through " + j.relationship() + ": " + ownerQ
                    + " is not in the query yet; select it or join it first");
        }
        String targetQ = j.target() instanceof EntityAlias<?> a ? a.name() : r.target.table;
        requireAbsent(r.target, targetQ);
        joinRelationship(itemOf.get(ownerQ), ownerQ, r, targetQ, j.outer());
    }

    private void requireAbsent(EntityMapper<?> m, String q) {
        if (present.containsKey(q)) {
            throw new IllegalArgumentException(m.type.getSimpleName() + " is already in the query as " + q
                    + "; join it under another name: Orm.aliased(" + m.type.getSimpleName() + ".class, \"...\")");
        }
    }

    private int lastItem() {
        return from.size() - 1;
    }

    /** Joins {@code r}'s target (as {@code targetQ}) to the FROM item holding {@code ownerQ}. */
    private void joinRelationship(int item, String ownerQ, Relationship r, String targetQ, boolean outer) {
        EntityMapper<?> target = r.target;
        switch (r.kind) {
            case MANY_TO_ONE -> attach(item, targetQ, tableRef(target, targetQ),
                    eq(ownerQ, r.foreignKey.column, targetQ, target.id.column), outer, target);
            case ONE_TO_MANY -> attach(item, targetQ, tableRef(target, targetQ),
                    eq(targetQ, r.foreignKey.column, ownerQ, r.owner.id.column), outer, target);
            case MANY_TO_MANY -> {
                String assoc = r.joinTable + "_" + conditions.nextAlias();
                TableRef assocRef = TableRef.of(Name.of(r.joinTable)).as(assoc);
                from.set(item, new Join(from.get(item), outer ? JoinType.LEFT : JoinType.INNER, assocRef,
                        eq(assoc, Identifier.of(r.ownerColumn), ownerQ, r.owner.id.column), List.of(), false));
                attach(item, targetQ, tableRef(target, targetQ),
                        eq(targetQ, target.id.column, assoc, Identifier.of(r.elementColumn)), outer, target);
            }
        }
    }

    private void attach(int item, String q, TableRef table, Expression on, boolean outer, EntityMapper<?> m) {
        from.set(item, new Join(from.get(item), outer ? JoinType.LEFT : JoinType.INNER, table, on, List.of(), false));
        present.put(q, m);
        itemOf.put(q, item);
    }

    private static Expression eq(String q1, Identifier c1, String q2, Identifier c2) {
        return new BinaryOp(new ColumnRef(Name.of(q1), c1), BinaryOperator.EQUALS, new ColumnRef(Name.of(q2), c2));
    }

    /**
     * LEFT JOINs for the relationships the plan of entity {@code index} loads with {@code joined},
     * recursively; a relationship back to an entity already on the path is left to selectin (the loader
     * treats a joined relationship that has no join as selectin).
     */
    private void joinedLoads(int index, Set<EntityMapper<?>> path) {
        CompiledQuery.EntitySegment seg = entities.get(index);
        String ownerQ = entityQualifiers.get(index);
        for (Relationship r : seg.mapper().relationships) {
            if (seg.plan().strategy(r) != Fetch.JOINED || path.contains(r.target)) {
                continue;
            }
            String q = r.target.table + "_" + conditions.nextAlias();
            joinRelationship(itemOf.get(ownerQ), ownerQ, r, q, true);
            int target = entities.size();
            CompiledQuery.EntitySegment t = new CompiledQuery.EntitySegment(r.target, column, seg.plan().child(r));
            entities.add(t);
            entityQualifiers.add(q);
            addColumns(r.target, q);
            joined.add(new CompiledQuery.JoinedLoad(index, r, target));
            Set<EntityMapper<?>> deeper = new HashSet<>(path);
            deeper.add(r.target);
            joinedLoads(target, deeper);
        }
    }
}
