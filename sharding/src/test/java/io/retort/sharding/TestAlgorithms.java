package io.retort.sharding;

import java.sql.SQLException;
import java.util.BitSet;

/** User algorithms for the {@code class} algorithm tests. */
public final class TestAlgorithms {
    private TestAlgorithms() {}

    /** Places by the last digit of the value's decimal text; prunes nothing. Property {@code offset} shifts targets. */
    public static final class LastDigit implements ShardingAlgorithm {
        private int offset;
        private AlgorithmContext context;

        @Override
        public void configure(AlgorithmContext context) throws SQLException {
            this.context = context;
            String o = context.properties().getOrDefault("offset", "0");
            try {
                offset = Integer.parseInt(o);
            } catch (NumberFormatException e) {
                throw new SQLException("offset must be an integer, not '" + o + "'");
            }
        }

        AlgorithmContext context() {
            return context;
        }

        @Override
        public int shard(Object value, ShardTargets targets) {
            String s = value.toString();
            return (s.charAt(s.length() - 1) - '0' + offset) % targets.size();
        }
    }

    /** Returns an index out of range, to test that the rule refuses it. */
    public static final class OutOfRange implements ShardingAlgorithm {
        @Override
        public int shard(Object value, ShardTargets targets) {
            return targets.size();
        }

        @Override
        public BitSet shardRange(ShardingRange range, ShardTargets targets) {
            BitSet b = new BitSet();
            b.set(targets.size() + 3);
            return b;
        }
    }

    /** Not a ShardingAlgorithm. */
    public static final class NotAnAlgorithm {}

    /** No no-argument constructor. */
    public static final class NeedsArgument implements ShardingAlgorithm {
        public NeedsArgument(int x) {}

        @Override
        public int shard(Object value, ShardTargets targets) {
            return 0;
        }
    }

    /** Abstract. */
    public abstract static class Abstract implements ShardingAlgorithm {}

    /** Its constructor fails. */
    public static final class FailingConstructor implements ShardingAlgorithm {
        public FailingConstructor() {
            throw new IllegalStateException("no license key");
        }

        @Override
        public int shard(Object value, ShardTargets targets) {
            return 0;
        }
    }
}
