package io.retort.orm.metamodel;

import java.util.Objects;

/**
 * A one-to-many or many-to-many collection: joinable, usable in loader options, and testable with
 * {@link #any(Condition)}.
 *
 * <pre>{@code
 * select(User.class).where(User_.addresses.any(Address_.emailAddress.like("%@sqlalchemy.org")));
 * select(User.class).options(Load.selectin(User_.addresses));
 * }</pre>
 *
 * @param <E> the entity holding the collection
 * @param <T> the element entity
 */
public final class CollectionAttribute<E, T> implements Attribute<E, T> {

    private final Class<E> entityType;
    private final String name;
    private final Class<T> javaType;
    private final EntityAlias<E> alias;

    CollectionAttribute(Class<E> entityType, String name, Class<T> javaType, EntityAlias<E> alias) {
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

    /** This collection read through {@code alias}. */
    public CollectionAttribute<E, T> of(EntityAlias<E> alias) {
        return new CollectionAttribute<>(entityType, name, javaType, alias);
    }

    /** {@code EXISTS} an element matching {@code condition} (SQLAlchemy's {@code any()}). */
    public Condition any(Condition condition) {
        return new Condition.Exists(this, condition);
    }

    /** {@code EXISTS} any element. */
    public Condition any() {
        return new Condition.Exists(this, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CollectionAttribute<?, ?> c && c.entityType == entityType && c.name.equals(name)
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
