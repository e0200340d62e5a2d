package io.retort.orm;

import io.retort.orm.annotation.JoinColumn;
import io.retort.sql.ColumnDefinition;
import io.retort.sql.ColumnReferences;
import io.retort.sql.DataType;
import io.retort.sql.ForeignKeyReference;
import io.retort.sql.Identifier;
import io.retort.sql.IndexColumn;
import io.retort.sql.MetaData;
import io.retort.sql.Name;
import io.retort.sql.PrimaryKey;
import io.retort.sql.ReferentialAction;
import io.retort.sql.Table;
import io.retort.sql.TableElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mapped entity classes (SQLAlchemy's registry): built once from the annotated classes, checked as
 * a whole (every relationship's target must be mapped too), immutable afterwards and shared by every
 * session.
 *
 * <pre>{@code
 * Registry registry = Registry.of(User.class, Address.class);
 * MetaData metadata = registry.metaData();       // the Core model of the tables
 * }</pre>
 */
public final class Registry {

    private final Map<Class<?>, EntityMapper<?>> mappers;
    /** Mappers in an order that satisfies foreign keys (referenced tables first), cycle breakers aside. */
    private final List<EntityMapper<?>> insertOrder;
    private final Map<EntityMapper<?>, Integer> rank = new IdentityHashMap<>();
    private final List<AssociationTable> associations;

    /** A many-to-many association table (declared by its owning side). */
    record AssociationTable(String name, Relationship owner) {
    }

    private Registry(Map<Class<?>, EntityMapper<?>> mappers) {
        this.mappers = mappers;
        resolveReferences();
        resolveCollections();
        index();
        this.insertOrder = sortByDependencies();
        for (int i = 0; i < insertOrder.size(); i++) {
            rank.put(insertOrder.get(i), i);
        }
        List<AssociationTable> assoc = new ArrayList<>();
        for (EntityMapper<?> m : insertOrder) {
            for (Relationship r : m.relationships) {
                if (r.kind == Relationship.Kind.MANY_TO_MANY && r.owningSide == r) {
                    assoc.add(new AssociationTable(r.joinTable, r));
                }
            }
        }
        this.associations = List.copyOf(assoc);
    }

    /**
     * Maps {@code entities}.
     *
     * @throws MappingException naming the class and field when a mapping is wrong
     */
    public static Registry of(Class<?>... entities) {
        Map<Class<?>, EntityMapper<?>> map = new LinkedHashMap<>();
        for (Class<?> c : entities) {
            if (map.containsKey(c)) {
                continue;
            }
            map.put(c, MapperFactory.read(c));
        }
        Set<String> tables = new java.util.HashSet<>();
        for (EntityMapper<?> m : map.values()) {
            if (!tables.add(m.table.toLowerCase(java.util.Locale.ROOT))) {
                throw new MappingException("two entities map the table " + m.table + "; give one another table name");
            }
        }
        return new Registry(map);
    }

    /** The mapped classes, in registration order. */
    public List<Class<?>> entities() {
        return List.copyOf(mappers.keySet());
    }

    /** The table of a mapped class. */
    public String tableOf(Class<?> entity) {
        return mapper(entity).table;
    }

    /** Whether {@code type} is mapped here. */
    public boolean isMapped(Class<?> type) {
        return mappers.containsKey(type);
    }

    @SuppressWarnings("unchecked")
    <T> EntityMapper<T> mapper(Class<T> type) {
        EntityMapper<?> m = mappers.get(type);
        if (m == null) {
            for (Class<?> c = type.getSuperclass(); c != null && m == null; c = c.getSuperclass()) {
                m = mappers.get(c);
            }
            if (m == null) {
                throw new IllegalArgumentException(type.getName() + " is not mapped; add it to the Registry (Registry.of("
                        + type.getSimpleName() + ".class, ...)) and annotate it @Entity");
            }
        }
        return (EntityMapper<T>) m;
    }

    /** The mapper of an object, or null when its class is not mapped. */
    EntityMapper<?> mapperOf(Object entity) {
        EntityMapper<?> m = mappers.get(entity.getClass());
        return m != null ? m : entity instanceof Class<?> ? null : lookupSuper(entity.getClass());
    }

    private EntityMapper<?> lookupSuper(Class<?> type) {
        for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
            EntityMapper<?> m = mappers.get(c);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    Iterable<EntityMapper<?>> mappers() {
        return mappers.values();
    }

    List<EntityMapper<?>> insertOrder() {
        return insertOrder;
    }

    /** Position in the insert order: parents have lower ranks than their children. */
    int rank(EntityMapper<?> m) {
        return rank.get(m);
    }

    List<AssociationTable> associations() {
        return associations;
    }

    // ------------------------------------------------------------------ resolution

    private EntityMapper<?> target(Relationship r) {
        EntityMapper<?> t = mappers.get(r.targetType);
        if (t == null) {
            throw new MappingException(r.path() + " refers to " + r.targetType.getName()
                    + ", which is not mapped; add it to Registry.of(...)");
        }
        return t;
    }

    private void resolveReferences() {
        for (EntityMapper<?> m : mappers.values()) {
            List<ColumnProperty> columns = new ArrayList<>(List.of(m.columns));
            for (Relationship r : m.relationships) {
                if (r.kind != Relationship.Kind.MANY_TO_ONE) {
                    continue;
                }
                r.target = target(r);
                m.hasManyToOne = true;
                String name = MapperFactory.joinColumnName(r);
                JoinColumn jc = MapperFactory.joinColumn(r);
                ColumnProperty existing = null;
                for (ColumnProperty c : columns) {
                    if (c.column.matches(name)) {
                        existing = c;
                    }
                }
                ColumnProperty targetId = r.target.id;
                if (existing != null) {
                    if (existing.id || existing.version) {
                        throw new MappingException(r.path() + ": its join column " + name + " is the key or the version of "
                                + m.type.getSimpleName() + "; choose another column");
                    }
                    if (existing.type.kind != targetId.type.kind) {
                        throw new MappingException(r.path() + ": the field " + existing.attribute + " maps the join column "
                                + name + " as " + existing.type + ", but " + r.target.type.getSimpleName() + "'s key is "
                                + targetId.type);
                    }
                    existing.reference = r;
                    r.foreignKey = existing;
                } else {
                    ValueType type = ValueType.of(box(targetId.type.javaType));
                    DataType ddl = targetId.ddlType;
                    ColumnProperty fk = new ColumnProperty(r.name, Identifier.of(name), type, null, ddl,
                            jc == null || jc.nullable(), false, jc != null && jc.index(), false, false);
                    fk.reference = r;
                    r.foreignKey = fk;
                    columns.add(fk);
                    m.columnsByAttribute.putIfAbsent(r.name, fk);
                }
            }
            m.columns = columns.toArray(new ColumnProperty[0]);
        }
    }

    private static Class<?> box(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return c == long.class ? Long.class : c == int.class ? Integer.class : c == short.class ? Short.class
                : c == byte.class ? Byte.class : c == boolean.class ? Boolean.class : c == double.class ? Double.class
                : c == float.class ? Float.class : c;
    }

    private void resolveCollections() {
        for (EntityMapper<?> m : mappers.values()) {
            for (Relationship r : m.relationships) {
                if (r.kind == Relationship.Kind.MANY_TO_ONE) {
                    continue;
                }
                r.target = target(r);
                m.hasCollections = true;
                if (r.kind == Relationship.Kind.ONE_TO_MANY) {
                    Relationship back = r.target.relationship(r.mappedBy);
                    if (back == null || back.kind != Relationship.Kind.MANY_TO_ONE || !back.targetType.isAssignableFrom(m.type)) {
                        throw new MappingException(r.path() + ": mappedBy = \"" + r.mappedBy + "\" must name a @ManyToOne "
                                + m.type.getSimpleName() + " field of " + r.target.type.getSimpleName());
                    }
                    r.inverse = back;
                    back.inverse = r;
                    r.foreignKey = back.foreignKey;
                } else if (r.joinTable != null) {
                    r.owningSide = r;
                    if (r.ownerColumn.isEmpty()) {
                        r.ownerColumn = m.table + "_id";
                    }
                    if (r.elementColumn.isEmpty()) {
                        r.elementColumn = r.target.table + "_id";
                    }
                    if (r.ownerColumn.equalsIgnoreCase(r.elementColumn)) {
                        throw new MappingException(r.path() + ": the association table " + r.joinTable + " would have two"
                                + " columns named " + r.ownerColumn + "; name them with @JoinTable(joinColumn = ...,"
                                + " inverseJoinColumn = ...)");
                    }
                }
            }
        }
        for (EntityMapper<?> m : mappers.values()) {
            for (Relationship r : m.relationships) {
                if (r.kind == Relationship.Kind.MANY_TO_MANY && r.joinTable == null) {
                    Relationship owning = r.target.relationship(r.mappedBy);
                    if (owning == null || owning.kind != Relationship.Kind.MANY_TO_MANY || owning.joinTable == null
                            || owning.target != m) {
                        throw new MappingException(r.path() + ": mappedBy = \"" + r.mappedBy + "\" must name the owning"
                                + " @ManyToMany (the one with joinTable) of " + r.target.type.getSimpleName());
                    }
                    r.owningSide = owning;
                    r.inverse = owning;
                    owning.inverse = r;
                    r.joinTable = owning.joinTable;
                    r.ownerColumn = owning.elementColumn;
                    r.elementColumn = owning.ownerColumn;
                }
            }
        }
    }

    private void index() {
        for (EntityMapper<?> m : mappers.values()) {
            for (int i = 0; i < m.columns.length; i++) {
                m.columns[i].index = i;
            }
            for (int i = 0; i < m.relationships.length; i++) {
                m.relationships[i].slot = i;
            }
            if (m.record) {
                java.lang.reflect.RecordComponent[] components = m.type.getRecordComponents();
                for (int i = 0; i < components.length; i++) {
                    m.recordComponents[i] = m.columnsByAttribute.get(components[i].getName()).index;
                }
            }
        }
    }

    /**
     * Topological order of mappers by many-to-one (parents first). A cycle between different mappers is
     * broken on a nullable foreign key, which is then written by a second UPDATE (post-update).
     */
    private List<EntityMapper<?>> sortByDependencies() {
        while (true) {
            List<Relationship> cycle = findCycle();
            if (cycle == null) {
                break;
            }
            Relationship breaker = null;
            for (Relationship r : cycle) {
                if (r.foreignKey.nullable) {
                    breaker = r;
                    break;
                }
            }
            if (breaker == null) {
                List<String> path = new ArrayList<>();
                for (Relationship r : cycle) {
                    path.add(r.path());
                }
                throw new MappingException("the foreign keys " + String.join(" -> ", path) + " form a cycle and none is"
                        + " nullable, so no row of the cycle could be inserted first; make one @JoinColumn(nullable = true)");
            }
            breaker.cycleBreaker = true;
        }
        List<EntityMapper<?>> out = new ArrayList<>();
        Set<EntityMapper<?>> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EntityMapper<?> m : mappers.values()) {
            visit(m, done, out);
        }
        return List.copyOf(out);
    }

    private static void visit(EntityMapper<?> m, Set<EntityMapper<?>> done, List<EntityMapper<?>> out) {
        if (!done.add(m)) {
            return;
        }
        for (Relationship r : m.relationships) {
            if (r.kind == Relationship.Kind.MANY_TO_ONE && r.target != m && !r.isPostUpdate()) {
                visit(r.target, done, out);
            }
        }
        out.add(m);
    }

    /** A cycle of many-to-one edges between different mappers (post-update edges excluded), or null. */
    private List<Relationship> findCycle() {
        Map<EntityMapper<?>, Integer> state = new IdentityHashMap<>();
        for (EntityMapper<?> m : mappers.values()) {
            List<Relationship> path = new ArrayList<>();
            List<Relationship> c = dfs(m, state, path);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static List<Relationship> dfs(EntityMapper<?> m, Map<EntityMapper<?>, Integer> state, List<Relationship> path) {
        Integer s = state.get(m);
        if (s != null && s == 2) {
            return null;
        }
        state.put(m, 1);
        for (Relationship r : m.relationships) {
            if (r.kind != Relationship.Kind.MANY_TO_ONE || r.target == m || r.isPostUpdate()) {
                continue;
            }
            path.add(r);
            Integer ts = state.get(r.target);
            if (ts != null && ts == 1) {
                // The cycle is the part of the path from the edge that left r.target.
                int start = 0;
                for (int i = 0; i < path.size(); i++) {
                    if (path.get(i).owner == r.target) {
                        start = i;
                        break;
                    }
                }
                return new ArrayList<>(path.subList(start, path.size()));
            }
            List<Relationship> c = dfs(r.target, state, path);
            if (c != null) {
                return c;
            }
            path.remove(path.size() - 1);
        }
        state.put(m, 2);
        return null;
    }

    // ------------------------------------------------------------------ the Core model

    /**
     * The tables of the mapped classes and their association tables as a Core {@link MetaData}, in
     * foreign-key order, with indexes. Foreign keys that close a cycle between tables are left out of
     * the tables; {@link Schema} adds them with ALTER TABLE once every table exists.
     */
    public MetaData metaData() {
        MetaData md = new MetaData();
        Map<EntityMapper<?>, Table> tables = new HashMap<>();
        for (EntityMapper<?> m : insertOrder) {
            List<TableElement> elements = new ArrayList<>();
            for (ColumnProperty c : m.columns) {
                elements.add(definition(m, c, false));
            }
            Table t = md.table(m.tableName, elements.toArray(new TableElement[0]));
            tables.put(m, t);
            for (ColumnProperty c : m.columns) {
                if (c.indexed && !c.unique) {
                    md.index("ix_" + m.table + "_" + c.name(), t, c.name());
                }
            }
        }
        for (AssociationTable a : associations) {
            Relationship r = a.owner();
            ColumnProperty ownerKey = r.owner.id;
            ColumnProperty elementKey = r.target.id;
            List<TableElement> elements = new ArrayList<>();
            elements.add(new ColumnDefinition(Identifier.of(r.ownerColumn), ownerKey.ddlType, List.of(
                    new io.retort.sql.ColumnNullability(false),
                    new ColumnReferences(null, new ForeignKeyReference(r.owner.tableName, List.of(ownerKey.column),
                            ReferentialAction.CASCADE, null, null)))));
            elements.add(new ColumnDefinition(Identifier.of(r.elementColumn), elementKey.ddlType, List.of(
                    new io.retort.sql.ColumnNullability(false),
                    new ColumnReferences(null, new ForeignKeyReference(r.target.tableName, List.of(elementKey.column),
                            ReferentialAction.CASCADE, null, null)))));
            elements.add(new PrimaryKey(null, List.of(indexColumn(r.ownerColumn), indexColumn(r.elementColumn)), List.of()));
            md.table(Name.of(a.name()), elements.toArray(new TableElement[0]));
        }
        return md;
    }

    private static IndexColumn indexColumn(String name) {
        return new IndexColumn(new io.retort.sql.ColumnRef(null, Identifier.of(name)), null, null, null);
    }

    /**
     * The column's definition; {@code withForeignKey} false leaves out a reference that breaks a cycle
     * (its table may not exist yet when this one is created).
     */
    ColumnDefinition definition(EntityMapper<?> m, ColumnProperty c, boolean withForeignKey) {
        ColumnDefinition d = new ColumnDefinition(c.column, c.ddlType, List.of());
        if (c.id) {
            if (m.databaseGeneratedId()) {
                d = d.identity();
            }
            d = d.primaryKey();
        } else if (!c.nullable) {
            d = d.notNull();
        }
        if (c.unique) {
            d = d.unique();
        }
        if (c.reference != null && (withForeignKey || !c.reference.cycleBreaker)) {
            d = d.with(foreignKey(c.reference));
        }
        return d;
    }

    static ColumnReferences foreignKey(Relationship r) {
        JoinColumn jc = MapperFactory.joinColumn(r);
        ReferentialAction onDelete = jc == null || jc.onDelete() == ReferentialAction.NO_ACTION ? null : jc.onDelete();
        return new ColumnReferences(null, new ForeignKeyReference(r.target.tableName, List.of(r.target.id.column),
                onDelete, null, null));
    }

    /** Many-to-ones that break a cycle, whose foreign keys {@link Schema} adds after all tables exist. */
    List<Relationship> forwardReferences() {
        List<Relationship> out = new ArrayList<>();
        for (EntityMapper<?> m : insertOrder) {
            for (Relationship r : m.relationships) {
                if (r.kind == Relationship.Kind.MANY_TO_ONE && r.cycleBreaker) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** The tables, referenced ones first: mapped tables then association tables. */
    List<String> tableNames() {
        List<String> out = new ArrayList<>();
        for (EntityMapper<?> m : insertOrder) {
            out.add(m.table);
        }
        for (AssociationTable a : associations) {
            out.add(a.name());
        }
        return out;
    }

    Set<String> sequences() {
        Set<String> out = new LinkedHashSet<>();
        for (EntityMapper<?> m : insertOrder) {
            if (m.generation == io.retort.orm.annotation.GenerationType.SEQUENCE) {
                out.add(m.sequence);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "Registry" + insertOrder;
    }
}
