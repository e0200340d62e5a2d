package io.retort.sharding.route;

import java.util.BitSet;
import java.util.List;

/**
 * What the router knows about one query (a block, a set operation or VALUES), whatever values
 * it later runs with.
 *
 * @param source where its rows can live
 * @param touchesSharded whether a sharded table occurs in it, subqueries included
 * @param drives whether its rows are driven by sharded tables (see {@link NodeSource#drives()})
 * @param partitionable whether running it per node and concatenating gives its result (no
 *     aggregation, DISTINCT, LIMIT or window across nodes)
 * @param reason why it is not partitionable, for error messages (null when it is)
 * @param groups the binding groups it touches
 * @param scopes its top-level block scopes (one per set operation branch), to tell correlation
 */
record QueryShape(NodeSource.Source source, boolean touchesSharded, boolean drives, boolean partitionable,
        String reason, BitSet groups, List<Scope> scopes) {

    static final QueryShape EMPTY = new QueryShape(new NodeSource.Union(List.of()), false, false, true, null, new BitSet(),
            List.of());

    /** Whether it refers to a sharded table of an enclosing query. */
    boolean correlated() {
        for (Scope s : scopes) {
            if (s.correlated) {
                return true;
            }
        }
        return false;
    }
}
