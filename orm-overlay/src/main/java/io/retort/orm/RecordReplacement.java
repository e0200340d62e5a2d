package io.retort.orm;

/**
 * Records are immutable, so a changed record is a new object: it takes the old one's place in the
 * session (its state, snapshot and identity), and the next flush writes the columns that differ.
 */
final class RecordReplacement {

    private RecordReplacement() {
    }

    /** Puts {@code replacement} in the place of the object of state {@code s}. */
    static EntityState swap(Session session, EntityState s, Object replacement) {
        EntityState moved = new EntityState(replacement, s.mapper, s.status);
        moved.key = s.key;
        moved.shard = s.shard;
        moved.snapshot = s.snapshot;
        moved.members = s.members;
        moved.sequence = s.sequence;
        moved.insertedAt = s.insertedAt;
        moved.deletedAt = s.deletedAt;
        moved.epoch = s.epoch;
        moved.expired = s.expired;
        session.states.remove(s.entity);
        session.states.put(replacement, moved);
        if (s.key != null && session.identityMap.get(s.key) == s) {
            session.identityMap.put(s.key, moved);
        }
        replaceInLists(session, s, moved);
        s.status = EntityState.Status.DETACHED;
        return moved;
    }

    private static void replaceInLists(Session session, EntityState old, EntityState now) {
        for (int i = 0; i < session.pending.size(); i++) {
            if (session.pending.get(i) == old) {
                session.pending.set(i, now);
            }
        }
        for (int i = 0; i < session.deleted.size(); i++) {
            if (session.deleted.get(i) == old) {
                session.deleted.set(i, now);
            }
        }
        for (int i = 0; i < session.removed.size(); i++) {
            if (session.removed.get(i) == old) {
                session.removed.set(i, now);
            }
        }
        for (TransactionLevel l : session.levels) {
            Object[] before = l.before.remove(old);
            if (before != null) {
                l.before.put(now, before);
            }
        }
    }
}
