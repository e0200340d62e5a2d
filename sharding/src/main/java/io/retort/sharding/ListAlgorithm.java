package io.retort.sharding;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code list}: each configured value names its target; other values go to the {@code default}
 * target, or fail. A range touches the targets of the listed values inside it plus the default
 * (an unlisted value may fall inside too); over strings, every target (collations, see
 * {@link RangeAlgorithm}).
 */
final class ListAlgorithm implements ShardingAlgorithm {
    private final Map<CanonicalValue, String> targetByValue;
    private final String defaultTarget;
    private final CanonicalValue.Family family;

    /** @param targetByValue in configuration order; values of one family (checked by the rule builder) */
    ListAlgorithm(Map<CanonicalValue, String> targetByValue, String defaultTarget) {
        this.targetByValue = new LinkedHashMap<>(targetByValue);
        this.defaultTarget = defaultTarget;
        this.family = targetByValue.keySet().iterator().next().family();
    }

    @Override
    public void configure(AlgorithmContext context) throws SQLException {
        for (ShardTargets targets : context.targetSets()) {
            for (String target : targetByValue.values()) {
                if (targets.indexOf(target) < 0) {
                    throw new SQLException("target '" + target + "' is not one of " + targets.names()
                            + DidYouMean.hint(target, targets.names()));
                }
            }
            if (defaultTarget != null && targets.indexOf(defaultTarget) < 0) {
                throw new SQLException("default target '" + defaultTarget + "' is not one of " + targets.names()
                        + DidYouMean.hint(defaultTarget, targets.names()));
            }
        }
    }

    @Override
    public int shard(Object value, ShardTargets targets) throws SQLException {
        CanonicalValue v;
        try {
            v = LiteralCoercion.toFamily(value, family);
        } catch (SQLDataException e) {
            if (defaultTarget != null) {
                return targets.indexOf(defaultTarget);
            }
            throw e;
        }
        String target = targetByValue.get(v);
        if (target == null) {
            if (defaultTarget == null) {
                throw new SQLDataException("Sharding value " + v + " is not in the list algorithm's values "
                        + "and there is no default:; add it to values: or set default:", "22023");
            }
            target = defaultTarget;
        }
        return targets.indexOf(target);
    }

    @Override
    public BitSet shardRange(ShardingRange range, ShardTargets targets) throws SQLException {
        BitSet bits = new BitSet(targets.size());
        if (family == CanonicalValue.Family.STRING) {
            bits.set(0, targets.size());
            return bits;
        }
        for (Map.Entry<CanonicalValue, String> e : targetByValue.entrySet()) {
            if (ConditionMath.mayBeIn(range, e.getKey().value())) {
                bits.set(targets.indexOf(e.getValue()));
            }
        }
        if (defaultTarget != null) {
            bits.set(targets.indexOf(defaultTarget));
        }
        return bits;
    }

    @Override
    public String toString() {
        return "list" + targetByValue + (defaultTarget == null ? "" : " default " + defaultTarget);
    }
}
