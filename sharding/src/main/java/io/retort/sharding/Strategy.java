package io.retort.sharding;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.BitSet;

/** A sharding column with its key type and algorithm: turns a condition into a set of target indexes. */
final class Strategy {
    final KeyType keyType;
    final ShardingAlgorithm algorithm;

    /**
     * @param algorithm null only while validating a configuration without instantiating user
     *     classes; such a rule is never used for routing
     */
    Strategy(KeyType keyType, ShardingAlgorithm algorithm) {
        this.keyType = keyType;
        this.algorithm = algorithm;
    }

    /**
     * The targets a condition on the key column allows.
     *
     * @param label "orders.customer_id", for messages: bound tables share a strategy but not their names
     */
    BitSet route(ShardingCondition condition, ShardTargets targets, String label) throws SQLException {
        BitSet bits = new BitSet(targets.size());
        if (!(condition instanceof ShardingCondition.Restricted r)) {
            bits.set(0, targets.size());
            return bits;
        }
        for (Object value : r.values()) {
            bits.set(shard(value, targets, label));
        }
        for (ShardingRange range : r.ranges()) {
            ShardingRange coerced = coerce(range);
            BitSet b = coerced == null ? null : algorithm.shardRange(coerced, targets);
            if (b == null) {
                bits.set(0, targets.size());
            } else {
                if (b.length() > targets.size()) {
                    throw badIndex(b.length() - 1, targets, label);
                }
                bits.or(b);
            }
        }
        return bits;
    }

    int shard(Object value, ShardTargets targets, String label) throws SQLException {
        int index;
        try {
            index = algorithm.shard(keyType.coerce(value), targets);
        } catch (SQLDataException e) {
            throw new SQLDataException(label + ": " + e.getMessage(), e.getSQLState(), e);
        }
        if (index < 0 || index >= targets.size()) {
            throw badIndex(index, targets, label);
        }
        return index;
    }

    /** The range with both bounds of the key type, or null when a bound does not convert (no pruning). */
    private ShardingRange coerce(ShardingRange range) {
        if (keyType == KeyType.AUTO) {
            return range;
        }
        try {
            return new ShardingRange(range.hasLower() ? keyType.coerce(range.lower()) : null, range.lowerInclusive(),
                    range.hasUpper() ? keyType.coerce(range.upper()) : null, range.upperInclusive());
        } catch (SQLDataException e) {
            return null;
        }
    }

    private SQLException badIndex(int index, ShardTargets targets, String label) {
        return new SQLException("The sharding algorithm " + algorithm + " of " + label + " chose target " + index
                + ", but there are only " + targets.size() + " targets " + targets + "; fix the algorithm", "HY000");
    }

    @Override
    public String toString() {
        return keyType == KeyType.AUTO ? String.valueOf(algorithm) : algorithm + " on " + keyType.yamlName();
    }
}
