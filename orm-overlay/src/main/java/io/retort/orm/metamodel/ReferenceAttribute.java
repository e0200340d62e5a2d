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
public final class ReferenceAttribute<E, T> extends MappedField<E, T> implements Attribute<E, T> {

    ReferenceAttribute(Class<E> entityType, String name, Class<T> javaType, EntityAlias<E> alias) {
        super(entityType, name, javaType, alias);
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
}
