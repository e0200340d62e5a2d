package io.retort.orm.metamodel;

import java.util.Objects;

/**
 * What the three kinds of {@link Attribute} share: the entity, the field's name and type, and the
 * alias it is read through; equal when all of those are (and the kind is the same).
 *
 * @param <E> the entity
 * @param <V> the field's (boxed) type; the element type of a collection
 */
abstract class MappedField<E, V> {

    final Class<E> entityType;
    final String name;
    final Class<V> javaType;
    final EntityAlias<E> alias;

    MappedField(Class<E> entityType, String name, Class<V> javaType, EntityAlias<E> alias) {
        this.entityType = Objects.requireNonNull(entityType, "entityType");
        this.name = Objects.requireNonNull(name, "name");
        this.javaType = Objects.requireNonNull(javaType, "javaType");
        this.alias = alias;
    }

    public Class<E> entityType() {
        return entityType;
    }

    public String name() {
        return name;
    }

    public Class<V> javaType() {
        return javaType;
    }

    public EntityAlias<E> alias() {
        return alias;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((MappedField<?, ?>) o).entityType == entityType
                && ((MappedField<?, ?>) o).name.equals(name) && Objects.equals(((MappedField<?, ?>) o).alias, alias);
    }

    @Override
    public int hashCode() {
        return entityType.hashCode() * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return (alias != null ? alias.name() : entityType.getSimpleName()) + "." + name;
    }
}
