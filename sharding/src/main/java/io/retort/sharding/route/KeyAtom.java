package io.retort.sharding.route;

import io.retort.sharding.ShardingCondition;
import io.retort.sharding.ShardingRange;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A routable predicate on one sharding column of one table occurrence, an OR of {@link Part}s
 * ({@code k = ?}, {@code k IN (1, 2)}, {@code k BETWEEN ? AND ?}, {@code k = ANY(?)}). Built once
 * per statement; turned into a {@link ShardingCondition} with each execution's values.
 *
 * @param occurrence the {@link Occurrence#id()} of the table
 * @param column the key column, as the table's rule names it
 */
record KeyAtom(int occurrence, String column, List<Part> parts) {

    KeyAtom {
        parts = List.copyOf(parts);
    }

    KeyAtom(int occurrence, String column, Part part) {
        this(occurrence, column, List.of(part));
    }

    ShardingCondition condition(Bindings bindings) throws SQLException {
        ShardingCondition c = parts.get(0).condition(bindings);
        for (int i = 1; i < parts.size(); i++) {
            c = c.or(parts.get(i).condition(bindings));
        }
        return c;
    }

    /** The same table and column: two atoms that can merge into one. */
    boolean sameKey(KeyAtom other) {
        return occurrence == other.occurrence && column.equalsIgnoreCase(other.column);
    }

    KeyAtom or(KeyAtom other) {
        List<Part> all = new ArrayList<>(parts);
        all.addAll(other.parts);
        return new KeyAtom(occurrence, column, all);
    }

    sealed interface Part {
        ShardingCondition condition(Bindings bindings) throws SQLException;
    }

    /**
     * {@code k = v}. A NULL value never matches ({@code k = NULL} is not true) unless the
     * comparison is NULL-safe ({@code IS NOT DISTINCT FROM}, {@code <=>}), where it means
     * {@code k IS NULL}: then nothing is known.
     */
    record Equal(ValueSource value, boolean nullSafe) implements Part {
        @Override
        public ShardingCondition condition(Bindings bindings) throws SQLException {
            Object v = value.value(bindings);
            if (v == null) {
                return nullSafe ? ShardingCondition.unknown() : ShardingCondition.none();
            }
            return ShardingCondition.equalTo(v);
        }
    }

    /** {@code k IN (v1, v2, ...)}: NULLs in the list never match and are dropped. */
    record In(List<ValueSource> values) implements Part {
        In {
            values = List.copyOf(values);
        }

        @Override
        public ShardingCondition condition(Bindings bindings) throws SQLException {
            List<Object> out = new ArrayList<>(values.size());
            for (ValueSource s : values) {
                Object v = s.value(bindings);
                if (v != null) {
                    out.add(v);
                }
            }
            return ShardingCondition.in(out);
        }
    }

    /** A range; a missing bound source is unbounded, a bound whose value is NULL never matches. */
    record Range(ValueSource lower, boolean lowerInclusive, ValueSource upper, boolean upperInclusive) implements Part {
        @Override
        public ShardingCondition condition(Bindings bindings) throws SQLException {
            Object lo = lower == null ? null : lower.value(bindings);
            Object hi = upper == null ? null : upper.value(bindings);
            if ((lower != null && lo == null) || (upper != null && hi == null)) {
                return ShardingCondition.none();
            }
            return ShardingCondition.range(new ShardingRange(lo, lowerInclusive, hi, upperInclusive));
        }
    }

    /** {@code k = ANY(?)} with an array, a collection or a {@code java.sql.Array} bound. */
    record AnyOf(ValueSource array) implements Part {
        @Override
        public ShardingCondition condition(Bindings bindings) throws SQLException {
            Object v = array.value(bindings);
            Object[] elements = switch (v) {
                case null -> new Object[0];
                case Object[] a -> a;
                case Collection<?> c -> c.toArray();
                case Array a -> a.getArray() instanceof Object[] arr ? arr : null;
                case long[] a -> java.util.Arrays.stream(a).boxed().toArray();
                case int[] a -> java.util.Arrays.stream(a).boxed().toArray();
                default -> null;
            };
            if (elements == null) {
                return ShardingCondition.unknown();
            }
            List<Object> out = new ArrayList<>(elements.length);
            for (Object e : elements) {
                if (e != null) {
                    out.add(e);
                }
            }
            return ShardingCondition.in(out);
        }
    }
}
