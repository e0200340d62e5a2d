package io.retort.orm;

import io.retort.orm.metamodel.Condition;
import java.sql.SQLException;
import java.util.List;

/**
 * Where rows live. An unsharded session has one shard for everything; a sharded session maps
 * SQLAlchemy's three choosers onto the sharding configuration: the shard of a new object (shard
 * chooser), the shards that may hold a key (identity chooser) and the shards a query must run on
 * (execute chooser).
 */
interface Routing {

    /**
     * The shard a new object is inserted into (its column values are final at this point); {@code entity}
     * is null for a row of a bulk INSERT.
     */
    Shard shardForNew(EntityMapper<?> mapper, Object entity, Object[] columnValues) throws SQLException;

    /** The shards that may hold the row of {@code mapper} with key {@code id}. */
    List<Shard> shardsForIdentity(EntityMapper<?> mapper, Object id) throws SQLException;

    /** The shards a query on {@code mapper} filtered by {@code where} (may be null) runs on; {@code hint} forces one. */
    List<Shard> shardsForQuery(EntityMapper<?> mapper, Condition where, String hint) throws SQLException;

    /**
     * The shards holding the rows of {@code target} related to an object on {@code ownerShard} (a
     * relationship load); {@code keyColumn} = {@code keys} is the condition of the load.
     */
    List<Shard> shardsForRelated(Shard ownerShard, EntityMapper<?> target, String keyColumn, List<Object> keys)
            throws SQLException;

    boolean sharded();

    /**
     * The shard under which an object of {@code mapper} read through a statement on {@code executedOn} is
     * known (identities carry the shard of their own table), or null when that table has no node there.
     */
    Shard canonical(EntityMapper<?> mapper, Shard executedOn);

    /** The unsharded case: one data source, tables under their own names. */
    Routing SINGLE = new Routing() {
        private final List<Shard> one = List.of(Shard.SINGLE);

        @Override
        public Shard shardForNew(EntityMapper<?> mapper, Object entity, Object[] columnValues) {
            return Shard.SINGLE;
        }

        @Override
        public List<Shard> shardsForIdentity(EntityMapper<?> mapper, Object id) {
            return one;
        }

        @Override
        public List<Shard> shardsForQuery(EntityMapper<?> mapper, Condition where, String hint) {
            return one;
        }

        @Override
        public List<Shard> shardsForRelated(Shard ownerShard, EntityMapper<?> target, String keyColumn, List<Object> keys) {
            return one;
        }

        @Override
        public boolean sharded() {
            return false;
        }

        @Override
        public Shard canonical(EntityMapper<?> mapper, Shard executedOn) {
            return Shard.SINGLE;
        }
    };
}
