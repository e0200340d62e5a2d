package io.retort.sharding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the YAML text into a {@link ShardingConfig}: structure, types and names (no cross-checks). */
final class ConfigReader {
    static final List<String> TOP_KEYS = List.of("dialect", "dataSources", "sharding", "listeners", "transaction", "connections");
    static final List<String> DATA_SOURCE_KEYS = List.of("url", "username", "password", "properties", "pool");
    static final List<String> SHARDING_KEYS = List.of("defaultDataSource", "tables", "broadcast", "dmlWithoutKey", "federation");
    static final List<String> TABLE_KEYS = List.of(
            "nodes", "key", "keyType", "algorithm", "databaseStrategy", "tableStrategy", "bindTo", "keyGenerator");
    static final List<String> STRATEGY_KEYS = List.of("key", "keyType", "algorithm");
    static final List<String> KEY_GENERATOR_KEYS = List.of("column", "type", "workerId");
    static final List<String> LISTENER_KEYS = List.of("class", "properties");
    static final List<String> TRANSACTION_KEYS = List.of("mode", "log");
    static final List<String> CONNECTIONS_KEYS = List.of("mode", "statementCache", "parallelism");
    static final List<String> DIALECTS = List.of("postgresql", "mysql", "mariadb", "sqlite", "h2", "oracle", "sqlserver");

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    private ConfigReader() {}

    static ShardingConfig read(String yaml, String source, Function<String, String> env) throws ShardingConfigException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setAllowDuplicateKeys(true) // reported by ConfigNode, with both lines
                .setMaxAliasesForCollections(100)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            // Only the problem text: YAML's snippet of the line could show a password.
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            throw new ShardingConfigException(source, line, "", "not valid YAML: " + context + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new ShardingConfigException(source, 0, "", "not valid YAML: " + e.getMessage(), e);
        }
        ConfigNode.Context context = new ConfigNode.Context(source, env);
        if (root.isEmpty()) {
            throw new ShardingConfigException(source, 0, "", "the file is empty; expected a mapping with dataSources: (and sharding:)");
        }
        ConfigNode top = new ConfigNode(context, root.get(), "", ConfigNode.lineOf(root.get()));
        Map<String, ConfigNode> keys = top.mapping(TOP_KEYS, "a mapping with dataSources: and sharding:");

