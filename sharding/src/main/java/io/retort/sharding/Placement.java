package io.retort.sharding;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the nodes of a binding group are chosen: one strategy over all nodes ("flat"), or a
 * database strategy over data sources and/or a table strategy over the physical tables. Works on
 * node indexes, so the tables of a binding group (same layout, other names) share one placement;
 * the targets the algorithms see are those of the group's first table.
 */
final class Placement {
    private final int nodeCount;
    private final Strategy flat;
    private final ShardTargets nodeTargets;

    private final Strategy database;
    private final Strategy table;
    private final ShardTargets dataSourceTargets;
    private final ShardTargets[] tablesByDataSource;
    private final int[][] nodeIndex;
    private final ShardTargets allTables;

    private Placement(List<DataNode> nodes, Strategy flat, Strategy database, Strategy table) {
        this.nodeCount = nodes.size();
        this.flat = flat;
        this.database = database;
        this.table = table;
        List<String> nodeNames = new ArrayList<>(nodes.size());
        Map<String, List<Integer>> byDataSource = new LinkedHashMap<>();
        List<String> tableNames = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            DataNode n = nodes.get(i);
            nodeNames.add(n.toString());
            byDataSource.computeIfAbsent(n.dataSource(), k -> new ArrayList<>()).add(i);
            tableNames.add(n.table());
        }
        this.nodeTargets = new ShardTargets(nodeNames);
        this.dataSourceTargets = new ShardTargets(new ArrayList<>(byDataSource.keySet()));
        this.tablesByDataSource = new ShardTargets[byDataSource.size()];
        this.nodeIndex = new int[byDataSource.size()][];
        int d = 0;
        for (List<Integer> indexes : byDataSource.values()) {
            List<String> names = new ArrayList<>();
            nodeIndex[d] = new int[indexes.size()];
            for (int t = 0; t < indexes.size(); t++) {
                names.add(nodes.get(indexes.get(t)).table());
                nodeIndex[d][t] = indexes.get(t);
            }
            tablesByDataSource[d++] = new ShardTargets(names);
        }
        this.allTables = new ShardTargets(tableNames);
    }

    static Placement flat(List<DataNode> nodes, Strategy strategy) {
        return new Placement(nodes, strategy, null, null);
    }

    static Placement twoLevel(List<DataNode> nodes, Strategy database, Strategy table) {
        return new Placement(nodes, null, database, table);
    }

    boolean isFlat() {
        return flat != null;
    }

    Strategy flat() {
        return flat;
    }

    Strategy database() {
        return database;
    }

    Strategy table() {
        return table;
    }

    /** The target lists the flat or database algorithm chooses from. */
    List<ShardTargets> firstLevelTargets() {
        return List.of(flat != null ? nodeTargets : dataSourceTargets);
    }

    /** The target lists the table algorithm chooses from: per data source, or all tables without a database strategy. */
    List<ShardTargets> tableTargets() {
        return database == null ? List.of(allTables) : List.of(tablesByDataSource);
    }

    /** Data source names in node order, and how many tables each holds. */
    Map<String, Integer> tablesPerDataSource() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int d = 0; d < dataSourceTargets.size(); d++) {
            m.put(dataSourceTargets.name(d), nodeIndex[d].length);
        }
        return m;
    }

    /**
     * The node indexes the conditions allow.
     *
     * @param first the condition on the flat or database key
     * @param second the condition on the table key (ignored when flat)
     */
    BitSet route(ShardingCondition first, ShardingCondition second, String firstLabel, String secondLabel)
            throws SQLException {
        if (flat != null) {
            return flat.route(first, nodeTargets, firstLabel);
        }
        if (database == null) {
            BitSet tables = table.route(second, allTables, secondLabel);
            // Without a database strategy the targets are all tables in node order: index = node index.
            return tables;
        }
        BitSet nodes = new BitSet(nodeCount);
        BitSet dataSources = database.route(first, dataSourceTargets, firstLabel);
        for (int d = dataSources.nextSetBit(0); d >= 0; d = dataSources.nextSetBit(d + 1)) {
            if (table == null) {
                nodes.set(nodeIndex[d][0]);
                continue;
            }
            BitSet tables = table.route(second, tablesByDataSource[d], secondLabel);
            for (int t = tables.nextSetBit(0); t >= 0; t = tables.nextSetBit(t + 1)) {
                nodes.set(nodeIndex[d][t]);
            }
        }
        return nodes;
    }
}
