package io.retort.sharding;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** The integers inside a {@link ShardingRange}, when both bounds are numbers: for enumerating small ranges. */
record IntegralRange(BigInteger first, BigInteger last) {

    /** The integer range, or null when a bound is missing or not a number; may be empty (first > last). */
    static IntegralRange of(ShardingRange range) {
        if (!range.hasLower() || !range.hasUpper()) {
            return null;
        }
        BigDecimal lower = number(range.lower());
        BigDecimal upper = number(range.upper());
        if (lower == null || upper == null) {
            return null;
        }
        BigInteger first = lower.setScale(0, RoundingMode.CEILING).toBigInteger();
        if (!range.lowerInclusive() && lower.compareTo(new BigDecimal(first)) == 0) {
            first = first.add(BigInteger.ONE);
        }
        BigInteger last = upper.setScale(0, RoundingMode.FLOOR).toBigInteger();
        if (!range.upperInclusive() && upper.compareTo(new BigDecimal(last)) == 0) {
            last = last.subtract(BigInteger.ONE);
        }
        return new IntegralRange(first, last);
    }

    private static BigDecimal number(Object value) {
        CanonicalValue c = ConditionMath.canonicalOrNull(value);
        return c != null && c.family().isNumeric() ? c.toBigDecimal() : null;
    }

    boolean isEmpty() {
        return first.compareTo(last) > 0;
    }

    /** The number of integers, saturated at Long.MAX_VALUE. */
    long size() {
        if (isEmpty()) {
            return 0;
        }
        BigInteger n = last.subtract(first).add(BigInteger.ONE);
        return n.bitLength() < 63 ? n.longValue() : Long.MAX_VALUE;
    }
}
