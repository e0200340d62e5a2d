package io.retort.sharding;

import io.retort.sharding.keygen.KeyGenerator;
import io.retort.sharding.keygen.SnowflakeKeyGenerator;
import io.retort.sharding.keygen.UuidV7KeyGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a {@link ShardingConfig} across its parts (data sources named by nodes, bindings,
 * layouts, algorithms against their targets) and builds the {@link ShardingRule}. Every error is
 * located through the config's {@link ConfigOrigin}.
 */
final class RuleBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(RuleBuilder.class);

    private final ShardingConfig config;
    private final ClassLoader classLoader;
    /** False while only validating: {@code class} algorithms are checked but not instantiated. */
    private final boolean instantiate;
    private final ConfigOrigin origin;
    private final AlgorithmFactory algorithms;

    private final Map<String, TableConfig> tablesByLowerName = new LinkedHashMap<>();
    /** lower-cased "ds.table" -> the logical table owning that physical table. */
    private final Map<String, String> physicalOwners = new HashMap<>();
    private final Map<String, Built> built = new HashMap<>();
    private final Map<Integer, SnowflakeKeyGenerator> snowflakes = new HashMap<>();
    private UuidV7KeyGenerator uuidV7;

    /** A built sharded or single table, for the tables that bind to it. */
    private record Built(TableConfig config, TableKind kind, List<DataNode> nodes, Placement placement, String firstKey,
            String secondKey) {}

    RuleBuilder(ShardingConfig config, ClassLoader classLoader, boolean instantiate) {
        this.config = config;
        this.classLoader = classLoader != null ? classLoader : RuleBuilder.class.getClassLoader();
        this.instantiate = instantiate;
        this.origin = config.origin();
        this.algorithms = new AlgorithmFactory(origin, this.classLoader, instantiate);
    }

    ShardingRule build() throws ShardingConfigException {
        ShardingSettings sharding = config.sharding();
        if (!config.dataSources().containsKey(sharding.defaultDataSource())) {
            throw origin.error("sharding.defaultDataSource", "unknown data source '" + sharding.defaultDataSource()
                    + "'; expected one of " + String.join(", ", config.dataSources().keySet()));
        }
        for (TableConfig t : sharding.tables().values()) {
            TableConfig previous = tablesByLowerName.putIfAbsent(ShardingConditions.normalize(t.name()), t);
            if (previous != null) {
                throw origin.error(tablePath(t), "table '" + t.name() + "' is configured twice (also as '"
                        + previous.name() + "'); table names are case-insensitive");
            }
        }
        Set<String> broadcast = new LinkedHashSet<>();
        for (int i = 0; i < sharding.broadcast().size(); i++) {
            String name = sharding.broadcast().get(i);
            String lower = ShardingConditions.normalize(name);
            if (!broadcast.add(lower)) {
                throw origin.error("sharding.broadcast[" + i + "]", "'" + name + "' is listed twice");
            }
            if (tablesByLowerName.containsKey(lower)) {
                throw origin.error("sharding.broadcast[" + i + "]", "'" + name
                        + "' is also configured under sharding.tables; a table is either sharded or broadcast");
            }
        }

        // Group roots first (tables without bindTo), then the tables bound to them.
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, String> rootOf = new HashMap<>();
        for (TableConfig t : sharding.tables().values()) {
            String root = resolveRoot(t, broadcast);
            rootOf.put(t.name(), root);
            groups.computeIfAbsent(root, k -> new ArrayList<>());
        }
        for (TableConfig t : sharding.tables().values()) {
            String root = rootOf.get(t.name());
            List<String> group = groups.get(root);
            if (t.bindTo() == null) {
                group.add(0, t.name());
            } else {
                group.add(t.name());
            }
        }

        Map<String, TableRule> rules = new LinkedHashMap<>();
        for (TableConfig t : sharding.tables().values()) {
            if (t.bindTo() == null) {
                rules.put(t.name(), buildRoot(t, groups.get(t.name().toLowerCase(java.util.Locale.ROOT))));
            }
        }
        for (TableConfig t : sharding.tables().values()) {
            if (t.bindTo() != null) {
                String root = rootOf.get(t.name());
                rules.put(t.name(), buildBound(t, built.get(root), groups.get(root)));
            }
        }
        // Keep file order in the result.
        Map<String, TableRule> ordered = new LinkedHashMap<>();
        for (TableConfig t : sharding.tables().values()) {
            ordered.put(t.name(), rules.get(t.name()));
        }
        for (int i = 0; i < sharding.broadcast().size(); i++) {
            String name = sharding.broadcast().get(i);
            List<DataNode> nodes = new ArrayList<>();
            for (String ds : config.dataSources().keySet()) {
                nodes.add(new DataNode(ds, name));
            }
            registerNodes(name, nodes, "sharding.broadcast[" + i + "]");
            ordered.put(name, new TableRule(name, TableKind.BROADCAST, nodes, null, null, null, List.of(name), null));
        }
        return new ShardingRule(config, ordered);
    }

    // ----- binding -----

    /** The lower-cased name of the table at the end of t's bindTo chain. */
    private String resolveRoot(TableConfig t, Set<String> broadcast) throws ShardingConfigException {
        List<String> chain = new ArrayList<>(List.of(t.name()));
        TableConfig current = t;
        while (current.bindTo() != null) {
            String path = tablePath(current) + ".bindTo";
            String target = ShardingConditions.normalize(current.bindTo());
            if (target.equals(ShardingConditions.normalize(current.name()))) {
                throw origin.error(path, "a table cannot bind to itself; name the sharded table whose layout it shares");
            }
            TableConfig next = tablesByLowerName.get(target);
            if (next == null) {
                if (broadcast.contains(target)) {
                    throw origin.error(path, "'" + current.bindTo() + "' is a broadcast table; bindTo names a sharded table");
                }
                List<String> names = new ArrayList<>();
                config.sharding().tables().values().forEach(x -> names.add(x.name()));
                throw origin.error(path, "unknown table '" + current.bindTo() + "'; expected a table under sharding.tables ("
                        + String.join(", ", names) + ")" + DidYouMean.hint(current.bindTo(), names));
            }
            if (chain.stream().anyMatch(n -> n.equalsIgnoreCase(next.name()))) {
                chain.add(next.name());
                throw origin.error(path, "bindTo goes round in a circle: " + String.join(" -> ", chain));
            }
            chain.add(next.name());
            current = next;
        }
        return ShardingConditions.normalize(current.name());
    }

    // ----- roots -----

    private TableRule buildRoot(TableConfig t, List<String> group) throws ShardingConfigException {
        String path = tablePath(t);
        List<DataNode> nodes = t.nodes().isEmpty() ? defaultLayout(t.name()) : expandNodes(t);
        registerNodes(t.name(), nodes, nodesPath(t));
        Placement placement;
        String firstKey;
        String secondKey = null;
        List<ShardingAlgorithm> toConfigure = new ArrayList<>();
        if (t.strategy() != null) {
            StrategyConfig s = t.strategy();
            KeyType keyType = keyType(s);
            ShardingAlgorithm a = algorithms.create(s, path, "node", nodes);
            placement = Placement.flat(nodes, new Strategy(keyType, a));
            firstKey = s.key();
            algorithms.configure(a, s, path, t.name(), "node", placement.firstLevelTargets());
        } else if (t.databaseStrategy() != null || t.tableStrategy() != null) {
            StrategyConfig d = t.databaseStrategy();
            StrategyConfig ts = t.tableStrategy();
            ShardingAlgorithm da = d == null ? null : algorithms.create(d, path + ".databaseStrategy", "database", nodes);
            ShardingAlgorithm ta = ts == null ? null : algorithms.create(ts, path + ".tableStrategy", "table", nodes);
            placement = Placement.twoLevel(nodes, d == null ? null : new Strategy(keyType(d), da),
                    ts == null ? null : new Strategy(keyType(ts), ta));
            checkTwoLevelLayout(t, nodes, placement);
            firstKey = d == null ? null : d.key();
            secondKey = ts == null ? null : ts.key();
            if (d != null) {
                algorithms.configure(da, d, path + ".databaseStrategy", t.name(), "database", placement.firstLevelTargets());
            }
            if (ts != null) {
                algorithms.configure(ta, ts, path + ".tableStrategy", t.name(), "table", placement.tableTargets());
            }
        } else {
            if (nodes.size() > 1) {
                throw origin.error(path, "has " + nodes.size() + " data nodes but no sharding key; add key: (and algorithm:), "
                        + "or databaseStrategy:/tableStrategy:, or bindTo: a sharded table");
            }
            built.put(ShardingConditions.normalize(t.name()), new Built(t, TableKind.SINGLE, nodes, null, null, null));
            return new TableRule(t.name(), TableKind.SINGLE, nodes, null, null, null, group, generatedKey(t));
        }
        built.put(ShardingConditions.normalize(t.name()), new Built(t, TableKind.SHARDED, nodes, placement, firstKey, secondKey));
        return new TableRule(t.name(), TableKind.SHARDED, nodes, placement, firstKey, secondKey, group, generatedKey(t));
    }

    private void checkTwoLevelLayout(TableConfig t, List<DataNode> nodes, Placement placement) throws ShardingConfigException {
        if (placement.table() == null) {
            for (Map.Entry<String, Integer> e : placement.tablesPerDataSource().entrySet()) {
                if (e.getValue() > 1) {
                    throw origin.error(tablePath(t) + ".databaseStrategy", t.name() + " has " + e.getValue()
                            + " tables on " + e.getKey() + "; add a tableStrategy: to choose among them, "
                            + "or place rows with key:/algorithm: over all nodes");
                }
            }
        }
        if (placement.database() == null) {
            Map<String, DataNode> seen = new HashMap<>();
            for (DataNode n : nodes) {
                DataNode other = seen.putIfAbsent(n.table().toLowerCase(java.util.Locale.ROOT), n);
                if (other != null) {
                    throw origin.error(tablePath(t) + ".tableStrategy", "table " + n.table() + " is on both "
                            + other.dataSource() + " and " + n.dataSource() + ", so a table strategy alone cannot tell "
                            + "them apart; add a databaseStrategy:");
                }
            }
        }
    }

    static KeyType keyType(StrategyConfig s) {
        return s.keyType() == null ? KeyType.AUTO : s.keyType();
    }

    // ----- bound tables -----

    private TableRule buildBound(TableConfig t, Built root, List<String> group) throws ShardingConfigException {
        String path = tablePath(t);
        if (root.kind() != TableKind.SHARDED) {
            throw origin.error(path + ".bindTo", root.config().name() + " is not sharded (it has one node and no key); "
                    + "bindTo names a sharded table");
        }
        String rootName = root.config().name();
        rejectInherited(t.strategy(), path, rootName);
        rejectInherited(t.databaseStrategy(), path + ".databaseStrategy", rootName);
        rejectInherited(t.tableStrategy(), path + ".tableStrategy", rootName);
        Placement placement = root.placement();
        String firstKey;
        String secondKey = null;
        if (placement.isFlat()) {
            if (t.databaseStrategy() != null || t.tableStrategy() != null) {
                throw origin.error(path + (t.databaseStrategy() != null ? ".databaseStrategy" : ".tableStrategy"),
                        rootName + " places rows with key:, so " + t.name() + " names its column with key: too");
            }
            firstKey = t.strategy() != null ? t.strategy().key() : root.firstKey();
        } else {
            if (t.strategy() != null) {
                throw origin.error(path + ".key", rootName + " places rows with databaseStrategy:/tableStrategy:, so "
                        + t.name() + " names its columns as databaseStrategy: { key: ... } / tableStrategy: { key: ... }");
            }
            if (t.databaseStrategy() != null && placement.database() == null) {
                throw origin.error(path + ".databaseStrategy", rootName + " has no databaseStrategy: to share");
            }
            if (t.tableStrategy() != null && placement.table() == null) {
                throw origin.error(path + ".tableStrategy", rootName + " has no tableStrategy: to share");
            }
            firstKey = placement.database() == null ? null
                    : t.databaseStrategy() != null ? t.databaseStrategy().key() : root.firstKey();
            secondKey = placement.table() == null ? null
                    : t.tableStrategy() != null ? t.tableStrategy().key() : root.secondKey();
        }
        List<DataNode> nodes = t.nodes().isEmpty() ? derivedLayout(t, root) : expandNodes(t);
        if (!t.nodes().isEmpty()) {
            checkSameLayout(t, nodes, root);
        }
        registerNodes(t.name(), nodes, t.nodes().isEmpty() ? path : nodesPath(t));
        return new TableRule(t.name(), TableKind.SHARDED, nodes, placement, firstKey, secondKey, group, generatedKey(t));
    }

    private void rejectInherited(StrategyConfig s, String path, String rootName) throws ShardingConfigException {
        if (s == null) {
            return;
        }
        if (s.algorithm() != null) {
            throw origin.error(path + ".algorithm", "a bound table uses the algorithm of " + rootName
                    + " (that is what keeps joins on one node); remove algorithm:");
        }
        if (s.keyType() != null) {
            throw origin.error(path + ".keyType", "a bound table uses the keyType of " + rootName + "; remove keyType:");
        }
    }

    /** The root's nodes with the root's name prefix replaced: orders_3 -> order_items_3. */
    private List<DataNode> derivedLayout(TableConfig t, Built root) throws ShardingConfigException {
        String rootName = root.config().name();
        List<DataNode> out = new ArrayList<>();
        for (DataNode n : root.nodes()) {
            if (!n.table().regionMatches(true, 0, rootName, 0, rootName.length())) {
                throw origin.error(tablePath(t), "cannot derive " + t.name() + "'s physical tables from " + n
                        + " (it does not start with '" + rootName + "'); give " + t.name()
                        + " its own nodes: with the same layout as " + rootName);
            }
            out.add(new DataNode(n.dataSource(), t.name() + n.table().substring(rootName.length())));
        }
        return out;
    }

    private void checkSameLayout(TableConfig t, List<DataNode> nodes, Built root) throws ShardingConfigException {
        String rootName = root.config().name();
        if (nodes.size() != root.nodes().size()) {
            throw origin.error(nodesPath(t), t.name() + " has " + nodes.size() + " nodes but " + rootName + ", which it binds to, has "
                    + root.nodes().size() + "; bound tables need the same layout (" + abbreviate(root.nodes()) + ")");
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).dataSource().equals(root.nodes().get(i).dataSource())) {
                throw origin.error(nodesPath(t), "node " + (i + 1) + " of " + t.name() + " is " + nodes.get(i) + " but node "
                        + (i + 1) + " of " + rootName + " is " + root.nodes().get(i)
                        + "; bound tables need the same data sources in the same order");
            }
        }
    }

    // ----- nodes -----

    private List<DataNode> defaultLayout(String table) {
        List<DataNode> nodes = new ArrayList<>();
        for (String ds : config.dataSources().keySet()) {
            nodes.add(new DataNode(ds, table));
        }
        return nodes;
    }

    private List<DataNode> expandNodes(TableConfig t) throws ShardingConfigException {
        List<DataNode> nodes = new ArrayList<>();
        Set<DataNode> seen = new HashSet<>();
        for (int i = 0; i < t.nodes().size(); i++) {
            String path = t.nodes().size() == 1 ? nodesPath(t) : nodesPath(t) + "[" + i + "]";
            List<String> texts;
            try {
                texts = NodeExpression.expand(t.nodes().get(i));
            } catch (IllegalArgumentException e) {
                throw origin.error(path, e.getMessage());
            }
            for (String text : texts) {
                DataNode node = dataNode(text, path);
                if (!seen.add(node)) {
                    throw origin.error(path, "data node " + node + " is listed twice");
                }
                nodes.add(node);
            }
            if (nodes.size() > NodeExpression.MAX_NODES) {
                throw origin.error(path, "more than " + NodeExpression.MAX_NODES + " data nodes");
            }
        }
        return nodes;
    }

    private DataNode dataNode(String text, String path) throws ShardingConfigException {
        int dot = text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            throw origin.error(path, "'" + text + "' is not a data node; expected <data source>.<table>, e.g. ds0.orders_0");
        }
        String ds = text.substring(0, dot).trim();
        String table = text.substring(dot + 1).trim();
        if (!config.dataSources().containsKey(ds)) {
            throw origin.error(path, "data node " + text + " names data source '" + ds + "', which is not under dataSources ("
                    + String.join(", ", config.dataSources().keySet()) + ")" + DidYouMean.hint(ds, config.dataSources().keySet()));
        }
        if (!table.matches("[A-Za-z0-9_$]+")) {
            throw origin.error(path, "'" + table + "' in data node " + text + " is not a table name (letters, digits, '_', '$')");
        }
        return new DataNode(ds, table);
    }

    private void registerNodes(String table, List<DataNode> nodes, String path) throws ShardingConfigException {
        for (DataNode n : nodes) {
            String key = n.dataSource() + "." + n.table().toLowerCase(java.util.Locale.ROOT);
            String owner = physicalOwners.putIfAbsent(key, table);
            if (owner != null) {
                throw origin.error(path, "data node " + n + " of " + table + " is already a data node of " + owner
                        + "; two logical tables cannot share a physical table");
            }
        }
    }

    // ----- key generators -----

    private GeneratedKey generatedKey(TableConfig t) {
        KeyGeneratorConfig k = t.keyGenerator();
        if (k == null) {
            return null;
        }
        KeyGenerator generator = switch (k.type()) {
            case SNOWFLAKE -> {
                if (instantiate && !origin.has(tablePath(t) + ".keyGenerator.workerId") && origin.hasLines()) {
                    LOG.warn("{}: {}.keyGenerator has no workerId, so it is 0: snowflake ids are unique only if every "
                            + "process writing {} has its own workerId (0..1023)", origin.source(), tablePath(t), t.name());
                }
                yield snowflakes.computeIfAbsent(k.workerId(), SnowflakeKeyGenerator::new);
            }
            case UUID_V7 -> {
                if (uuidV7 == null) {
                    uuidV7 = new UuidV7KeyGenerator();
                }
                yield uuidV7;
            }
        };
        return new GeneratedKey(k.column(), generator);
    }

    // ----- helpers -----

    private static String tablePath(TableConfig t) {
        return "sharding.tables." + t.name();
    }

    private static String nodesPath(TableConfig t) {
        return tablePath(t) + ".nodes";
    }

    static String abbreviate(List<DataNode> nodes) {
        if (nodes.size() <= 4) {
            return nodes.toString().substring(1, nodes.toString().length() - 1);
        }
        return nodes.get(0) + ", " + nodes.get(1) + ", ..., " + nodes.get(nodes.size() - 1);
    }
}
