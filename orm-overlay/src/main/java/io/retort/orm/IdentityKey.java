package io.retort.orm;

/**
 * The identity of a row in a session: its mapper, its primary key value and its shard. One object per
 * identity per session (the identity map).
 */
record IdentityKey(EntityMapper<?> mapper, Object id, Shard shard) {

    // Written out: mappers and shards are compared by identity, and every loaded row looks up one key or more.
    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityKey k && k.mapper == mapper && k.shard == shard && java.util.Objects.equals(k.id, id);
    }

    @Override
    public int hashCode() {
        return (31 * System.identityHashCode(mapper) + (id == null ? 0 : id.hashCode())) * 31 + System.identityHashCode(shard);
    }

    @Override
    public String toString() {
        return mapper.type.getSimpleName() + "#" + id + (shard == Shard.SINGLE ? "" : "@" + shard.id);
    }
}
