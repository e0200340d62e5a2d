package io.retort.orm.metamodel;


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
public final class CollectionAttribute<E, T> extends MappedField<E, T> implements Attribute<E, T> {

    CollectionAttribute(Class<E> entityType, String name, Class<T> javaType, EntityAlias<E> alias) {
        super(entityType, name, javaType, alias);
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
}
