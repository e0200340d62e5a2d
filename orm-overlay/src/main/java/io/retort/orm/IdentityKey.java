package io.retort.orm;

/**
 * The identity of a row in a session: its mapper, its primary key value and its shard. One object per
 * identity per session (the identity map).
 */
record IdentityKey(EntityMapper<?> mapper, Object id, Shard shard) {

    @Override
    public String toString() {
        return mapper.type.getSimpleName() + "#" + id + (shard == Shard.SINGLE ? "" : "@" + shard.id);
    }
}
