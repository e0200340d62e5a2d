package io.retort.orm;

import io.retort.orm.annotation.Cascade;
import io.retort.orm.annotation.Column;
import io.retort.orm.annotation.Entity;
import io.retort.orm.annotation.Fetch;
import io.retort.orm.annotation.GeneratedValue;
import io.retort.orm.annotation.GenerationType;
import io.retort.orm.annotation.Id;
import io.retort.orm.annotation.JoinColumn;
import io.retort.orm.annotation.ManyToMany;
import io.retort.orm.annotation.ManyToOne;
import io.retort.orm.annotation.OneToMany;
import io.retort.orm.annotation.Transient;
import io.retort.orm.annotation.Version;
import io.retort.sql.DataType;
import io.retort.sql.Identifier;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the annotations of entity classes into {@link EntityMapper}s: first each class on its own
 * (columns, relationship fields), then the relationships across classes (foreign key columns, the
 * two sides of bidirectional relationships, association tables).
 */
final class MapperFactory {

    private MapperFactory() {
    }

    /** Phase one: one class, its columns and unresolved relationships. */
    static <T> EntityMapper<T> read(Class<T> type) {
        Entity entity = type.getAnnotation(Entity.class);
        if (entity == null) {
            throw new MappingException(type.getName() + " is not annotated @Entity");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new MappingException(type.getName() + " is abstract; map a concrete class");
        }
        String table = entity.table().isEmpty() ? Naming.snakeCase(type.getSimpleName()) : entity.table();
        EntityMapper<T> m = new EntityMapper<>(type, type.isRecord(), entity.readOnly(), table);
        List<ColumnProperty> columns = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>();
        for (Field f : fields(type)) {
            if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                    || f.isAnnotationPresent(Transient.class) || f.isSynthetic()) {
                continue;
            }
            String where = type.getSimpleName() + "." + f.getName();
            if (f.isAnnotationPresent(ManyToOne.class) || f.isAnnotationPresent(OneToMany.class)
                    || f.isAnnotationPresent(ManyToMany.class)) {
                if (m.record) {
                    throw new MappingException(where + ": a record cannot have relationships (it is immutable); map the"
                            + " foreign key as a plain column, or use a class");
                }
                relationships.add(relationship(m, f, where));
            } else {
                columns.add(column(m, f, where));
            }
        }
        ColumnProperty id = null;
        for (ColumnProperty c : columns) {
            if (c.id) {
                if (id != null) {
                    throw new MappingException(type.getSimpleName() + ": more than one @Id (" + id.attribute + ", "
                            + c.attribute + "); composite keys are not supported, map a single key column");
                }
                id = c;
            }
        }
        if (id == null) {
            throw new MappingException(type.getSimpleName() + " has no @Id field; mark its primary key with @Id");
        }
        // The key first: tables read naturally, and snapshots find it at slot 0.
        columns.remove(id);
        columns.add(0, id);
        m.id = id;
        for (ColumnProperty c : columns) {
            if (c.version) {
                if (m.version != null) {
                    throw new MappingException(type.getSimpleName() + ": more than one @Version field");
                }
                m.version = c;
            }
        }
        GeneratedValue generated = id.field.field.getAnnotation(GeneratedValue.class);
        if (generated != null) {
            if (m.record) {
                throw new MappingException(where(type, id) + ": a record cannot have a generated key (it cannot be"
                        + " filled in after the INSERT); assign the key before creating the record (for example"
                        + " new SnowflakeKeyGenerator(worker).nextLong()), or use a class");
            }
            m.generation = generated.strategy();
            m.sequence = generated.sequence().isEmpty() ? table + "_seq" : generated.sequence();
            m.allocationSize = Math.max(1, generated.allocationSize());
            checkGeneratedType(m, id, generated.strategy());
        }
        m.columns = columns.toArray(new ColumnProperty[0]);
        for (ColumnProperty c : columns) {
            m.columnsByAttribute.put(c.attribute, c);
        }
        m.relationships = relationships.toArray(new Relationship[0]);
        for (Relationship r : relationships) {
            m.relationshipsByName.put(r.name, r);
        }
        m.constructor = constructor(m);
        return m;
    }

    private static String where(Class<?> type, ColumnProperty c) {
        return type.getSimpleName() + "." + c.attribute;
    }

    private static void checkGeneratedType(EntityMapper<?> m, ColumnProperty id, GenerationType strategy) {
        ValueType.Kind k = id.type.kind;
        boolean ok = switch (strategy) {
            case IDENTITY, SEQUENCE -> k == ValueType.Kind.LONG || k == ValueType.Kind.INT || k == ValueType.Kind.SHORT;
            case SNOWFLAKE -> k == ValueType.Kind.LONG;
            case UUID_V7 -> k == ValueType.Kind.UUID;
        };
        if (!ok) {
            throw new MappingException(where(m.type, id) + ": a " + strategy + " key cannot be a "
                    + id.type.javaType.getSimpleName() + (strategy == GenerationType.UUID_V7 ? "; use UUID"
                    : strategy == GenerationType.SNOWFLAKE ? "; use Long" : "; use Long or Integer"));
        }
        if (id.type.primitive) {
            throw new MappingException(where(m.type, id) + ": a generated key must be a boxed type (Long, not long):"
                    + " null is how the ORM knows that the key is not assigned yet");
        }
    }

    /** Fields of the class and its superclasses, superclass fields first. */
    private static List<Field> fields(Class<?> type) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        List<Field> out = new ArrayList<>();
        for (Class<?> c : chain) {
            out.addAll(List.of(c.getDeclaredFields()));
        }
        return out;
    }

    private static ColumnProperty column(EntityMapper<?> m, Field f, String where) {
        ValueType type = ValueType.of(f.getType());
        if (type == null) {
            throw new MappingException(where + ": the ORM has no column type for " + f.getType().getName()
                    + "; use String, a number, Boolean, BigDecimal, a java.time type, UUID, byte[] or an enum,"
                    + " or mark the field @Transient (a relationship needs @ManyToOne, @OneToMany or @ManyToMany)");
        }
        Column column = f.getAnnotation(Column.class);
        boolean id = f.isAnnotationPresent(Id.class);
        boolean version = f.isAnnotationPresent(Version.class);
        if (version && type.kind != ValueType.Kind.INT && type.kind != ValueType.Kind.LONG) {
            throw new MappingException(where + ": a @Version field must be int, long, Integer or Long");
        }
        if (!id && f.isAnnotationPresent(GeneratedValue.class)) {
            throw new MappingException(where + ": @GeneratedValue is only for the @Id field");
        }
        String name = column == null || column.name().isEmpty() ? Naming.snakeCase(f.getName()) : column.name();
        DataType ddl;
        if (column != null && !column.type().isEmpty()) {
            ddl = parseType(column.type(), where);
        } else if (column != null) {
            ddl = type.ddlType(column.length(), column.precision(), column.scale());
        } else {
            ddl = type.ddlType(255, 19, 2);
        }
        boolean nullable = !id && !version && !type.primitive && (column == null || column.nullable());
        return new ColumnProperty(f.getName(), Identifier.of(name), type, new FieldAccess(f), ddl, nullable,
                column != null && column.unique(), column != null && column.index(), id, version);
    }

    /** {@code VARCHAR(40)}, {@code NUMERIC(10, 2)}, {@code TEXT}. */
    static DataType parseType(String text, String where) {
        String t = text.trim();
        int open = t.indexOf('(');
        if (open < 0) {
            return DataType.of(t.toUpperCase(java.util.Locale.ROOT));
        }
        if (!t.endsWith(")")) {
            throw new MappingException(where + ": cannot read the column type '" + text + "'; write e.g. VARCHAR(40)");
        }
        String name = t.substring(0, open).trim().toUpperCase(java.util.Locale.ROOT);
        String[] args = t.substring(open + 1, t.length() - 1).split(",");
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].trim();
        }
        return DataType.of(name, values);
    }

    private static Relationship relationship(EntityMapper<?> m, Field f, String where) {
        ManyToOne m2o = f.getAnnotation(ManyToOne.class);
        OneToMany o2m = f.getAnnotation(OneToMany.class);
        ManyToMany m2m = f.getAnnotation(ManyToMany.class);
        if ((m2o != null ? 1 : 0) + (o2m != null ? 1 : 0) + (m2m != null ? 1 : 0) > 1) {
            throw new MappingException(where + ": a field can have only one of @ManyToOne, @OneToMany, @ManyToMany");
        }
        FieldAccess access = new FieldAccess(f);
        if (access.isFinal()) {
            throw new MappingException(where + ": a relationship field cannot be final (the ORM sets it)");
        }
        if (m2o != null) {
            boolean lazy = f.getType() == Lazy.class;
            Class<?> target = lazy ? typeArgument(f, where) : f.getType();
            if (!lazy && (m2o.fetch() == Fetch.LAZY || m2o.fetch() == Fetch.RAISE)) {
                throw new MappingException(where + ": a many-to-one with fetch = " + m2o.fetch() + " must be declared as"
                        + " Lazy<" + target.getSimpleName() + "> (a plain field cannot load or raise on access without"
                        + " bytecode tricks); or use SELECTIN or JOINED");
            }
            return new Relationship(m, f.getName(), Relationship.Kind.MANY_TO_ONE, access, target, m2o.cascade(),
                    m2o.fetch(), lazy, false, m2o.postUpdate(), false, "", "");
        }
        if (!Collection.class.isAssignableFrom(f.getType()) || Map.class.isAssignableFrom(f.getType())) {
            throw new MappingException(where + ": a collection relationship must be a List, Set or Collection, not "
                    + f.getType().getSimpleName());
        }
        if (f.getType() != List.class && f.getType() != Set.class && f.getType() != Collection.class) {
            throw new MappingException(where + ": declare the collection as List, Set or Collection (the ORM puts its own"
                    + " collection there), not " + f.getType().getSimpleName());
        }
        boolean set = f.getType() == Set.class;
        Class<?> element = typeArgument(f, where);
        if (o2m != null) {
            if (o2m.mappedBy().isEmpty()) {
                throw new MappingException(where + ": a @OneToMany needs mappedBy, naming the @ManyToOne field of "
                        + element.getSimpleName() + " that points back to " + m.type.getSimpleName());
            }
            return new Relationship(m, f.getName(), Relationship.Kind.ONE_TO_MANY, access, element, o2m.cascade(),
                    o2m.fetch(), false, set, false, o2m.passiveDeletes(), o2m.mappedBy(), o2m.orderBy());
        }
        Relationship r = new Relationship(m, f.getName(), Relationship.Kind.MANY_TO_MANY, access, element, m2m.cascade(),
                m2m.fetch(), false, set, false, false, m2m.mappedBy(), m2m.orderBy());
        if (m2m.mappedBy().isEmpty()) {
            if (m2m.joinTable().name().isEmpty()) {
                throw new MappingException(where + ": a @ManyToMany needs either joinTable = @JoinTable(name = ...) (the"
                        + " owning side) or mappedBy (the other side)");
            }
            r.joinTable = m2m.joinTable().name();
            r.ownerColumn = m2m.joinTable().joinColumn();
            r.elementColumn = m2m.joinTable().inverseJoinColumn();
        }
        return r;
    }

    private static Class<?> typeArgument(Field f, String where) {
        Type g = f.getGenericType();
        if (g instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        throw new MappingException(where + ": declare the element type, e.g. List<Address> (not a raw or wildcard type)");
    }

    private static java.lang.invoke.MethodHandle constructor(EntityMapper<?> m) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(m.type, MethodHandles.lookup());
            if (m.record) {
                RecordComponent[] components = m.type.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                m.recordComponents = new int[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    ColumnProperty c = m.columnsByAttribute.get(components[i].getName());
                    if (c == null) {
                        throw new MappingException(m.type.getSimpleName() + "." + components[i].getName()
                                + ": every component of a record entity must be a column");
                    }
                    m.recordComponents[i] = -1; // slots are known once the registry indexes the columns
                }
                return lookup.findConstructor(m.type, MethodType.methodType(void.class, types));
            }
            return lookup.findConstructor(m.type, MethodType.methodType(void.class));
        } catch (NoSuchMethodException e) {
            throw new MappingException(m.type.getName() + " needs a constructor without parameters (it may be"
                    + " protected or private): the ORM creates loaded objects through it");
        } catch (IllegalAccessException e) {
            throw new MappingException(m.type.getName() + ": the ORM cannot use its constructor (" + e.getMessage() + ")", e);
        }
    }

    /** The default name of a many-to-one's column: {@code <field>_id}. */
    static String joinColumnName(Relationship r) {
        JoinColumn jc = r.field.field.getAnnotation(JoinColumn.class);
        return jc != null && !jc.name().isEmpty() ? jc.name() : Naming.snakeCase(r.name) + "_id";
    }

    static JoinColumn joinColumn(Relationship r) {
        return r.field.field.getAnnotation(JoinColumn.class);
    }

    static boolean cascadesOrphans(Relationship r) {
        return r.cascades(Cascade.DELETE_ORPHAN);
    }
}
