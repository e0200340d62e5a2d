package io.retort.orm;

import io.retort.orm.metamodel.Condition;
import io.retort.sharding.DataNode;
import io.retort.sharding.ShardingCondition;
import io.retort.sharding.ShardingConditions;
import io.retort.sharding.ShardingRule;
import io.retort.sharding.TableRule;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The three choosers of a sharded session on top of a {@link ShardingRule}: a new object goes to the node
 * its sharding key routes to; a key is looked up on the nodes it can be on; a query runs on the nodes its
 * conditions on the sharding key allow. A shard is one data node of a table; statements on it use the
 * physical names of that node and of the tables bound to it (node i beside node i), and the names of
 * unsharded and broadcast tables on its data source.
 */
final class ShardRouting implements Routing {

    private final ShardingRule rule;
    private final Registry registry;
    private final ShardChooser shardChooser;
    private final IdentityChooser identityChooser;
    private final ExecuteChooser executeChooser;
    private final Map<String, Shard> shards = new ConcurrentHashMap<>();

    ShardRouting(ShardingRule rule, Registry registry, ShardChooser shardChooser, IdentityChooser identityChooser,
            ExecuteChooser executeChooser) {
        this.rule = rule;
        this.registry = registry;
        this.shardChooser = shardChooser;
        this.identityChooser = identityChooser;
        this.executeChooser = executeChooser;
    }

    @Override
    public boolean sharded() {
        return true;
    }

    /** The shard of node {@code node} of {@code table}. */
    Shard shardFor(String table, DataNode node) {
        String key = table.toLowerCase(Locale.ROOT) + "|" + node;
        return shards.computeIfAbsent(key, k -> build(table, node));
    }

    private Shard build(String table, DataNode node) {
        TableRule primary = rule.tableRule(table);
        int index = primary.indexOf(node);
        Map<String, String> renames = new LinkedHashMap<>();
        Set<String> hosted = new HashSet<>();
        hosted.add(table.toLowerCase(Locale.ROOT));
        if (!node.table().equalsIgnoreCase(table)) {
            renames.put(table.toLowerCase(Locale.ROOT), node.table());
        }
        for (String other : registry.tableNames()) {
            if (other.equalsIgnoreCase(table)) {
                continue;
            }
            TableRule t = rule.tableRule(other);
            String physical = null;
            if (t.isSharded()) {
                if (index >= 0 && rule.areBound(table, other)) {
                    physical = t.node(index).table();
                }
            } else {
                List<DataNode> there = t.nodesOn(node.dataSource());
                if (!there.isEmpty()) {
                    physical = there.get(0).table();
                }
            }
            if (physical != null) {
                hosted.add(other.toLowerCase(Locale.ROOT));
                if (!physical.equalsIgnoreCase(other)) {
                    renames.put(other.toLowerCase(Locale.ROOT), physical);
                }
            }
        }
        return new Shard(node.toString(), node.dataSource(), renames, hosted);
    }

    /** Every shard of every mapped table (for DDL). */
    List<Shard> allShards() {
        LinkedHashSet<Shard> out = new LinkedHashSet<>();
        for (EntityMapper<?> m : registry.insertOrder()) {
            for (DataNode n : rule.tableRule(m.table).nodes()) {
                out.add(shardFor(m.table, n));
            }
        }
        for (Registry.AssociationTable a : registry.associations()) {
            for (DataNode n : rule.tableRule(a.name()).nodes()) {
                out.add(shardFor(a.name(), n));
            }
        }
        return new ArrayList<>(out);
    }

    @Override
    public Shard canonical(EntityMapper<?> mapper, Shard executedOn) {
        DataNode node = new DataNode(executedOn.dataSource, executedOn.physical(mapper.table));
        TableRule t = rule.tableRule(mapper.table);
        return t.indexOf(node) >= 0 ? shardFor(mapper.table, node) : null;
    }

    private List<Shard> shards(EntityMapper<?> m, List<DataNode> nodes) {
        List<Shard> out = new ArrayList<>(nodes.size());
        for (DataNode n : nodes) {
            out.add(shardFor(m.table, n));
        }
        return out;
    }

    private static List<String> ids(List<DataNode> nodes) {
        List<String> out = new ArrayList<>(nodes.size());
        for (DataNode n : nodes) {
            out.add(n.toString());
        }
        return out;
    }

    /** Shard names (data nodes {@code ds.table} or data source names) to the nodes of {@code m}'s table. */
    private List<Shard> resolve(EntityMapper<?> m, List<String> names) throws SQLException {
        TableRule t = rule.tableRule(m.table);
        List<DataNode> out = new ArrayList<>();
        for (String name : names) {
            boolean found = false;
            for (DataNode n : t.nodes()) {
                if (n.toString().equalsIgnoreCase(name) || n.dataSource().equals(name)) {
                    if (!out.contains(n)) {
                        out.add(n);
                    }
                    found = true;
                }
            }
            if (!found) {
                throw new SQLException("no data node of " + m.table + " is named " + name + "; its nodes are " + ids(t.nodes()),
                        "42704");
            }
        }
        return shards(m, out);
    }

