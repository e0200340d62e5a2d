package io.retort.sharding;

import java.sql.SQLException;
import java.util.BitSet;

/**
 * Chooses where a sharding value lives. The built-in {@code hash-mod}, {@code mod},
 * {@code range} and {@code list} algorithms implement it, and so does user code named by
 * {@code algorithm: { type: class, class: com.example.MyAlgorithm, properties: {...} }}: a public
 * class with a public no-argument constructor.
 *
 * <p>Values arrive non-null and already converted to the column's {@link KeyType}. An instance
 * serves one strategy of one binding group and is called from many threads at once: keep it
 * immutable after {@link #configure}.
 *
 * <pre>{@code
 * public final class EvenOddAlgorithm implements ShardingAlgorithm {
 *     public int shard(Object value, ShardTargets targets) {
 *         return (int) Math.floorMod(((Number) value).longValue(), targets.size());
 *     }
 * }
 * }</pre>
 */
public interface ShardingAlgorithm {

    /**
     * Called once, before any routing, with the targets and the YAML properties. Throw a
     * {@link SQLException} to reject the configuration; the error will name the YAML line.
     */
    default void configure(AlgorithmContext context) throws SQLException {}

    /**
     * The target of one value: an index into {@code targets}.
     *
     * @throws SQLException when the value cannot be placed (wrong type, no list entry...)
     */
    int shard(Object value, ShardTargets targets) throws SQLException;

    /**
     * The targets that may hold values in a range: bit {@code i} set means target {@code i}.
     * The default, for algorithms that cannot prune ranges, is every target.
     */
    default BitSet shardRange(ShardingRange range, ShardTargets targets) throws SQLException {
        BitSet all = new BitSet(targets.size());
        all.set(0, targets.size());
        return all;
    }
}
