package io.retort.sharding.route;

import io.retort.sharding.DataNode;
import io.retort.sharding.ShardingCondition;
import io.retort.sharding.ShardingConditions;
import io.retort.sharding.TableRule;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.List;

/**
 * Where the rows of a query block can live, as a tree mirroring its FROM clause; evaluated with
 * each execution's values into one node-index set per binding group. Inner joins intersect
 * (a joined row needs a row of each side on the same node: binding groups are co-located), an
 * outer join follows its preserved side, a full join unites, and a block unites over the terms
 * of its WHERE formula.
 */
sealed interface NodeSource {

    GroupSets evaluate(Eval eval, ShardingConditions[] term) throws SQLException;

    /** Whether a sharded table occurs in the tree. */
    boolean sharded();

    /** Whether the block's rows are driven by a sharded table: no preserved side is made only of unsharded tables. */
    boolean drives();

    record Leaf(Occurrence occurrence) implements NodeSource {
        @Override
        public GroupSets evaluate(Eval eval, ShardingConditions[] term) throws SQLException {
            if (!occurrence.sharded()) {
                return eval.empty();
            }
            ShardingConditions c = term == null ? null : term[occurrence.id()];
            GroupSets out = eval.empty();
            out.sets[occurrence.group()] = eval.route(occurrence.rule(), c);
            return out;
        }

        @Override
        public boolean sharded() {
            return occurrence.sharded();
        }

        @Override
        public boolean drives() {
            return occurrence.sharded();
        }
    }

    /** A derived table or CTE: its own conditions, independent of this block's. */
    record Derived(Source source, boolean sharded, boolean drives) implements NodeSource {
        @Override
        public GroupSets evaluate(Eval eval, ShardingConditions[] term) throws SQLException {
            return source.evaluate(eval);
        }
    }

    record Inner(List<NodeSource> parts) implements NodeSource {
        public Inner {
            parts = List.copyOf(parts);
        }

        @Override
        public GroupSets evaluate(Eval eval, ShardingConditions[] term) throws SQLException {
            GroupSets out = eval.empty();
            for (NodeSource p : parts) {
                out.intersect(p.evaluate(eval, term));
            }
            return out;
        }

        @Override
        public boolean sharded() {
            return parts.stream().anyMatch(NodeSource::sharded);
        }

        @Override
        public boolean drives() {
            return parts.stream().anyMatch(NodeSource::drives);
        }
    }

    /** LEFT (preserved = left) or RIGHT (preserved = right) join. */
    record Outer(NodeSource preserved, NodeSource nullable) implements NodeSource {
        @Override
        public GroupSets evaluate(Eval eval, ShardingConditions[] term) throws SQLException {
            GroupSets out = preserved.evaluate(eval, term);
            out.fillAbsent(nullable.evaluate(eval, term));
            return out;
        }

        @Override
        public boolean sharded() {
            return preserved.sharded() || nullable.sharded();
        }

        @Override
        public boolean drives() {
            return preserved.drives();
        }
    }

    record Full(NodeSource left, NodeSource right) implements NodeSource {
        @Override
        public GroupSets evaluate(Eval eval, ShardingConditions[] term) throws SQLException {
            GroupSets out = left.evaluate(eval, term);
            out.union(right.evaluate(eval, term));
            return out;
        }

        @Override
        public boolean sharded() {
            return left.sharded() || right.sharded();
        }

        @Override
        public boolean drives() {
            return left.drives() && right.drives();
        }
    }

    /** A whole query: a block, or the branches of a set operation. */
    sealed interface Source {
        GroupSets evaluate(Eval eval) throws SQLException;
    }

    /** A query block: its FROM tree under its WHERE formula, united over the formula's terms. */
    record Block(KeyFormula formula, NodeSource from) implements Source {
        @Override
        public GroupSets evaluate(Eval eval) throws SQLException {
            if (formula.isFalse()) {
                GroupSets none = from.evaluate(eval, null);
                none.clear();
                return none;
            }
            GroupSets out = null;
            for (List<KeyAtom> term : formula.terms) {
                GroupSets g = from.evaluate(eval, eval.conditions(term));
                if (out == null) {
                    out = g;
                } else {
                    out.union(g);
                }
            }
            return out;
        }
    }

    record Union(List<Source> parts) implements Source {
        public Union {
            parts = List.copyOf(parts);
        }

        @Override
        public GroupSets evaluate(Eval eval) throws SQLException {
            GroupSets out = eval.empty();
            for (Source s : parts) {
                out.union(s.evaluate(eval));
            }
            return out;
        }
    }

    /** One node-index set per binding group; null where the group does not occur. */
    final class GroupSets {
        final BitSet[] sets;

        GroupSets(int groups) {
            this.sets = new BitSet[groups];
        }

        void intersect(GroupSets other) {
            for (int g = 0; g < sets.length; g++) {
                if (other.sets[g] == null) {
                    continue;
                }
                if (sets[g] == null) {
                    sets[g] = (BitSet) other.sets[g].clone();
                } else {
                    sets[g].and(other.sets[g]);
                }
            }
        }

        void union(GroupSets other) {
            for (int g = 0; g < sets.length; g++) {
                if (other.sets[g] == null) {
                    continue;
                }
                if (sets[g] == null) {
                    sets[g] = (BitSet) other.sets[g].clone();
                } else {
                    sets[g].or(other.sets[g]);
                }
            }
        }

        void fillAbsent(GroupSets other) {
            for (int g = 0; g < sets.length; g++) {
                if (sets[g] == null && other.sets[g] != null) {
                    sets[g] = (BitSet) other.sets[g].clone();
                }
            }
        }

        void clear() {
            for (BitSet s : sets) {
                if (s != null) {
                    s.clear();
                }
            }
        }
    }

    /** One evaluation: the values, and the occurrences the atoms refer to. */
    final class Eval {
        private final List<Occurrence> occurrences;
        private final int groups;
        private final Bindings bindings;

        Eval(List<Occurrence> occurrences, int groups, Bindings bindings) {
            this.occurrences = occurrences;
            this.groups = groups;
            this.bindings = bindings;
        }

        GroupSets empty() {
            return new GroupSets(groups);
        }

        /** The conditions of one term, per occurrence (null where a term says nothing about it). */
        ShardingConditions[] conditions(List<KeyAtom> term) throws SQLException {
            ShardingConditions[] out = new ShardingConditions[occurrences.size()];
            for (KeyAtom a : term) {
                ShardingConditions c = out[a.occurrence()];
                ShardingCondition atom = a.condition(bindings);
                if (c == null) {
                    out[a.occurrence()] = ShardingConditions.of(a.column(), atom);
                } else {
                    out[a.occurrence()] = c.with(a.column(), c.get(a.column()).and(atom));
                }
            }
            return out;
        }

        BitSet route(TableRule rule, ShardingConditions conditions) throws SQLException {
            List<DataNode> all = rule.nodes();
            BitSet bits = new BitSet(all.size());
            if (conditions == null) {
                bits.set(0, all.size());
                return bits;
            }
            List<DataNode> nodes = rule.route(conditions);
            if (nodes == all) {
                bits.set(0, all.size());
                return bits;
            }
            for (DataNode n : nodes) {
                bits.set(rule.indexOf(n));
            }
            return bits;
        }
    }
}
