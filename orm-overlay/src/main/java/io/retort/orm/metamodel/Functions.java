package io.retort.orm.metamodel;

import java.math.BigDecimal;

/**
 * Aggregates for ORM queries.
 *
 * <pre>{@code
 * import static io.retort.orm.metamodel.Functions.count;
 * session.execute(select(User_.name, count(Address_.id)).join(User_.addresses).groupBy(User_.name));
 * }</pre>
 */
public final class Functions {

    private Functions() {
    }

    /** {@code COUNT(*)}. */
    public static Aggregate<Long> count() {
        return new Aggregate<>("COUNT", null, false, Long.class);
    }

    public static Aggregate<Long> count(ColumnAttribute<?, ?> column) {
        return new Aggregate<>("COUNT", column, false, Long.class);
    }

    public static Aggregate<Long> countDistinct(ColumnAttribute<?, ?> column) {
        return new Aggregate<>("COUNT", column, true, Long.class);
    }

    /** {@code SUM}, as a BigDecimal (databases widen the type of a sum). */
    public static Aggregate<BigDecimal> sum(ColumnAttribute<?, ? extends Number> column) {
        return new Aggregate<>("SUM", column, false, BigDecimal.class);
    }

    public static Aggregate<BigDecimal> avg(ColumnAttribute<?, ? extends Number> column) {
        return new Aggregate<>("AVG", column, false, BigDecimal.class);
    }

    public static <V> Aggregate<V> min(ColumnAttribute<?, V> column) {
        return new Aggregate<>("MIN", column, false, column.javaType());
    }

    public static <V> Aggregate<V> max(ColumnAttribute<?, V> column) {
        return new Aggregate<>("MAX", column, false, column.javaType());
    }
}
