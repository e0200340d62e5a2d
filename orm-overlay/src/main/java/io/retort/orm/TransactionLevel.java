package io.retort.orm;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One level of the session's transaction: the transaction itself (depth 1) or a savepoint (depth 2 and
 * deeper). It remembers, for each object a flush changed at this level, its snapshot before that first
 * change, so that rolling back the level restores what the database holds again.
 */
final class TransactionLevel {

    final int depth;
    /** Objects added after this level began have a larger sequence number. */
    final long startSequence;
    final Map<EntityState, Object[]> before = new IdentityHashMap<>();
    /** Committed or rolled back (possibly by the session itself, after a failed flush). */
    boolean ended;

    TransactionLevel(int depth, long startSequence) {
        this.depth = depth;
        this.startSequence = startSequence;
    }

    void remember(EntityState state) {
        if (state.snapshot != null && !before.containsKey(state)) {
            before.put(state, state.snapshot.clone());
        }
    }
}
