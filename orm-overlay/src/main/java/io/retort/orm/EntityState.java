package io.retort.orm;

/**
 * What a session knows about one object: its mapper and identity, the column values last read from or
 * written to the database ({@link #snapshot}: dirty checking compares the object with it), the members
 * of its loaded collections at that time, and where it is in its life cycle. Savepoint and
 * transaction levels record when it was inserted or deleted, so a rollback knows what to undo.
 */
final class EntityState {

    enum Status {
        /** Added, not yet inserted. */
        PENDING,
        /** In the database and in the identity map. */
        PERSISTENT,
        /** Marked for deletion, not yet deleted. */
        DELETED,
        /** Deleted by a flush in the current transaction. */
        REMOVED,
        /** Left the session. */
        DETACHED
    }

    final Object entity;
    final EntityMapper<?> mapper;
    Status status;
    IdentityKey key;
    Shard shard;
    /** Column values as in the database (null while pending). */
    Object[] snapshot;
    /** Per relationship slot: the members of a loaded collection at the last load or flush, else null. */
    Object[][] members;
    /** Expired: reload from the database the next time the session loads or returns it. */
    boolean expired;
    /** Transaction level (1 = the transaction, 2.. = savepoints) whose flush inserted it, or 0. */
    int insertedAt;
    /** Transaction level whose flush deleted it, or 0. */
    int deletedAt;
    /** The order in which objects were added (insert order within a mapper). */
    long sequence;
    /** Values of the key and version before an insert wrote them, to undo on rollback. */
    Object keyBeforeInsert;
    Object versionBeforeInsert;

    EntityState(Object entity, EntityMapper<?> mapper, Status status) {
        this.entity = entity;
        this.mapper = mapper;
        this.status = status;
    }

    boolean isPending() {
        return status == Status.PENDING;
    }

    boolean isPersistent() {
        return status == Status.PERSISTENT;
    }

    Object[] members(int slot) {
        return members == null ? null : members[slot];
    }

    void members(int slot, Object[] value) {
        if (members == null) {
            if (value == null) {
                return;
            }
            members = new Object[mapper.relationships.length][];
        }
        members[slot] = value;
    }

    @Override
    public String toString() {
        return mapper.describe(entity) + " " + status;
    }
}
