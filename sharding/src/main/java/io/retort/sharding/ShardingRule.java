package io.retort.sharding;

import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runtime form of a {@link ShardingConfig}: for any logical table name (matched
 * case-insensitively, as unquoted SQL identifiers are) whether it is sharded, broadcast, single
 * or default, its key columns, binding group and data nodes, and the routing of sharding
 * conditions to data nodes. Built once per configuration; immutable, thread-safe, and cheap to
 * query per statement.
 *
 * <pre>{@code
 * ShardingConfig config = ShardingConfig.load("classpath:shop.yaml", getClass().getClassLoader());
 * ShardingRule rule = ShardingRule.of(config, getClass().getClassLoader());
 * List<DataNode> nodes = rule.route("orders", ShardingConditions.of("customer_id", ShardingCondition.equalTo(42)));
 * }</pre>
 */
public final class ShardingRule {
    private final ShardingConfig config;
    private final List<String> dataSourceNames;
    // Keys: names as configured and lower-cased, so the common exact-case lookup allocates nothing.
    private final Map<String, TableRule> tables;
    private final Collection<TableRule> tableRules;

    ShardingRule(ShardingConfig config, Map<String, TableRule> configuredTables) {
        this.config = config;
        this.dataSourceNames = List.copyOf(config.dataSources().keySet());
        this.tables = new HashMap<>(configuredTables.size() * 4);
        for (TableRule t : configuredTables.values()) {
            tables.put(t.logicalName(), t);
            tables.put(ShardingConditions.normalize(t.logicalName()), t);
        }
        this.tableRules = List.copyOf(configuredTables.values());
    }

    /**
     * Builds the rule, instantiating and configuring the algorithms ({@code class} ones with
     * {@code classLoader}).
     *
     * @throws ShardingConfigException for any configuration error, located in the YAML
     */
    public static ShardingRule of(ShardingConfig config, ClassLoader classLoader) throws ShardingConfigException {
        return new RuleBuilder(config, classLoader, true).build();
    }

    /** Loads the YAML at a location ({@code path} or {@code classpath:resource}) and builds the rule. */
    public static ShardingRule load(String location, ClassLoader classLoader) throws ShardingConfigException {
        return of(ShardingConfig.load(location, classLoader), classLoader);
    }

    /** The configuration this rule was built from. */
    public ShardingConfig config() {
        return config;
    }

    /** The data source names, in file order. */
    public List<String> dataSourceNames() {
        return dataSourceNames;
    }

    /** Where unconfigured tables live. */
    public String defaultDataSource() {
        return config.sharding().defaultDataSource();
    }

    /**
     * The rule of a table: configured (sharded, single, broadcast) or, for any other name, a
     * {@link TableKind#DEFAULT} rule placing it on the default data source under that name.
     */
    public TableRule tableRule(String logicalTable) {
        TableRule t = find(logicalTable);
        return t != null ? t : TableRule.unconfigured(logicalTable, defaultDataSource());
    }

    /** The rule of a configured table, if the table is configured. */
    public Optional<TableRule> findTableRule(String logicalTable) {
        return Optional.ofNullable(find(logicalTable));
    }

    private TableRule find(String name) {
        TableRule t = tables.get(name);
        return t != null ? t : tables.get(ShardingConditions.normalize(name));
    }

    /** Every configured table (sharded, single and broadcast), in file order. */
    public Collection<TableRule> tableRules() {
        return tableRules;
    }

    public boolean isSharded(String logicalTable) {
        TableRule t = find(logicalTable);
        return t != null && t.isSharded();
    }

    public boolean isBroadcast(String logicalTable) {
        TableRule t = find(logicalTable);
        return t != null && t.isBroadcast();
    }

    /** Whether two tables are in one binding group (so a join on their keys stays on each node). */
    public boolean areBound(String a, String b) {
        TableRule t = find(a);
        return t != null && t.isSharded() && t.isBoundTo(b);
    }

    /** {@code tableRule(logicalTable).route(conditions)}. */
    public List<DataNode> route(String logicalTable, ShardingConditions conditions) throws SQLException {
        return tableRule(logicalTable).route(conditions);
    }

    /** What the router does with UPDATE/DELETE on a sharded table without a sharding value. */
    public ShardingSettings.DmlWithoutKey dmlWithoutKey() {
        return config.sharding().dmlWithoutKey();
    }

    @Override
    public String toString() {
        return "ShardingRule" + tableRules;
    }
}
