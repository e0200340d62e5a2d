package io.retort.orm.metamodel;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A column of an entity, typed by its Java value: comparisons take values of that type, so
 * {@code User_.name.eq(42)} does not compile. Values are always bound as JDBC parameters.
 *
 * <pre>{@code
 * select(User.class).where(User_.name.eq("spongebob").or(User_.name.like("sandy%"))).orderBy(User_.id.desc());
 * }</pre>
 *
 * @param <E> the entity
 * @param <V> the field's (boxed) type
 */
public final class ColumnAttribute<E, V> extends MappedField<E, V> implements Attribute<E, V>, Selection<V>, Orderable {

    ColumnAttribute(Class<E> entityType, String name, Class<V> javaType, EntityAlias<E> alias) {
        super(entityType, name, javaType, alias);
    }

    /** This column read through {@code alias} ({@code User_.name.of(u2)} is {@code u2.name}). */
    public ColumnAttribute<E, V> of(EntityAlias<E> alias) {
        if (alias.type() != entityType) {
            throw new IllegalArgumentException("alias " + alias.name() + " is a " + alias.type().getSimpleName()
                    + ", not a " + entityType.getSimpleName());
        }
        return new ColumnAttribute<>(entityType, name, javaType, alias);
    }

    public Condition eq(V value) {
        return compare(Condition.Operator.EQ, value);
    }

    public Condition ne(V value) {
        return compare(Condition.Operator.NE, value);
    }

    public Condition lt(V value) {
        return compare(Condition.Operator.LT, value);
    }

    public Condition le(V value) {
        return compare(Condition.Operator.LE, value);
    }

    public Condition gt(V value) {
        return compare(Condition.Operator.GT, value);
    }

    public Condition ge(V value) {
        return compare(Condition.Operator.GE, value);
    }

    /** {@code this = other}: a join condition or a comparison of two columns. */
    public Condition eq(ColumnAttribute<?, V> other) {
        return new Condition.ColumnComparison(this, Condition.Operator.EQ, other);
    }

    public Condition ne(ColumnAttribute<?, V> other) {
        return new Condition.ColumnComparison(this, Condition.Operator.NE, other);
    }

    public Condition lt(ColumnAttribute<?, V> other) {
        return new Condition.ColumnComparison(this, Condition.Operator.LT, other);
    }

    public Condition gt(ColumnAttribute<?, V> other) {
        return new Condition.ColumnComparison(this, Condition.Operator.GT, other);
    }

    @SafeVarargs
    public final Condition in(V... values) {
        return new Condition.In(this, Arrays.asList(values), false);
    }

    public Condition in(Collection<? extends V> values) {
        return new Condition.In(this, List.copyOf(values), false);
    }

    @SafeVarargs
    public final Condition notIn(V... values) {
        return new Condition.In(this, Arrays.asList(values), true);
    }

    public Condition between(V low, V high) {
        return new Condition.Between(this, low, high);
    }

    public Condition isNull() {
        return new Condition.NullCheck(this, false);
    }

    public Condition isNotNull() {
        return new Condition.NullCheck(this, true);
    }

    /** {@code LIKE pattern} (a String column). */
    public Condition like(String pattern) {
        return new Condition.Like(this, pattern, false, false);
    }

    public Condition notLike(String pattern) {
        return new Condition.Like(this, pattern, false, true);
    }

    /** Case-insensitive LIKE ({@code lower(col) LIKE lower(pattern)} where the database has no ILIKE). */
    public Condition ilike(String pattern) {
        return new Condition.Like(this, pattern, true, false);
    }

    /** {@code column = value} for a bulk INSERT or UPDATE. */
    public Assignment<E> set(V value) {
        return new Assignment<>(this, value);
    }

    @Override
    public Ordering toOrdering() {
        return new Ordering(this, false);
    }

    public Ordering asc() {
        return new Ordering(this, false);
    }

    public Ordering desc() {
        return new Ordering(this, true);
    }

    private Condition compare(Condition.Operator op, V value) {
        if (value == null) {
            if (op == Condition.Operator.EQ) {
                return isNull();
            }
            if (op == Condition.Operator.NE) {
                return isNotNull();
            }
            throw new IllegalArgumentException(entityType.getSimpleName() + "." + name + " " + op.symbol()
                    + " NULL is never true; compare with a value or use isNull()");
        }
        return new Condition.Comparison(this, op, value);
    }
}
