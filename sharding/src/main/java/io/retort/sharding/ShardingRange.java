package io.retort.sharding;

/**
 * A range of sharding values, as a WHERE clause states it: {@code BETWEEN a AND b},
 * {@code > a}, {@code <= b}. A {@code null} bound is unbounded.
 *
 * <pre>{@code
 * ShardingRange r = new ShardingRange(100, true, 200, false);   // 100 <= key < 200
 * }</pre>
 *
 * @param lower the lower bound, or {@code null} for none
 * @param lowerInclusive whether the lower bound itself is in the range
 * @param upper the upper bound, or {@code null} for none
 * @param upperInclusive whether the upper bound itself is in the range
 */
public record ShardingRange(Object lower, boolean lowerInclusive, Object upper, boolean upperInclusive) {

    /** Every value. */
    public static final ShardingRange ALL = new ShardingRange(null, false, null, false);

    public ShardingRange {
        // An absent bound has no inclusiveness; normalising keeps equals() meaningful.
        if (lower == null) {
            lowerInclusive = false;
        }
        if (upper == null) {
            upperInclusive = false;
        }
    }

    /** {@code key BETWEEN lower AND upper}. */
    public static ShardingRange between(Object lower, Object upper) {
        return new ShardingRange(lower, true, upper, true);
    }

    /** {@code key > value} or, if inclusive, {@code key >= value}. */
    public static ShardingRange above(Object value, boolean inclusive) {
        return new ShardingRange(value, inclusive, null, false);
    }

    /** {@code key < value} or, if inclusive, {@code key <= value}. */
    public static ShardingRange below(Object value, boolean inclusive) {
        return new ShardingRange(null, false, value, inclusive);
    }

    public boolean hasLower() {
        return lower != null;
    }

    public boolean hasUpper() {
        return upper != null;
    }

    @Override
    public String toString() {
        return (lower == null ? "(-inf" : (lowerInclusive ? "[" : "(") + lower) + ", "
                + (upper == null ? "+inf)" : upper + (upperInclusive ? "]" : ")"));
    }
}
