package io.retort.sharding;

import java.util.List;
import java.util.Map;

/**
 * What a {@link ShardingAlgorithm} learns once, before it routes anything.
 *
 * @param logicalTable the logical table the algorithm shards (the first table of its binding group)
 * @param keyColumn the sharding column
 * @param level what the targets are: {@code "database"} (data source names), {@code "table"}
 *     (physical table names) or {@code "node"} ({@code ds.table} names)
 * @param targetSets every target list the algorithm will be asked about: one, or one per data
 *     source for a table strategy under a database strategy
 * @param properties the {@code properties:} of a {@code class} algorithm (empty for built-ins)
 */
public record AlgorithmContext(
        String logicalTable, String keyColumn, String level, List<ShardTargets> targetSets, Map<String, String> properties) {

    public AlgorithmContext {
        targetSets = List.copyOf(targetSets);
        properties = Map.copyOf(properties);
    }
}
