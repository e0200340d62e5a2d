package io.retort.sharding;

import java.sql.SQLDataException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Set algebra on {@link ShardingCondition}s. Every decision errs towards keeping a value: a row
 * may only be skipped when its absence is certain, so uncomparable types count as "may match".
 */
final class ConditionMath {
    private ConditionMath() {}

    /** Removes values that are certainly equal to an earlier one; keeps the first occurrence. */
    static List<Object> distinct(List<Object> values) {
        if (values.size() < 2) {
            return values;
        }
        Set<Object> seen = new HashSet<>();
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) {
            Object key = v;
            CanonicalValue c = canonicalOrNull(v);
            if (c != null) {
                key = c;
            }
            if (seen.add(key == null ? NullKey.NULL : key)) {
                out.add(v);
            }
        }
        return out;
    }

    static ShardingCondition and(ShardingCondition.Restricted a, ShardingCondition.Restricted b) {
        List<Object> values = new ArrayList<>();
        // (Va AND b) OR (Vb AND a) OR (Ra AND Rb). Vb AND a is not redundant: '42' AND 42 keeps
        // both, since the database may take them as equal but they hash apart.
        for (Object v : a.values()) {
            if (mayContain(b, v)) {
                values.add(v);
            }
        }
        for (Object v : b.values()) {
            if (mayContain(a, v)) {
                values.add(v);
            }
        }
        List<ShardingRange> ranges = new ArrayList<>();
        for (ShardingRange ra : a.ranges()) {
            for (ShardingRange rb : b.ranges()) {
                ShardingRange r = intersect(ra, rb);
                if (r != null) {
                    ranges.add(r);
                }
            }
        }
        return new ShardingCondition.Restricted(distinct(values), ranges);
    }

    static boolean mayContain(ShardingCondition.Restricted condition, Object value) {
        for (Object w : condition.values()) {
            if (!certainlyDifferent(value, w)) {
                return true;
            }
        }
        return inAnyRange(condition.ranges(), value);
    }

    private static boolean inAnyRange(List<ShardingRange> ranges, Object value) {
        for (ShardingRange r : ranges) {
            if (mayBeIn(r, value)) {
                return true;
            }
        }
        return false;
    }

    static boolean mayBeIn(ShardingRange r, Object value) {
        CanonicalValue v = canonicalOrNull(value);
        if (v == null) {
            return true;
        }
        if (r.hasLower()) {
            Integer c = compare(v, r.lower());
            if (c != null && (c < 0 || (c == 0 && !r.lowerInclusive()))) {
                return false;
            }
        }
        if (r.hasUpper()) {
            Integer c = compare(v, r.upper());
            if (c != null && (c > 0 || (c == 0 && !r.upperInclusive()))) {
                return false;
            }
        }
        return true;
    }

    /** The intersection, or null when it is certainly empty; {@code a} when bounds cannot be compared. */
    static ShardingRange intersect(ShardingRange a, ShardingRange b) {
        Object lower = a.lower();
        boolean lowerInclusive = a.lowerInclusive();
        if (b.hasLower()) {
            Integer c = lower == null ? Integer.valueOf(-1) : compare(canonicalOrNull(lower), b.lower());
            if (c == null) {
                return a;
            }
            if (c < 0 || (c == 0 && !b.lowerInclusive())) {
                lower = b.lower();
                lowerInclusive = b.lowerInclusive();
            }
        }
        Object upper = a.upper();
        boolean upperInclusive = a.upperInclusive();
        if (b.hasUpper()) {
            Integer c = upper == null ? Integer.valueOf(1) : compare(canonicalOrNull(upper), b.upper());
            if (c == null) {
                return a;
            }
            if (c > 0 || (c == 0 && !b.upperInclusive())) {
                upper = b.upper();
                upperInclusive = b.upperInclusive();
            }
        }
        if (lower != null && upper != null) {
            Integer c = compare(canonicalOrNull(lower), upper);
            if (c != null && (c > 0 || (c == 0 && !(lowerInclusive && upperInclusive)))) {
                return null;
            }
        }
        return new ShardingRange(lower, lowerInclusive, upper, upperInclusive);
    }

    private static boolean certainlyDifferent(Object a, Object b) {
        CanonicalValue ca = canonicalOrNull(a);
        CanonicalValue cb = canonicalOrNull(b);
        if (ca == null || cb == null || !ca.isComparableTo(cb)) {
            return false;
        }
        return ca.compareTo(cb) != 0;
    }

    /** The order of a canonical value and another value, or null when they cannot be compared. */
    private static Integer compare(CanonicalValue a, Object b) {
        CanonicalValue cb = canonicalOrNull(b);
        if (a == null || cb == null || !a.isComparableTo(cb)) {
            return null;
        }
        return a.compareTo(cb);
    }

    static CanonicalValue canonicalOrNull(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return CanonicalValue.of(value);
        } catch (SQLDataException e) {
            return null;
        }
    }

    private enum NullKey {
        NULL
    }
}
