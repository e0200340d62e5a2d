package io.retort.sharding;

import java.math.BigInteger;
import java.sql.SQLException;
import java.util.BitSet;

/**
 * {@code hash-mod}: target = MurmurHash3_x86_32(canonical bytes, seed 0), read as unsigned,
 * modulo the number of targets (HASHING.md). A range cannot be pruned by a hash, except a short
 * range of integers on an {@code integer} key, whose values are hashed one by one.
 */
final class HashModAlgorithm implements ShardingAlgorithm {
    /** Ranges of integral keys up to this many values are enumerated. */
    static final int MAX_ENUMERATED = 256;

    private final boolean integralKey;

    HashModAlgorithm(KeyType keyType) {
        // Only a declared integer column guarantees that no 2.5 hides between 2 and 3.
        this.integralKey = keyType == KeyType.INTEGER;
    }

    @Override
    public int shard(Object value, ShardTargets targets) throws SQLException {
        return Integer.remainderUnsigned(CanonicalValue.hash(value), targets.size());
    }

    @Override
    public BitSet shardRange(ShardingRange range, ShardTargets targets) throws SQLException {
        IntegralRange r = integralKey ? IntegralRange.of(range) : null;
        BitSet bits = new BitSet(targets.size());
        if (r == null || r.size() > MAX_ENUMERATED) {
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
        return "hash-mod";
    }
}
