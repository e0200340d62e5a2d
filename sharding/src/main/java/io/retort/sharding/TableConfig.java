package io.retort.sharding;

import java.util.List;
import java.util.Objects;

/**
 * One entry of {@code sharding.tables:}. Either {@code strategy} (a {@code key} and
 * {@code algorithm} choosing among all nodes at once) or {@code databaseStrategy} and/or
 * {@code tableStrategy} is set, or none for a single-node table; a table with {@code bindTo}
 * takes its algorithms from the table it binds to.
 *
 * @param name the logical table name
 * @param nodes node expressions as written ({@code "ds${0..1}.orders_${0..3}"}, or one per list
 *     item); empty: one table named like the logical table on every data source (or the layout
 *     of the {@code bindTo} table)
 * @param strategy {@code key} / {@code keyType} / {@code algorithm} at table level, or null
 * @param databaseStrategy {@code databaseStrategy:}, or null
 * @param tableStrategy {@code tableStrategy:}, or null
 * @param bindTo the table this one is co-located with, or null
 * @param keyGenerator {@code keyGenerator:}, or null
 */
public record TableConfig(
        String name,
        List<String> nodes,
        StrategyConfig strategy,
        StrategyConfig databaseStrategy,
        StrategyConfig tableStrategy,
        String bindTo,
        KeyGeneratorConfig keyGenerator) {

    public TableConfig {
        Objects.requireNonNull(name, "name");
        nodes = List.copyOf(nodes);
    }
}
