package io.retort.sharding;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The placement of one logical table: its kind, data nodes, sharding columns, binding group and
 * generated key, and the routing of {@link ShardingConditions} to data nodes. Immutable and
 * thread-safe; obtained from {@link ShardingRule#tableRule(String)}.
 *
 * <p>Nodes are in a stable order: the order of the {@code nodes:} expression (see
 * {@code sharding/README.md}). Tables of one binding group have aligned nodes: node {@code i} of
 * {@code order_items} lies beside node {@code i} of {@code orders}.
 *
 * <pre>{@code
 * TableRule orders = rule.tableRule("ORDERS");
 * List<DataNode> nodes = orders.route(ShardingConditions.of("customer_id", ShardingCondition.equalTo(42L)));
 * }</pre>
 */
public final class TableRule {
    private final String logicalName;
    private final TableKind kind;
    private final List<DataNode> nodes;
    private final Map<DataNode, Integer> nodeIndex;
    private final Placement placement;
    // Column names of this table (a bound table has its own); null where the placement has no such level.
    private final String firstKey;
    private final String secondKey;
    private final String firstLabel;
    private final String secondLabel;
    private final List<String> keyColumns;
    private final List<String> bindingGroup;
    private final GeneratedKey generatedKey;

    TableRule(String logicalName, TableKind kind, List<DataNode> nodes, Placement placement, String firstKey,
            String secondKey, List<String> bindingGroup, GeneratedKey generatedKey) {
        this.logicalName = logicalName;
        this.kind = kind;
        this.nodes = List.copyOf(nodes);
        this.nodeIndex = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < this.nodes.size(); i++) {
            nodeIndex.put(this.nodes.get(i), i);
        }
        this.placement = placement;
        this.firstKey = firstKey;
        this.secondKey = secondKey;
        this.firstLabel = firstKey == null ? null : logicalName + "." + firstKey;
        this.secondLabel = secondKey == null ? null : logicalName + "." + secondKey;
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        if (firstKey != null) {
            keys.add(firstKey);
        }
        if (secondKey != null && keys.stream().noneMatch(k -> k.equalsIgnoreCase(secondKey))) {
            keys.add(secondKey);
        }
        this.keyColumns = List.copyOf(keys);
        this.bindingGroup = List.copyOf(bindingGroup);
        this.generatedKey = generatedKey;
    }

    /** A table that is not configured: one node on the default data source, under its own name. */
    static TableRule unconfigured(String name, String defaultDataSource) {
        return new TableRule(name, TableKind.DEFAULT, List.of(new DataNode(defaultDataSource, name)), null, null, null,
                List.of(name), null);
    }

    /** The logical name as configured (or as asked, for a {@link TableKind#DEFAULT} table). */
    public String logicalName() {
        return logicalName;
    }

    public TableKind kind() {
        return kind;
    }

    /** Whether rows are spread by a sharding key ({@link TableKind#SHARDED}). */
    public boolean isSharded() {
        return kind == TableKind.SHARDED;
    }

    public boolean isBroadcast() {
        return kind == TableKind.BROADCAST;
    }

    /** Every data node, in the stable configured order. */
    public List<DataNode> nodes() {
        return nodes;
    }

    /** Node {@code index}. */
    public DataNode node(int index) {
        return nodes.get(index);
    }

    /** The index of a node of this table, or -1; with {@link #node(int)} it maps a node to the same place in a bound table. */
    public int indexOf(DataNode node) {
        Integer i = nodeIndex.get(node);
        return i == null ? -1 : i;
    }

    /** The nodes on one data source (for hints that force a data source), possibly none. */
    public List<DataNode> nodesOn(String dataSource) {
        List<DataNode> out = new ArrayList<>();
        for (DataNode n : nodes) {
            if (n.dataSource().equals(dataSource)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The data sources holding this table, in node order. */
    public List<String> dataSources() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        nodes.forEach(n -> out.add(n.dataSource()));
        return List.copyOf(out);
    }

    /**
     * The sharding columns: one (a {@code key:}, or a database or table strategy alone), two
     * (database and table strategies on different columns), or none (not sharded).
     */
    public List<String> keyColumns() {
        return keyColumns;
    }

    /** The column of {@code databaseStrategy:}, if any (empty for a table placed by {@code key:}: see {@link #keyColumns()}). */
    public Optional<String> databaseKeyColumn() {
        return Optional.ofNullable(placement != null && placement.isFlat() ? null : firstKey);
    }

    /** The column of {@code tableStrategy:}, if any. */
    public Optional<String> tableKeyColumn() {
        return Optional.ofNullable(secondKey);
    }

    /** Whether a column is a sharding column of this table (case-insensitive). */
    public boolean isKeyColumn(String column) {
        for (String k : keyColumns) {
            if (k.equalsIgnoreCase(column)) {
                return true;
            }
        }
        return false;
    }

    /** The tables bound together with this one (itself included, group root first); just itself if unbound. */
    public List<String> bindingGroup() {
        return bindingGroup;
    }

    /** Whether this table and {@code other} are co-located (same binding group). */
    public boolean isBoundTo(String other) {
        for (String t : bindingGroup) {
            if (t.equalsIgnoreCase(other)) {
                return true;
            }
        }
        return false;
    }

    /** The column filled when an INSERT leaves it out, if configured. */
    public Optional<GeneratedKey> generatedKey() {
        return Optional.ofNullable(generatedKey);
    }

    /**
     * The data nodes that may hold rows matching the conditions, in node order. Unknown columns
     * mean every target; a {@link TableKind#BROADCAST} table returns every node (reads should use
     * one of them), single and default tables their one node.
     *
     * @throws SQLException {@code SQLDataException} when a value cannot be placed: NULL (22004),
     *     not convertible to the key type (22018), not in a list without default (22023)
     */
    public List<DataNode> route(ShardingConditions conditions) throws SQLException {
        if (placement == null) {
            return nodes;
        }
        BitSet bits = nodeBits(conditions);
        int count = bits.cardinality();
        if (count == nodes.size()) {
            return nodes;
        }
        if (count == 1) {
            return List.of(nodes.get(bits.nextSetBit(0)));
        }
        List<DataNode> out = new ArrayList<>(count);
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            out.add(nodes.get(i));
        }
        return List.copyOf(out);
    }

    /**
     * The index (in {@link #nodes()}) of the only data node that may hold rows matching the
     * conditions, or -1 when none or several may: {@link #route} for the common case of one node,
     * without building a list.
     *
     * @throws SQLException as {@link #route} does
     */
    public int onlyNode(ShardingConditions conditions) throws SQLException {
        if (placement == null) {
            return nodes.size() == 1 ? 0 : -1;
        }
        BitSet bits = nodeBits(conditions);
        return bits.cardinality() == 1 ? bits.nextSetBit(0) : -1;
    }

    private BitSet nodeBits(ShardingConditions conditions) throws SQLException {
        ShardingCondition first = firstKey == null ? ShardingCondition.unknown() : conditions.get(firstKey);
        ShardingCondition second = secondKey == null ? ShardingCondition.unknown() : conditions.get(secondKey);
        return placement.route(first, second, firstLabel, secondLabel);
    }

    /** Describes the placement, e.g. {@code orders: sharded by customer_id (hash-mod) over 8 nodes}. */
    @Override
    public String toString() {
        return switch (kind) {
            case SHARDED -> logicalName + ": sharded by " + describeStrategies() + " over " + nodes.size() + " nodes";
            case SINGLE -> logicalName + ": single table on " + nodes.get(0);
            case BROADCAST -> logicalName + ": broadcast to " + dataSources();
            case DEFAULT -> logicalName + ": default data source, " + nodes.get(0);
        };
    }

    private String describeStrategies() {
        if (placement.isFlat()) {
            return firstKey + " (" + placement.flat() + ")";
        }
        List<String> parts = new ArrayList<>();
        if (placement.database() != null) {
            parts.add("database " + firstKey + " (" + placement.database() + ")");
        }
        if (placement.table() != null) {
            parts.add("table " + secondKey + " (" + placement.table() + ")");
        }
        return String.join(", ", parts);
    }
}
