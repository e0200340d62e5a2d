package io.retort.sharding;

import java.math.BigInteger;
import java.sql.SQLException;
import java.util.BitSet;

/**
 * {@code mod}: target = value mod the number of targets, as floor modulo (never negative:
 * -1 mod 4 = 3). Values must be integral; numeric strings are parsed. A range narrower than the
 * number of targets touches only its residues.
 */
final class ModAlgorithm implements ShardingAlgorithm {

    @Override
    public int shard(Object value, ShardTargets targets) throws SQLException {
        Object v = KeyType.INTEGER.coerce(value);
        if (v instanceof Long l) {
            return (int) Math.floorMod(l, (long) targets.size());
        }
        return ((BigInteger) v).mod(BigInteger.valueOf(targets.size())).intValue();
    }

    @Override
    public BitSet shardRange(ShardingRange range, ShardTargets targets) throws SQLException {
        // mod only ever stores integers, so the integers of the range are all it can hold.
        IntegralRange r = IntegralRange.of(range);
        BitSet bits = new BitSet(targets.size());
        if (r == null || r.size() >= targets.size()) {
            bits.set(0, targets.size());
            return bits;
        }
        for (BigInteger v = r.first(); v.compareTo(r.last()) <= 0; v = v.add(BigInteger.ONE)) {
            bits.set(shard(v, targets));
        }
        return bits;
    }

    @Override
    public String toString() {
        return "mod";
    }
}
