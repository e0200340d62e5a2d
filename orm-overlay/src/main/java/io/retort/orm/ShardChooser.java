package io.retort.orm;

/**
 * Chooses the shard of a new object (SQLAlchemy's {@code shard_chooser}). The default reads the
 * object's sharding key columns and routes them through the sharding configuration's rule.
 *
 * <pre>{@code
 * ShardedSessionFactory.builder(rule, dataSources)
 *         .shardChooser((entity, defaultShard) -> entity instanceof Archive ? "ds_archive.archive" : defaultShard)
 * }</pre>
 */
@FunctionalInterface
public interface ShardChooser {

    /**
     * @param entity the new object
     * @param defaultShard the data node the configuration chooses ({@code ds.table}), or null when it cannot
     * @return a data node of the object's table ({@code ds0.orders_1}), or a data source name when the table
     *     has exactly one node there
     */
    String shardFor(Object entity, String defaultShard);
}
