package io.retort.sharding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * What a statement says about one sharding column: either {@linkplain Unknown nothing usable}
 * (every node), or a {@linkplain Restricted set of exact values and ranges}. The SQL router builds
 * one per key column from the WHERE clause ({@code =}, {@code IN}, {@code BETWEEN}, {@code <},
 * {@code >}) and combines them with {@link #and} and {@link #or}; a {@link TableRule} turns them
 * into data nodes.
 *
 * <p>{@code and} and {@code or} are conservative: the result never excludes a value that could
 * satisfy the combined predicate (values whose types cannot be compared are kept), so routing by
 * it never misses a row. An empty {@code Restricted} ({@link #none()}) is a contradiction such as
 * {@code k = 1 AND k = 2}.
 *
 * <pre>{@code
 * // WHERE customer_id IN (1, 2) OR customer_id BETWEEN 100 AND 200
 * ShardingCondition c = ShardingCondition.in(List.of(1, 2)).or(ShardingCondition.between(100, 200));
 * }</pre>
 */
public sealed interface ShardingCondition permits ShardingCondition.Unknown, ShardingCondition.Restricted {

    /** Nothing is known about the column: every node. */
    record Unknown() implements ShardingCondition {
        @Override
        public String toString() {
            return "unknown";
        }
    }

    /**
     * The column equals one of {@code values} or lies in one of {@code ranges}.
     *
     * @param values exact values, in the order given, duplicates removed (may hold a {@code null}
     *     from {@code INSERT ... VALUES (NULL)}: routing it is an error)
     * @param ranges ranges
     */
    record Restricted(List<Object> values, List<ShardingRange> ranges) implements ShardingCondition {
        public Restricted {
            values = Collections.unmodifiableList(new ArrayList<>(values));
            ranges = List.copyOf(ranges);
        }

        /** Whether no value can satisfy the condition. */
        public boolean isEmpty() {
            return values.isEmpty() && ranges.isEmpty();
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            if (!values.isEmpty()) {
                parts.add("in " + values);
            }
            for (ShardingRange r : ranges) {
                parts.add("in " + r);
            }
            return parts.isEmpty() ? "none" : String.join(" or ", parts);
        }
    }

    ShardingCondition UNKNOWN = new Unknown();

    /** Nothing known: every node. */
    static ShardingCondition unknown() {
        return UNKNOWN;
    }

    /** No value can match (a contradiction): no node. */
    static ShardingCondition none() {
        return new Restricted(List.of(), List.of());
    }

    /** {@code key = value}. */
    static ShardingCondition equalTo(Object value) {
        return new Restricted(Collections.singletonList(value), List.of());
    }

    /** {@code key IN (values)}. */
    static ShardingCondition in(Collection<?> values) {
        return new Restricted(ConditionMath.distinct(new ArrayList<>(values)), List.of());
    }

    /** {@code key IN (values)}. */
    static ShardingCondition in(Object... values) {
        return in(Arrays.asList(values));
    }

    /** {@code key} within a range. */
    static ShardingCondition range(ShardingRange range) {
        return new Restricted(List.of(), List.of(range));
    }

    /** {@code key BETWEEN lower AND upper}. */
    static ShardingCondition between(Object lower, Object upper) {
        return range(ShardingRange.between(lower, upper));
    }

    /** {@code key > value}. */
    static ShardingCondition greaterThan(Object value) {
        return range(ShardingRange.above(value, false));
    }

    /** {@code key >= value}. */
    static ShardingCondition atLeast(Object value) {
        return range(ShardingRange.above(value, true));
    }

    /** {@code key < value}. */
    static ShardingCondition lessThan(Object value) {
        return range(ShardingRange.below(value, false));
    }

    /** {@code key <= value}. */
    static ShardingCondition atMost(Object value) {
        return range(ShardingRange.below(value, true));
    }

    /** Whether this says nothing about the column. */
    default boolean isUnknown() {
        return this instanceof Unknown;
    }

    /** {@code this OR other}. */
    default ShardingCondition or(ShardingCondition other) {
        if (this instanceof Restricted a && other instanceof Restricted b) {
            List<Object> values = new ArrayList<>(a.values());
            values.addAll(b.values());
            List<ShardingRange> ranges = new ArrayList<>(a.ranges());
            ranges.addAll(b.ranges());
            return new Restricted(ConditionMath.distinct(values), ranges);
        }
        return UNKNOWN;
    }

    /** {@code this AND other}: a superset of the values both allow. */
    default ShardingCondition and(ShardingCondition other) {
        if (this instanceof Unknown) {
            return other;
        }
        if (other instanceof Unknown) {
            return this;
        }
        return ConditionMath.and((Restricted) this, (Restricted) other);
    }

    /**
     * Whether a value may satisfy this condition; {@code false} only when that is certain.
     * Used by {@link #and} and by the list algorithm's range pruning.
     */
    default boolean mayContain(Object value) {
        if (this instanceof Restricted r) {
            return ConditionMath.mayContain(r, value);
        }
        return true;
    }
}
