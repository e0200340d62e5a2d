package io.retort.orm.metamodel;

import java.util.Objects;

/**
 * A many-to-one reference: joinable ({@code select(Address.class).join(Address_.user)}) and comparable
 * with an object of the target entity.
 *
 * <pre>{@code
 * select(Address.class).where(Address_.user.eq(sandy));
 * select(Address.class).where(Address_.user.has(User_.name.eq("sandy")));
 * }</pre>
 *
 * @param <E> the entity holding the reference
 * @param <T> the referenced entity
 */
public final class ReferenceAttribute<E, T> implements Attribute<E, T> {

    private final Class<E> entityType;
    private final String name;
    private final Class<T> javaType;
    private final EntityAlias<E> alias;

    ReferenceAttribute(Class<E> entityType, String name, Class<T> javaType, EntityAlias<E> alias) {
        this.entityType = Objects.requireNonNull(entityType, "entityType");
        this.name = Objects.requireNonNull(name, "name");
        this.javaType = Objects.requireNonNull(javaType, "javaType");
        this.alias = alias;
    }

    @Override
    public Class<E> entityType() {
        return entityType;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Class<T> javaType() {
        return javaType;
    }

    @Override
    public EntityAlias<E> alias() {
        return alias;
    }

    /** This reference read through {@code alias}. */
    public ReferenceAttribute<E, T> of(EntityAlias<E> alias) {
        return new ReferenceAttribute<>(entityType, name, javaType, alias);
    }

    /** The foreign key equals {@code target}'s primary key (a persistent or flushed object). */
    public Condition eq(T target) {
        Objects.requireNonNull(target, "target; use isNull() for a missing reference");
        return new Condition.ReferenceIs(this, target, false);
    }

    public Condition ne(T target) {
        Objects.requireNonNull(target, "target; use isNotNull() for a present reference");
        return new Condition.ReferenceIs(this, target, true);
    }

    public Condition isNull() {
        return new Condition.ReferenceNull(this, false);
    }

    public Condition isNotNull() {
        return new Condition.ReferenceNull(this, true);
    }

    /** {@code EXISTS} a referenced row matching {@code condition} (SQLAlchemy's {@code has()}). */
    public Condition has(Condition condition) {
        return new Condition.Exists(this, condition);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReferenceAttribute<?, ?> c && c.entityType == entityType && c.name.equals(name)
                && Objects.equals(c.alias, alias);
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
