package io.retort.sharding;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML node with its key path and line, and typed accessors that fail with a
 * {@link ShardingConfigException} naming file, line, key path and what was expected.
 */
final class ConfigNode {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DATE_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?");

    /** Shared by all nodes of one file. */
    static final class Context {
        final String source;
        final Function<String, String> env;
        final Map<String, Integer> lines = new LinkedHashMap<>();

        Context(String source, Function<String, String> env) {
            this.source = source;
            this.env = env;
        }
    }

    private final Context context;
    private final Node node;
    private final String path;
    private final int line;

    ConfigNode(Context context, Node node, String path, int line) {
        this.context = context;
        this.node = node;
        this.path = path;
        this.line = line;
        if (!path.isEmpty() && line > 0) {
            context.lines.putIfAbsent(path, line);
        }
    }

    static int lineOf(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    String path() {
        return path;
    }

    int line() {
        return line;
    }

    /** The path of a child key. */
    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    ShardingConfigException error(String problem) {
        return new ShardingConfigException(context.source, line, path, problem);
    }

    /** An error about a key that is missing from this mapping. */
    ShardingConfigException missing(String key, String expected) {
        return new ShardingConfigException(context.source, line, child(key), "missing; expected " + expected);
    }

    boolean isNull() {
        return node instanceof ScalarNode s && s.getScalarStyle() == ScalarStyle.PLAIN && isNullText(s.getValue());
    }

    private static boolean isNullText(String v) {
        return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    boolean isSequence() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode && !isNull();
    }

    String kind() {
        if (isNull()) {
            return "nothing";
        }
        return switch (node) {
            case MappingNode m -> "a mapping";
            case SequenceNode s -> "a list";
            default -> "a scalar";
        };
    }

    /**
     * The entries of a mapping whose keys must be among {@code allowed} (unknown keys fail with a
     * did-you-mean). {@code <<} merge keys are applied; duplicate keys fail.
     */
    Map<String, ConfigNode> mapping(Collection<String> allowed, String expected) throws ShardingConfigException {
        Map<String, ConfigNode> entries = entries(expected);
        for (Map.Entry<String, ConfigNode> e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new ShardingConfigException(context.source, e.getValue().line, e.getValue().path,
                        "unknown key '" + e.getKey() + "'; expected one of " + String.join(", ", allowed)
                                + DidYouMean.hint(e.getKey(), allowed));
            }
        }
        return entries;
    }

