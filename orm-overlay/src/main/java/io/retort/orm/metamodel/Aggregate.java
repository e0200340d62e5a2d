package io.retort.orm.metamodel;

import java.util.Objects;

/**
 * An aggregate over a column (or {@code COUNT(*)} when {@code column} is null); build it with
 * {@link Functions}.
 *
 * <pre>{@code
 * Aggregate<Long> n = Functions.count(Address_.id);
 * }</pre>
 *
 * @param function COUNT, SUM, MIN, MAX or AVG
 * @param column the argument, or null for {@code COUNT(*)}
 * @param distinct {@code COUNT(DISTINCT ...)}
 * @param resultType the Java type of the result
 */
public record Aggregate<V>(String function, ColumnAttribute<?, ?> column, boolean distinct, Class<V> resultType)
        implements Selection<V>, Orderable {

    public Aggregate {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(resultType, "resultType");
    }

    @Override
    public Ordering toOrdering() {
        return new Ordering(this, false);
    }

    public Ordering desc() {
        return new Ordering(this, true);
    }

    public Condition gt(Object value) {
        return new Condition.AggregateComparison(this, Condition.Operator.GT, value);
    }

    public Condition ge(Object value) {
        return new Condition.AggregateComparison(this, Condition.Operator.GE, value);
    }

    public Condition lt(Object value) {
        return new Condition.AggregateComparison(this, Condition.Operator.LT, value);
    }

    public Condition eq(Object value) {
        return new Condition.AggregateComparison(this, Condition.Operator.EQ, value);
    }
}