        ConfigNode dsNode = keys.get("dataSources");
        if (dsNode == null || dsNode.isNull()) {
            throw top.missing("dataSources", "a mapping of data source names to { url: ..., username: ..., password: ... }");
        }
        Map<String, DataSourceConfig> dataSources = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> e : dsNode.entries("a mapping of data source names to { url: ... }").entrySet()) {
            dataSources.put(e.getKey(), dataSource(e.getKey(), e.getValue()));
        }
        if (dataSources.isEmpty()) {
            throw dsNode.error("expected at least one data source");
        }

        String dialect = keys.containsKey("dialect") && !keys.get("dialect").isNull()
                ? keys.get("dialect").choice("dialect", options(DIALECTS))
                : dialectOf(dataSources.values().iterator().next(), context);

        ShardingSettings sharding = sharding(keys.get("sharding"), dataSources);
        List<ListenerConfig> listeners = listeners(keys.get("listeners"));
        TransactionConfig transaction = transaction(keys.get("transaction"));
        ConnectionsConfig connections = connections(keys.get("connections"));
        return new ShardingConfig(dialect, dataSources, sharding, listeners, transaction, connections,
                new ConfigOrigin(source, context.lines));
    }

    private static DataSourceConfig dataSource(String name, ConfigNode node) throws ShardingConfigException {
        if (!NAME.matcher(name).matches()) {
            throw node.error("a data source name is a letter or '_' followed by letters, digits, '_' or '-'");
        }
        Map<String, ConfigNode> keys = node.mapping(DATA_SOURCE_KEYS, "a mapping with url:, username:, password:");
        ConfigNode urlNode = keys.get("url");
        if (urlNode == null || urlNode.isNull()) {
            throw node.missing("url", "the real driver's JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/shop");
        }
        String url = urlNode.nonEmpty("a JDBC URL");
        if (url.startsWith("jdbc:retort:")) {
            throw urlNode.error("a data source's url is the real driver's URL; remove 'retort:' (jdbc:" + "retort:... is only for the application)");
        }
        if (!url.startsWith("jdbc:")) {
            throw urlNode.error("expected a JDBC URL starting with 'jdbc:'");
        }
        String username = keys.containsKey("username") ? keys.get("username").optionalString("a user name") : null;
        String password = keys.containsKey("password") ? keys.get("password").optionalString("a password") : null;
        Map<String, String> properties = keys.containsKey("properties") && !keys.get("properties").isNull()
                ? keys.get("properties").scalarMap("a mapping of driver property names to values")
                : Map.of();
        Map<String, String> pool = keys.containsKey("pool") && !keys.get("pool").isNull()
                ? PoolSettings.read(keys.get("pool"))
                : Map.of();
        return new DataSourceConfig(name, url, username, password, properties, pool);
    }

    private static String dialectOf(DataSourceConfig first, ConfigNode.Context context) throws ShardingConfigException {
        String rest = first.url().substring("jdbc:".length());
        int colon = rest.indexOf(':');
        String sub = colon < 0 ? rest : rest.substring(0, colon);
        if (DIALECTS.contains(sub)) {
            return sub;
        }
        if (sub.equals("pgsql")) {
            return "postgresql";
        }
        String path = "dataSources." + first.name() + ".url";
        throw new ShardingConfigException(context.source, context.lines.getOrDefault(path, 0), path,
                "cannot tell the application's dialect from this URL; set the top-level dialect: to one of "
                        + String.join(", ", DIALECTS));
    }

    private static ShardingSettings sharding(ConfigNode node, Map<String, DataSourceConfig> dataSources)
            throws ShardingConfigException {
        String firstDataSource = dataSources.keySet().iterator().next();
        if (node == null || node.isNull()) {
            return new ShardingSettings(firstDataSource, Map.of(), List.of(), ShardingSettings.DmlWithoutKey.SCATTER, false);
        }
        Map<String, ConfigNode> keys = node.mapping(SHARDING_KEYS, "a mapping with tables:, broadcast:, defaultDataSource:");
        String defaultDataSource = firstDataSource;
        ConfigNode dd = keys.get("defaultDataSource");
        if (dd != null && !dd.isNull()) {
            defaultDataSource = dd.nonEmpty("a data source name");
            if (!dataSources.containsKey(defaultDataSource)) {
                throw dd.error("unknown data source '" + defaultDataSource + "'; expected one of "
                        + String.join(", ", dataSources.keySet()) + DidYouMean.hint(defaultDataSource, dataSources.keySet()));
            }
        }
        Map<String, TableConfig> tables = new LinkedHashMap<>();
        ConfigNode tablesNode = keys.get("tables");
        if (tablesNode != null && !tablesNode.isNull()) {
            for (Map.Entry<String, ConfigNode> e : tablesNode.entries("a mapping of logical table names to { key: ..., nodes: ... }").entrySet()) {
                tables.put(e.getKey(), table(e.getKey(), e.getValue()));
            }
        }
        List<String> broadcast = new ArrayList<>();
        ConfigNode b = keys.get("broadcast");
        if (b != null && !b.isNull()) {
            for (ConfigNode item : b.sequence("a list of table names, e.g. [countries, currencies]")) {
                String name = item.nonEmpty("a table name");
                if (!TABLE_NAME.matcher(name).matches()) {
                    throw item.error("'" + name + "' is not a table name (letters, digits, '_', '$')");
                }
                broadcast.add(name);
            }
        }
        ShardingSettings.DmlWithoutKey dml = ShardingSettings.DmlWithoutKey.SCATTER;
        ConfigNode d = keys.get("dmlWithoutKey");
        if (d != null && !d.isNull()) {
            dml = d.choice("dmlWithoutKey", ordered("scatter", ShardingSettings.DmlWithoutKey.SCATTER,
                    "refuse", ShardingSettings.DmlWithoutKey.REFUSE));
        }
        ConfigNode f = keys.get("federation");
        boolean federation = f != null && !f.isNull() && f.choice("federation", ordered("false", false, "true", true));
        return new ShardingSettings(defaultDataSource, tables, broadcast, dml, federation);
    }

    private static TableConfig table(String name, ConfigNode node) throws ShardingConfigException {
        if (!TABLE_NAME.matcher(name).matches()) {
            throw node.error("'" + name + "' is not a table name (a letter or '_', then letters, digits, '_', '$')");
        }
        Map<String, ConfigNode> keys = node.mapping(TABLE_KEYS, "a mapping with key:, nodes:, algorithm: (or bindTo:)");
        ConfigNode.exclusive(keys, orderedSet("key", "databaseStrategy"),
                "use key:/algorithm: to place rows by one column, or databaseStrategy:/tableStrategy:, not both");
        ConfigNode.exclusive(keys, orderedSet("key", "tableStrategy"),
                "use key:/algorithm: to place rows by one column, or databaseStrategy:/tableStrategy:, not both");
        ConfigNode.exclusive(keys, orderedSet("algorithm", "databaseStrategy"),
                "an algorithm belongs inside databaseStrategy:/tableStrategy: when those are used");
        ConfigNode.exclusive(keys, orderedSet("algorithm", "tableStrategy"),
                "an algorithm belongs inside databaseStrategy:/tableStrategy: when those are used");

        List<String> nodes = new ArrayList<>();
        ConfigNode n = keys.get("nodes");
        if (n != null && !n.isNull()) {
            if (n.isSequence()) {
                for (ConfigNode item : n.sequence("a list of data nodes")) {
                    nodes.add(item.nonEmpty("a data node such as ds0.orders_0"));
                }
                if (nodes.isEmpty()) {
                    throw n.error("expected at least one data node");
                }
            } else {
                nodes.add(n.nonEmpty("data nodes such as \"ds${0..1}.orders_${0..3}\" or a list"));
            }
        }

        if (keys.containsKey("bindTo")) {
            for (String inherited : List.of("algorithm", "keyType")) {
                if (keys.containsKey(inherited)) {
                    throw keys.get(inherited).error("a bound table uses the " + inherited + " of "
                            + keys.get("bindTo").string("a table name") + " (that keeps joins on one node); remove "
                            + inherited + ":");
                }
            }
        }
        StrategyConfig flat = null;
        if (keys.containsKey("key") || keys.containsKey("algorithm") || keys.containsKey("keyType")) {
            flat = strategy(node, keys);
        }
        StrategyConfig database = keys.containsKey("databaseStrategy") ? strategyBlock(keys.get("databaseStrategy")) : null;
        StrategyConfig tableLevel = keys.containsKey("tableStrategy") ? strategyBlock(keys.get("tableStrategy")) : null;
        String bindTo = keys.containsKey("bindTo") ? keys.get("bindTo").nonEmpty("the name of a sharded table") : null;
        KeyGeneratorConfig keyGenerator = keys.containsKey("keyGenerator") ? keyGenerator(keys.get("keyGenerator")) : null;
        return new TableConfig(name, nodes, flat, database, tableLevel, bindTo, keyGenerator);
    }

    private static StrategyConfig strategyBlock(ConfigNode node) throws ShardingConfigException {
        Map<String, ConfigNode> keys = node.mapping(STRATEGY_KEYS, "a mapping with key: and algorithm:");
        return strategy(node, keys);
    }

    private static StrategyConfig strategy(ConfigNode owner, Map<String, ConfigNode> keys)
            throws ShardingConfigException {
        ConfigNode keyNode = keys.get("key");
        if (keyNode == null || keyNode.isNull()) {
            ConfigNode other = keys.containsKey("algorithm") ? keys.get("algorithm") : keys.get("keyType");
            throw (other != null ? other : owner).error(
                    "needs key: the sharding column whose values choose the node");
        }
        String key = keyNode.nonEmpty("a column name");
        if (!TABLE_NAME.matcher(key).matches()) {
            throw keyNode.error("'" + key + "' is not a column name (one sharding column per strategy; "
                    + "use databaseStrategy:/tableStrategy: for two columns)");
        }
        KeyType keyType = null;
        ConfigNode kt = keys.get("keyType");
        if (kt != null && !kt.isNull()) {
            Map<String, KeyType> options = new LinkedHashMap<>();
            for (KeyType t : KeyType.values()) {
                options.put(t.yamlName(), t);
            }
            keyType = kt.choice("keyType", options);
        }
        AlgorithmConfig algorithm = keys.containsKey("algorithm") && !keys.get("algorithm").isNull()
                ? algorithm(keys.get("algorithm"))
                : null;
        return new StrategyConfig(key, keyType, algorithm);
    }

    static final Map<String, List<String>> ALGORITHM_KEYS = Map.of(
            "hash-mod", List.of("type"),
            "mod", List.of("type"),
            "range", List.of("type", "boundaries"),
            "list", List.of("type", "values", "default"),
            "class", List.of("type", "class", "properties"));
    static final List<String> ALGORITHM_TYPES = List.of("hash-mod", "mod", "range", "list", "class");

    private static AlgorithmConfig algorithm(ConfigNode node) throws ShardingConfigException {
        if (node.isScalar()) { // algorithm: hash-mod
            String type = node.choice("algorithm type", options(ALGORITHM_TYPES));
            if (ALGORITHM_KEYS.get(type).size() > 1) {
                throw node.error("a " + type + " algorithm needs settings; write algorithm: { type: " + type + ", "
                        + String.join(": ..., ", ALGORITHM_KEYS.get(type).subList(1, ALGORITHM_KEYS.get(type).size())) + ": ... }");
            }
            return simple(type);
        }
        Map<String, ConfigNode> all = node.entries("a mapping such as { type: hash-mod }");
        ConfigNode typeNode = all.get("type");
        if (typeNode == null || typeNode.isNull()) {
            throw node.missing("type", "one of " + String.join(", ", ALGORITHM_TYPES));
        }
        String type = typeNode.choice("algorithm type", options(ALGORITHM_TYPES));
        Map<String, ConfigNode> keys = node.mapping(ALGORITHM_KEYS.get(type), "a " + type + " algorithm");
        switch (type) {
            case "range": {
                ConfigNode b = keys.get("boundaries");
                if (b == null || b.isNull()) {
                    throw node.missing("boundaries", "an ascending list of values, e.g. [1000000, 2000000]");
                }
                List<Object> boundaries = new ArrayList<>();
                for (ConfigNode item : b.sequence("an ascending list of values, e.g. [1000000, 2000000]")) {
                    boundaries.add(item.literal("a boundary value"));
                }
                if (boundaries.isEmpty()) {
                    throw b.error("expected at least one boundary");
                }
                return new AlgorithmConfig.Range(boundaries);
            }
            case "list": {
                ConfigNode v = keys.get("values");
                if (v == null || v.isNull()) {
                    throw node.missing("values", "a mapping of targets to value lists, e.g. { ds0: [DE, FR], ds1: [US] }");
                }
                Map<String, List<Object>> values = new LinkedHashMap<>();
                for (Map.Entry<String, ConfigNode> e : v.entries("a mapping of targets to value lists").entrySet()) {
                    List<Object> list = new ArrayList<>();
                    if (e.getValue().isSequence()) {
                        for (ConfigNode item : e.getValue().sequence("a list of values")) {
                            list.add(item.literal("a value"));
                        }
                    } else {
                        list.add(e.getValue().literal("a value or a list of values"));
                    }
                    values.put(e.getKey(), list);
                }
                String defaultTarget = keys.containsKey("default") ? keys.get("default").optionalString("a target name") : null;
                return new AlgorithmConfig.ListLookup(values, defaultTarget);
            }
            case "class": {
                ConfigNode c = keys.get("class");
                if (c == null || c.isNull()) {
                    throw node.missing("class", "the name of a class implementing " + ShardingAlgorithm.class.getName());
                }
                Map<String, String> properties = keys.containsKey("properties") && !keys.get("properties").isNull()
                        ? keys.get("properties").scalarMap("a mapping of property names to values")
                        : Map.of();
                return new AlgorithmConfig.ClassBased(c.nonEmpty("a class name"), properties);
            }
            default:
                return simple(type);
        }
    }

    private static AlgorithmConfig simple(String type) {
        return type.equals("mod") ? new AlgorithmConfig.Mod() : new AlgorithmConfig.HashMod();
    }

    private static KeyGeneratorConfig keyGenerator(ConfigNode node) throws ShardingConfigException {
        Map<String, ConfigNode> keys = node.mapping(KEY_GENERATOR_KEYS, "a mapping such as { column: id, type: snowflake, workerId: 1 }");
        ConfigNode column = keys.get("column");
        if (column == null || column.isNull()) {
            throw node.missing("column", "the column to fill when an INSERT leaves it out");
        }
        ConfigNode typeNode = keys.get("type");
        if (typeNode == null || typeNode.isNull()) {
            throw node.missing("type", "snowflake or uuid-v7");
        }
        KeyGeneratorConfig.Type type = typeNode.choice("key generator type",
                ordered("snowflake", KeyGeneratorConfig.Type.SNOWFLAKE, "uuid-v7", KeyGeneratorConfig.Type.UUID_V7));
        int workerId = 0;
        ConfigNode w = keys.get("workerId");
        if (w != null && !w.isNull()) {
            if (type != KeyGeneratorConfig.Type.SNOWFLAKE) {
                throw w.error("workerId applies to snowflake only; remove it");
            }
            workerId = w.integer(0, 1023);
        }
        String columnName = column.nonEmpty("a column name");
        if (!TABLE_NAME.matcher(columnName).matches()) {
            throw column.error("'" + columnName + "' is not a column name");
        }
        return new KeyGeneratorConfig(columnName, type, workerId);
    }

    private static List<ListenerConfig> listeners(ConfigNode node) throws ShardingConfigException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<ListenerConfig> out = new ArrayList<>();
        for (ConfigNode item : node.sequence("a list of { class: ..., properties: {...} }")) {
            Map<String, ConfigNode> keys = item.mapping(LISTENER_KEYS, "a mapping with class: and properties:");
            ConfigNode c = keys.get("class");
            if (c == null || c.isNull()) {
                throw item.missing("class", "the listener's class name");
            }
            Map<String, String> properties = keys.containsKey("properties") && !keys.get("properties").isNull()
                    ? keys.get("properties").scalarMap("a mapping of property names to values")
                    : Map.of();
            out.add(new ListenerConfig(c.nonEmpty("a class name"), properties));
        }
        return out;
    }

    private static TransactionConfig transaction(ConfigNode node) throws ShardingConfigException {
        if (node == null || node.isNull()) {
            return TransactionConfig.DEFAULT;
        }
        Map<String, ConfigNode> keys = node.mapping(TRANSACTION_KEYS, "a mapping such as { mode: local }");
        ConfigNode modeNode = keys.get("mode");
        TransactionConfig.Mode mode = modeNode == null || modeNode.isNull() ? TransactionConfig.Mode.LOCAL
                : modeNode.choice("transaction mode",
                        ordered("local", TransactionConfig.Mode.LOCAL, "two-phase", TransactionConfig.Mode.TWO_PHASE));
        ConfigNode log = keys.get("log");
        if (mode == TransactionConfig.Mode.LOCAL) {
            if (log != null && !log.isNull()) {
                throw log.error("a recovery log is only used with mode: two-phase; remove it, or set mode: two-phase");
            }
            return TransactionConfig.DEFAULT;
        }
        if (log == null || log.isNull()) {
            throw node.error("mode: two-phase needs a recovery log file that survives restarts,"
                    + " such as log: /var/lib/myapp/retort-2pc.log (a relative path is read from the configuration's folder)");
        }
        return new TransactionConfig(mode, log.nonEmpty("the path of the recovery log file"));
    }

    private static ConnectionsConfig connections(ConfigNode node) throws ShardingConfigException {
        if (node == null || node.isNull()) {
            return ConnectionsConfig.DEFAULT;
        }
        Map<String, ConfigNode> keys = node.mapping(CONNECTIONS_KEYS, "a mapping such as { mode: held, statementCache: 64, parallelism: 4 }");
        ConfigNode mode = keys.get("mode");
        ConfigNode cache = keys.get("statementCache");
        ConfigNode parallelism = keys.get("parallelism");
        return new ConnectionsConfig(
                mode == null || mode.isNull() ? ConnectionsConfig.DEFAULT.mode()
                        : mode.choice("connection mode", ordered("per-statement", ConnectionsConfig.Mode.PER_STATEMENT,
                                "held", ConnectionsConfig.Mode.HELD)),
                cache == null || cache.isNull() ? ConnectionsConfig.DEFAULT.statementCache()
                        : cache.integer(0, ConnectionsConfig.MAX_STATEMENT_CACHE),
                parallelism == null || parallelism.isNull() ? ConnectionsConfig.DEFAULT.parallelism()
                        : parallelism.integer(0, ConnectionsConfig.MAX_PARALLELISM));
    }

    private static <E> Map<String, E> ordered(String k1, E v1, String k2, E v2) {
        Map<String, E> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static Map<String, String> options(List<String> names) {
        Map<String, String> m = new LinkedHashMap<>();
        names.forEach(n -> m.put(n, n));
        return m;
    }

    private static Set<String> orderedSet(String a, String b) {
        return new java.util.LinkedHashSet<>(List.of(a, b));
    }
}
