package io.retort.sharding;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates and configures the algorithms of a strategy from their {@link AlgorithmConfig}:
 * converts and checks literals (boundaries ascend, list values are unique and of one type),
 * resolves list targets, loads {@code class} algorithms, and reports every problem at its YAML
 * location.
 */
final class AlgorithmFactory {
    private final ConfigOrigin origin;
    private final ClassLoader classLoader;
    /** False while only validating: {@code class} algorithms are checked but not instantiated (null). */
    private final boolean instantiate;

    AlgorithmFactory(ConfigOrigin origin, ClassLoader classLoader, boolean instantiate) {
        this.origin = origin;
        this.classLoader = classLoader;
        this.instantiate = instantiate;
    }

    ShardingAlgorithm create(StrategyConfig s, String strategyPath, String level, List<DataNode> nodes)
            throws ShardingConfigException {
        String path = strategyPath + ".algorithm";
        KeyType keyType = RuleBuilder.keyType(s);
        AlgorithmConfig a = s.algorithm() == null ? new AlgorithmConfig.HashMod() : s.algorithm();
        return switch (a) {
            case AlgorithmConfig.HashMod h -> new HashModAlgorithm(keyType);
            case AlgorithmConfig.Mod m -> {
                if (keyType != KeyType.AUTO && keyType != KeyType.INTEGER) {
                    throw origin.error(strategyPath + ".keyType", "mod needs integer values, but keyType is "
                            + keyType.yamlName() + "; use hash-mod, or keyType: integer");
                }
                yield new ModAlgorithm();
            }
            case AlgorithmConfig.Range r -> new RangeAlgorithm(boundaries(r, keyType, path));
            case AlgorithmConfig.ListLookup l -> listAlgorithm(l, keyType, path, level, nodes);
            case AlgorithmConfig.ClassBased c -> userAlgorithm(c, path);
        };
    }

    private List<CanonicalValue> boundaries(AlgorithmConfig.Range r, KeyType keyType, String path)
            throws ShardingConfigException {
        List<CanonicalValue> out = new ArrayList<>();
        for (int i = 0; i < r.boundaries().size(); i++) {
            String at = path + ".boundaries[" + i + "]";
            CanonicalValue v = literal(r.boundaries().get(i), keyType, at);
            if (!out.isEmpty()) {
                CanonicalValue previous = out.get(out.size() - 1);
                if (!previous.isComparableTo(v)) {
                    throw origin.error(at, "boundary " + v + " is a " + familyName(v) + " but the boundaries before it are "
                            + familyName(previous) + "s; boundaries are all of one type (quote none or all)");
                }
                if (previous.compareTo(v) >= 0) {
                    throw origin.error(at, "boundaries must ascend: " + v + " is not greater than " + previous);
                }
            }
            out.add(v);
        }
        return out;
    }

    private ShardingAlgorithm listAlgorithm(AlgorithmConfig.ListLookup l, KeyType keyType, String path, String level,
            List<DataNode> nodes) throws ShardingConfigException {
        Map<CanonicalValue, String> targetByValue = new LinkedHashMap<>();
        CanonicalValue first = null;
        for (Map.Entry<String, List<Object>> e : l.values().entrySet()) {
            String target = level.equals("node") ? nodeTarget(e.getKey(), nodes, path + ".values." + e.getKey()) : e.getKey();
            for (int i = 0; i < e.getValue().size(); i++) {
                String at = path + ".values." + e.getKey() + "[" + i + "]";
                CanonicalValue v = literal(e.getValue().get(i), keyType, at);
                if (first != null && !first.isComparableTo(v)) {
                    throw origin.error(at, "value " + v + " is a " + familyName(v) + " but " + first + " is a "
                            + familyName(first) + "; list values are all of one type (set keyType: to convert)");
                }
                first = first == null ? v : first;
                String previous = targetByValue.putIfAbsent(v, target);
                if (previous != null) {
                    throw origin.error(at, "value " + v + " is already listed for " + previous);
                }
            }
        }
        if (targetByValue.isEmpty()) {
            throw origin.error(path + ".values", "expected at least one value");
        }
        String defaultTarget = l.defaultTarget();
        if (defaultTarget != null && level.equals("node")) {
            defaultTarget = nodeTarget(defaultTarget, nodes, path + ".default");
        }
        return new ListAlgorithm(targetByValue, defaultTarget);
    }

