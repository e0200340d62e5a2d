package io.retort.sharding;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * {@code range}: boundaries b1 < ... < bn make n+1 partitions {@code (-inf, b1)},
 * {@code [b1, b2)}, ..., {@code [bn, +inf)}, mapped to the targets in order. Ranges are pruned to
 * the partitions they overlap, except over strings: a database's collation may order strings
 * differently from code points, so a string range goes to every target (exact values are placed
 * consistently either way).
 */
final class RangeAlgorithm implements ShardingAlgorithm {
    private final CanonicalValue[] boundaries;
    private final CanonicalValue.Family family;

    /** @param boundaries strictly ascending, mutually comparable (checked by the rule builder) */
    RangeAlgorithm(List<CanonicalValue> boundaries) {
        this.boundaries = boundaries.toArray(new CanonicalValue[0]);
        this.family = this.boundaries[0].family();
    }

    @Override
    public void configure(AlgorithmContext context) throws SQLException {
        for (ShardTargets targets : context.targetSets()) {
            if (targets.size() != boundaries.length + 1) {
                throw new SQLException(boundaries.length + " boundaries make " + (boundaries.length + 1)
                        + " partitions, but there are " + targets.size() + " targets " + targets
                        + "; give one boundary fewer than the number of targets");
            }
        }
    }

    @Override
    public int shard(Object value, ShardTargets targets) throws SQLException {
        return partition(LiteralCoercion.toFamily(value, family));
    }

    /** The number of boundaries <= v. */
    private int partition(CanonicalValue v) {
        int lo = 0;
        int hi = boundaries.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (boundaries[mid].compareTo(v) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public BitSet shardRange(ShardingRange range, ShardTargets targets) throws SQLException {
        BitSet bits = new BitSet(targets.size());
        if (family == CanonicalValue.Family.STRING) {
            bits.set(0, targets.size());
            return bits;
        }
        try {
            int first = 0;
            if (range.hasLower()) {
                first = partition(LiteralCoercion.toFamily(range.lower(), family));
            }
            int last = boundaries.length;
            if (range.hasUpper()) {
                CanonicalValue upper = LiteralCoercion.toFamily(range.upper(), family);
                last = partition(upper);
                // "< b" stops short of the partition that b opens.
                if (!range.upperInclusive() && last > 0 && boundaries[last - 1].compareTo(upper) == 0) {
                    last--;
                }
            }
            if (first <= last) {
                bits.set(first, last + 1);
            }
        } catch (SQLDataException e) {
            // A bound of another type cannot prune; every target stays possible.
            bits.set(0, targets.size());
        }
        return bits;
    }

    @Override
    public String toString() {
        return "range" + Arrays.toString(boundaries);
    }
}