    /** The entries of a mapping with any keys (names of data sources, tables...). */
    Map<String, ConfigNode> entries(String expected) throws ShardingConfigException {
        if (!(node instanceof MappingNode m)) {
            throw error("expected " + expected + ", found " + kind());
        }
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        List<NodeTuple> merged = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new ShardingConfigException(context.source, lineOf(t.getKeyNode()), path,
                        "expected a plain key, found " + new ConfigNode(context, t.getKeyNode(), path, 0).kind());
            }
            if (k.getValue().equals("<<") && k.getScalarStyle() == ScalarStyle.PLAIN) {
                collectMerge(t.getValueNode(), merged);
                continue;
            }
            String key = k.getValue();
            ConfigNode child = new ConfigNode(context, t.getValueNode(), child(key), lineOf(k));
            if (entries.putIfAbsent(key, child) != null) {
                throw new ShardingConfigException(context.source, lineOf(k), child(key),
                        "duplicate key '" + key + "' (first at line " + entries.get(key).line + ")");
            }
        }
        // Merged entries (<<: *anchor) never override the mapping's own keys.
        for (NodeTuple t : merged) {
            if (t.getKeyNode() instanceof ScalarNode k && !entries.containsKey(k.getValue())) {
                entries.put(k.getValue(), new ConfigNode(context, t.getValueNode(), child(k.getValue()), lineOf(k)));
            }
        }
        return entries;
    }

    private void collectMerge(Node value, List<NodeTuple> out) throws ShardingConfigException {
        if (value instanceof MappingNode m) {
            out.addAll(m.getValue());
        } else if (value instanceof SequenceNode s) {
            for (Node n : s.getValue()) {
                collectMerge(n, out);
            }
        } else {
            throw new ShardingConfigException(context.source, lineOf(value), path,
                    "'<<' merges a mapping (an alias such as *defaults), found a scalar");
        }
    }

    /** The items of a list. */
    List<ConfigNode> sequence(String expected) throws ShardingConfigException {
        if (!(node instanceof SequenceNode s)) {
            throw error("expected " + expected + ", found " + kind());
        }
        List<ConfigNode> items = new ArrayList<>();
        int i = 0;
        for (Node n : s.getValue()) {
            items.add(new ConfigNode(context, n, path + "[" + i++ + "]", lineOf(n)));
        }
        return items;
    }

    /** The scalar's text after {@code ${ENV}} substitution. */
    String string(String expected) throws ShardingConfigException {
        if (!(node instanceof ScalarNode s) || isNull()) {
            throw error("expected " + expected + ", found " + kind());
        }
        try {
            return EnvSubstitution.apply(s.getValue(), context.env);
        } catch (EnvSubstitution.UnsetVariable e) {
            throw error("environment variable " + e.name + " is not set; set it, or give a default: ${" + e.name
                    + ":default}");
        }
    }

    /** Like {@link #string} but null when the value is absent (null or empty). */
    String optionalString(String expected) throws ShardingConfigException {
        return isNull() ? null : string(expected);
    }

    /** A non-empty text value. */
    String nonEmpty(String expected) throws ShardingConfigException {
        String s = string(expected);
        if (s.isBlank()) {
            throw error("expected " + expected + ", found an empty value");
        }
        return s.trim();
    }

    int integer(int min, int max) throws ShardingConfigException {
        String text = string("an integer from " + min + " to " + max).trim();
        try {
            long v = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
            if (v < min || v > max) {
                throw error("expected an integer from " + min + " to " + max + ", found " + v);
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw error("expected an integer from " + min + " to " + max + ", found '" + text + "'");
        }
    }

    /** A value from a fixed set of names. */
    <E> E choice(String what, Map<String, E> options) throws ShardingConfigException {
        String text = string(what + ": one of " + String.join(", ", options.keySet())).trim();
        E e = options.get(text);
        if (e == null) {
            throw error("unknown " + what + " '" + text + "'; expected one of " + String.join(", ", options.keySet())
                    + DidYouMean.hint(text, options.keySet()));
        }
        return e;
    }

    /** A mapping of names to scalar values, as text (properties, pool settings). */
    Map<String, String> scalarMap(String expected) throws ShardingConfigException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> e : entries(expected).entrySet()) {
            ConfigNode v = e.getValue();
            if (v.isMapping() || v.isSequence()) {
                throw v.error("expected a scalar value, found " + v.kind());
            }
            out.put(e.getKey(), v.isNull() ? "" : v.string("a scalar value"));
        }
        return out;
    }

    /**
     * A literal with its YAML type (for range boundaries and list values): plain integers are
     * {@code Long}/{@code BigInteger}, plain decimals {@code BigDecimal}, plain {@code yyyy-MM-dd}
     * a {@code LocalDate}, plain date-times a {@code LocalDateTime}; everything else, and anything
     * quoted, a {@code String}.
     */
    Object literal(String expected) throws ShardingConfigException {
        String text = string(expected);
        if (((ScalarNode) node).getScalarStyle() != ScalarStyle.PLAIN) {
            return text;
        }
        String t = text.trim();
        try {
            if (INTEGER.matcher(t).matches()) {
                BigInteger b = new BigInteger(t.startsWith("+") ? t.substring(1) : t);
                return b.bitLength() < 64 ? (Object) b.longValue() : b;
            }
            if (DECIMAL.matcher(t).matches()) {
                return new BigDecimal(t);
            }
            if (DATE.matcher(t).matches()) {
                return LocalDate.parse(t);
            }
            if (DATE_TIME.matcher(t).matches()) {
                return LocalDateTime.parse(t.replace(' ', 'T'));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw error("'" + t + "' looks like a number or date but is not a valid one; quote it to mean a string");
        }
        return text;
    }

    /** Fails unless at most one of the given keys is present. */
    static void exclusive(Map<String, ConfigNode> entries, Set<String> group, String why) throws ShardingConfigException {
        ConfigNode first = null;
        for (String k : group) {
            ConfigNode n = entries.get(k);
            if (n != null) {
                if (first != null) {
                    throw n.error("cannot be combined with '" + first.path.substring(first.path.lastIndexOf('.') + 1)
                            + "' (line " + first.line + "): " + why);
                }
                first = n;
            }
        }
    }
}