    @Override
    public Shard shardForNew(EntityMapper<?> m, Object entity, Object[] values) throws SQLException {
        TableRule t = rule.tableRule(m.table);
        if (t.isBroadcast()) {
            throw new SQLException("the ORM does not write the broadcast table " + m.table + " (its rows belong on every"
                    + " data source); write it with SQL through the Retort driver", "0A000");
        }
        String chosen = null;
        String problem = null;
        if (t.isSharded()) {
            ShardingConditions conditions = ShardingConditions.none();
            for (String key : t.keyColumns()) {
                ColumnProperty c = column(m, key);
                Object v = values[c.index];
                if (v == null) {
                    problem = "its sharding column " + key + " is null";
                    break;
                }
                conditions = conditions.with(key, ShardingCondition.equalTo(v));
            }
            if (problem == null) {
                List<DataNode> nodes = t.route(conditions);
                if (nodes.size() == 1) {
                    chosen = nodes.get(0).toString();
                } else {
                    problem = "its sharding columns " + t.keyColumns() + " route to " + nodes.size() + " nodes";
                }
            }
        } else {
            chosen = t.nodes().get(0).toString();
        }
        if (shardChooser != null) {
            chosen = shardChooser.shardFor(entity, chosen);
        }
        if (chosen == null) {
            String what = entity == null ? "a new " + m.type.getSimpleName() + " row" : m.describe(entity);
            throw new SQLDataException("cannot choose the shard of " + what + ": " + problem
                    + " (a database-generated key cannot route; use a SNOWFLAKE or UUID_V7 key, or set the column)", "22004");
        }
        List<Shard> list = resolve(m, List.of(chosen));
        if (list.size() != 1) {
            throw new SQLException("the shard " + chosen + " of " + m.table + " has " + list.size() + " nodes; choose one"
                    + " data node (ds.table)", "22023");
        }
        return list.get(0);
    }

    private static ColumnProperty column(EntityMapper<?> m, String name) throws SQLException {
        for (ColumnProperty c : m.columns) {
            if (c.column.matches(name)) {
                return c;
            }
        }
        throw new SQLException("the sharding column " + name + " of " + m.table + " is not mapped by "
                + m.type.getSimpleName(), "42703");
    }

    @Override
    public List<Shard> shardsForIdentity(EntityMapper<?> m, Object id) throws SQLException {
        TableRule t = rule.tableRule(m.table);
        List<DataNode> nodes;
        if (t.isSharded() && t.keyColumns().size() == 1 && t.keyColumns().get(0).equalsIgnoreCase(m.id.name())) {
            nodes = t.route(ShardingConditions.of(m.id.name(), ShardingCondition.equalTo(id)));
        } else if (t.isBroadcast()) {
            nodes = List.of(t.nodes().get(0));
        } else {
            nodes = t.nodes();
        }
        if (identityChooser != null) {
            return resolve(m, identityChooser.shardsFor(m.type, id, ids(nodes)));
        }
        return shards(m, nodes);
    }

    @Override
    public List<Shard> shardsForQuery(EntityMapper<?> m, Condition where, String hint) throws SQLException {
        if (hint != null) {
            return resolve(m, List.of(hint));
        }
        TableRule t = rule.tableRule(m.table);
        List<DataNode> nodes;
        if (t.isBroadcast()) {
            nodes = List.of(t.nodes().get(0));
        } else if (t.isSharded() && where != null) {
            nodes = t.route(conditions(m, t, where));
        } else {
            nodes = t.nodes();
        }
        if (executeChooser != null) {
            return resolve(m, executeChooser.shardsFor(m.type, where, ids(nodes)));
        }
        return shards(m, nodes);
    }

    /** Equality and IN conditions on the sharding columns among the top-level conjuncts of {@code where}. */
    private ShardingConditions conditions(EntityMapper<?> m, TableRule t, Condition where) {
        ShardingConditions out = ShardingConditions.none();
        List<Condition> conjuncts = where instanceof Condition.And a ? a.conditions() : List.of(where);
        for (Condition c : conjuncts) {
            if (c instanceof Condition.Comparison cmp && cmp.operator() == Condition.Operator.EQ && own(m, cmp.column())) {
                String col = name(m, cmp.column());
                if (t.isKeyColumn(col)) {
                    out = out.with(col, ShardingCondition.equalTo(cmp.value()));
                }
            } else if (c instanceof Condition.In in && !in.negated() && own(m, in.column())) {
                String col = name(m, in.column());
                if (t.isKeyColumn(col)) {
                    out = out.with(col, ShardingCondition.in(in.values()));
                }
            }
        }
        return out;
    }

    private static boolean own(EntityMapper<?> m, io.retort.orm.metamodel.ColumnAttribute<?, ?> c) {
        return c.entityType() == m.type && c.alias() == null;
    }

    private static String name(EntityMapper<?> m, io.retort.orm.metamodel.ColumnAttribute<?, ?> c) {
        ColumnProperty p = m.columnsByAttribute.get(c.name());
        return p == null ? c.name() : p.name();
    }

    @Override
    public List<Shard> shardsForRelated(Shard ownerShard, EntityMapper<?> target, String keyColumn, List<Object> keys)
            throws SQLException {
        TableRule t = rule.tableRule(target.table);
        if (!t.isSharded()) {
            List<DataNode> there = t.nodesOn(ownerShard.dataSource);
            return shards(target, List.of(there.isEmpty() ? t.nodes().get(0) : there.get(0)));
        }
        if (t.keyColumns().size() == 1 && t.keyColumns().get(0).equalsIgnoreCase(keyColumn)) {
            return shards(target, t.route(ShardingConditions.of(keyColumn, ShardingCondition.in(keys))));
        }
        Shard aligned = canonical(target, ownerShard);
        if (aligned != null) {
            return List.of(aligned);
        }
        return shards(target, t.nodes());
    }
}
