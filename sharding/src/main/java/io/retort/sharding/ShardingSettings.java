package io.retort.sharding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code sharding:} section.
 *
 * @param defaultDataSource where tables that are neither sharded nor broadcast live (never null
 *     after loading: the first data source when the YAML does not say)
 * @param tables the sharded (and single-node) tables by logical name, in file order
 * @param broadcast tables copied to every data source
 * @param dmlWithoutKey what the router does with an UPDATE or DELETE on a sharded table that has
 *     no sharding value: scatter it to every node, or refuse it
 * @param federation whether a query the router cannot split over the shards (a join of tables that
 *     are not bound, a subquery over other shards, window functions, …) runs in Apache Calcite over
 *     scans of each table instead of being refused
 */
public record ShardingSettings(String defaultDataSource, Map<String, TableConfig> tables, List<String> broadcast,
        DmlWithoutKey dmlWithoutKey, boolean federation) {

    /** {@code sharding.dmlWithoutKey}. */
    public enum DmlWithoutKey {
        /** Run it on every node (the default). */
        SCATTER,
        /** Fail with an error naming the table and its key. */
        REFUSE
    }

    public ShardingSettings {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        broadcast = List.copyOf(broadcast);
    }
}