    /** A list target when one key chooses among nodes: a node name, or a data source holding exactly one node. */
    private String nodeTarget(String name, List<DataNode> nodes, String path) throws ShardingConfigException {
        List<String> names = new ArrayList<>();
        DataNode only = null;
        int onDataSource = 0;
        for (DataNode n : nodes) {
            names.add(n.toString());
            if (n.toString().equals(name)) {
                return name;
            }
            if (n.dataSource().equals(name)) {
                only = n;
                onDataSource++;
            }
        }
        if (onDataSource == 1) {
            return only.toString();
        }
        if (onDataSource > 1) {
            throw origin.error(path, "data source " + name + " holds " + onDataSource + " nodes of this table; name one node, e.g. "
                    + nodes.stream().filter(n -> n.dataSource().equals(name)).findFirst().orElseThrow());
        }
        Set<String> dataSources = new LinkedHashSet<>();
        nodes.forEach(n -> dataSources.add(n.dataSource()));
        names.addAll(dataSources);
        throw origin.error(path, "'" + name + "' is not a data node of this table; expected one of " + RuleBuilder.abbreviate(nodes)
                + " (or a data source holding one of them: " + String.join(", ", dataSources) + ")"
                + DidYouMean.hint(name, names));
    }

    private CanonicalValue literal(Object value, KeyType keyType, String path) throws ShardingConfigException {
        try {
            return CanonicalValue.of(keyType.coerce(value));
        } catch (SQLDataException e) {
            throw origin.error(path, "'" + value + "' is not a valid " + keyType.yamlName() + " (the keyType)");
        }
    }

    private ShardingAlgorithm userAlgorithm(AlgorithmConfig.ClassBased c, String path) throws ShardingConfigException {
        String at = path + ".class";
        Class<?> type;
        try {
            type = Class.forName(c.className(), false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw origin.error(at, "class " + c.className() + " cannot be loaded (" + e.getClass().getSimpleName()
                    + "); check the name and put its jar on the classpath", e);
        }
        if (!ShardingAlgorithm.class.isAssignableFrom(type)) {
            throw origin.error(at, "class " + c.className() + " does not implement " + ShardingAlgorithm.class.getName());
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw origin.error(at, "class " + c.className() + " is abstract; name a concrete class");
        }
        if (!Modifier.isPublic(type.getModifiers())) {
            throw origin.error(at, "class " + c.className() + " is not public");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw origin.error(at, "class " + c.className() + " needs a public no-argument constructor");
        }
        if (!instantiate) {
            return null;
        }
        try {
            return (ShardingAlgorithm) constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw origin.error(at, "the constructor of " + c.className() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw origin.error(at, "cannot create " + c.className() + ": " + e, e);
        }
    }

    void configure(ShardingAlgorithm algorithm, StrategyConfig s, String strategyPath, String table, String level,
            List<ShardTargets> targets) throws ShardingConfigException {
        if (algorithm == null) {
            return; // a class algorithm while only validating
        }
        Map<String, String> properties = s.algorithm() instanceof AlgorithmConfig.ClassBased c ? c.properties() : Map.of();
        String path = strategyPath + ".algorithm";
        if (s.algorithm() instanceof AlgorithmConfig.Range) {
            path += ".boundaries";
        }
        try {
            algorithm.configure(new AlgorithmContext(table, s.key(), level, targets, properties));
        } catch (SQLException | RuntimeException e) {
            throw origin.error(path, (s.algorithm() instanceof AlgorithmConfig.ClassBased c ? c.className() + " rejected its configuration: " : "")
                    + e.getMessage(), e);
        }
    }

    private static String familyName(CanonicalValue v) {
        return v.family().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
