package io.retort.sharding.route;

import io.retort.sharding.DataNode;
import io.retort.sharding.ShardingRule;
import io.retort.sharding.TableKind;
import io.retort.sharding.TableRule;
import io.retort.sql.Statement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tables of a statement and where its rows can live, fixed when the statement is prepared;
 * {@link #select} turns it into the data nodes of one execution, and {@link #unit} into physical
 * statements (cached per target, as they do not depend on values).
 */
final class Layout {

    /** Where one unit runs: a data source and, per binding group, the node index (-1 where the group is absent). */
    record Target(String dataSource, List<Integer> nodes) {}

    /**
     * The targets of one execution.
     *
     * @param scattered whether some sharded table had no sharding value narrowing it (all of its nodes, more than one)
     * @param hintEmptied whether a hint left no node that the sharding values chose (an INSERT must then fail)
     */
    record Selection(List<Target> targets, boolean scattered, boolean hintEmptied) {}

    private static final int CACHE_LIMIT = 4096;

    final ShardingRule rule;
    final List<Occurrence> occurrences;
    final List<TableRule> groupRules;
    final NodeSource.Source rows;
    final List<NodeSource.Source> whole;
    final List<String> wholeReasons;
    private final List<String> logicalTables;
    /** Per (statement variant, target): the physical statement and its data nodes; neither depends on values. */
    private final Map<Object, RouteUnit> unitCache = new ConcurrentHashMap<>();

    Layout(ShardingRule rule, StatementAnalyzer analyzer, NodeSource.Source rows, List<String> extraReasons) {
        this.rule = rule;
        this.occurrences = List.copyOf(analyzer.occurrences);
        this.groupRules = List.copyOf(analyzer.groupRules);
        this.rows = rows;
        this.whole = List.copyOf(analyzer.wholeSources);
        List<String> reasons = new ArrayList<>(analyzer.wholeReasons);
        reasons.addAll(extraReasons);
        this.wholeReasons = List.copyOf(reasons);
        LinkedHashSet<String> tables = new LinkedHashSet<>();
        for (Occurrence o : occurrences) {
            tables.add(o.rule().logicalName());
        }
        this.logicalTables = List.copyOf(tables);
    }

    int groupCount() {
        return groupRules.size();
    }

    /** The logical tables named, in order of first appearance, as configured (or as written, for unconfigured ones). */
    List<String> logicalTables() {
        return logicalTables;
    }

    /**
     * The targets of one execution.
     *
     * @param forced the data source a hint forces, or null
     * @param writesBroadcast whether the statement writes a broadcast table (then it runs on every data source)
     */
    Selection select(Bindings bindings, String forced, boolean writesBroadcast) throws SQLException {
        String pinned = null;
        String pinnedTable = null;
        for (Occurrence o : occurrences) {
            TableKind kind = o.rule().kind();
            String ds = kind == TableKind.SINGLE ? o.rule().nodes().get(0).dataSource()
                    : kind == TableKind.DEFAULT ? (forced != null ? forced : rule.defaultDataSource()) : null;
            if (ds == null) {
                continue;
            }
            if (forced != null && !forced.equals(ds)) {
                throw RouteErrors.unsupported("Table " + o.rule().logicalName() + " lives only on data source " + ds
                        + ", but the routing hint forces " + forced + "; remove the hint or route to " + ds);
            }
            if (pinned == null) {
                pinned = ds;
                pinnedTable = o.rule().logicalName();
            } else if (!pinned.equals(ds)) {
                throw RouteErrors.unsupported("Tables " + pinnedTable + " (on " + pinned + ") and " + o.rule().logicalName()
                        + " (on " + ds + ") live on different data sources, and one statement cannot read both; declare"
                        + " one of them under sharding.broadcast, or query them separately");
            }
        }
        if (groupRules.isEmpty()) {
            if (writesBroadcast) {
                if (pinned != null && forced == null) {
                    throw RouteErrors.unsupported("A write to a broadcast table runs on every data source, but the statement"
                            + " also reads " + pinnedTable + ", which lives only on " + pinned + "; declare " + pinnedTable
                            + " under sharding.broadcast too");
                }
                List<Target> all = new ArrayList<>();
                for (String ds : forced != null ? List.of(forced) : rule.dataSourceNames()) {
                    all.add(new Target(ds, List.of()));
                }
                return new Selection(all, false, false);
            }
            String ds = forced != null ? forced : pinned != null ? pinned : rule.defaultDataSource();
            return new Selection(List.of(new Target(ds, List.of())), false, false);
        }

        NodeSource.Eval eval = new NodeSource.Eval(occurrences, groupRules.size(), bindings);
        NodeSource.GroupSets sets = rows.evaluate(eval);
        for (NodeSource.Source s : whole) {
            sets.union(s.evaluate(eval));
        }
        boolean scattered = false;
        boolean hintEmptied = false;
        BitSet[] chosen = new BitSet[groupRules.size()];
        for (int g = 0; g < chosen.length; g++) {
            TableRule r = groupRules.get(g);
            int size = r.nodes().size();
            BitSet s = sets.sets[g];
            if (s == null) {
                // No row source reads this group (its table is only in an unreferenced CTE): none of its rows
                // matter, and one node will do.
                s = new BitSet(size);
            } else if (size > 1 && s.cardinality() == size) {
                scattered = true;
            }
            if (forced != null) {
                BitSet on = onDataSource(r, forced);
                if (on.isEmpty()) {
                    throw RouteErrors.invalidValue("Table " + r.logicalName() + " has no data node on data source " + forced
                            + " (its nodes: " + r.nodes() + "); the routing hint cannot send it there");
                }
                boolean before = !s.isEmpty();
                s.and(on);
                if (before && s.isEmpty()) {
                    hintEmptied = true;
                }
            }
            chosen[g] = s;
        }
        if (writesBroadcast) {
            throw RouteErrors.unsupported("A write to a broadcast table runs on every data source, so it cannot read the"
                    + " sharded table " + groupRules.get(0).logicalName() + " (each data source holds other rows of it)");
        }
        List<Target> targets = new ArrayList<>();
        if (chosen.length == 1) {
            TableRule r = groupRules.get(0);
            BitSet s = chosen[0];
            if (s.isEmpty()) {
                // No node can hold a matching row; one node still answers, for the result's columns.
                s.set(firstNode(r, forced != null ? forced : pinned));
            }
            for (int i = s.nextSetBit(0); i >= 0; i = s.nextSetBit(i + 1)) {
                String ds = r.node(i).dataSource();
                if (pinned != null && !pinned.equals(ds)) {
                    throw RouteErrors.unsupported("Table " + pinnedTable + " lives only on " + pinned + ", but the statement"
                            + " also reads " + r.logicalName() + " on " + ds + "; declare " + pinnedTable
                            + " under sharding.broadcast so every data source has it, or add a sharding value that routes "
                            + r.logicalName() + " to " + pinned);
                }
                targets.add(new Target(ds, List.of(i)));
            }
        } else {
            targets.add(oneNodePerGroup(chosen, forced != null ? forced : pinned));
        }
        if (targets.size() > 1 && !wholeReasons.isEmpty()) {
            throw RouteErrors.unsupported(capitalize(wholeReasons.get(0)) + ", and the statement spans " + targets.size()
                    + " data nodes; add a sharding value that routes it to one node (a query like this runs through"
                    + " Apache Calcite with sharding.federation: true)");
        }
        return new Selection(List.copyOf(targets), scattered, hintEmptied);
    }

    /** Several unbound sharded tables: each must route to one node, all on one data source. */
    private Target oneNodePerGroup(BitSet[] chosen, String dataSource) throws SQLException {
        String ds = dataSource;
        for (int g = 0; g < chosen.length && ds == null; g++) {
            if (chosen[g].cardinality() == 1) {
                ds = groupRules.get(g).node(chosen[g].nextSetBit(0)).dataSource();
            }
        }
        List<Integer> nodes = new ArrayList<>();
        for (int g = 0; g < chosen.length; g++) {
            TableRule r = groupRules.get(g);
            BitSet s = chosen[g];
            if (s.isEmpty()) {
                s.set(firstNode(r, ds));
            }
            int i = s.nextSetBit(0);
            if (s.cardinality() != 1 || (ds != null && !r.node(i).dataSource().equals(ds))) {
                TableRule other = groupRules.get(g == 0 ? 1 : 0);
                throw RouteErrors.unsupported("Tables " + other.logicalName() + " and " + r.logicalName()
                        + " are sharded but not bound to each other (bindTo), so Retort can join them only when the"
                        + " sharding values route each of them to a single node on the same data source; here "
                        + r.logicalName() + " routes to " + describe(r, s) + ". Bind the tables (same layout, bindTo),"
                        + " add sharding values for both, or query them separately (a query like this runs through"
                        + " Apache Calcite with sharding.federation: true)");
            }
            if (ds == null) {
                ds = r.node(i).dataSource();
            }
            nodes.add(i);
        }
        return new Target(ds, List.copyOf(nodes));
    }

    private static String describe(TableRule r, BitSet s) {
        List<DataNode> nodes = new ArrayList<>();
        for (int i = s.nextSetBit(0); i >= 0; i = s.nextSetBit(i + 1)) {
            nodes.add(r.node(i));
        }
        return nodes.size() > 6 ? nodes.size() + " nodes" : nodes.toString();
    }

    private static BitSet onDataSource(TableRule r, String ds) {
        BitSet out = new BitSet(r.nodes().size());
        for (int i = 0; i < r.nodes().size(); i++) {
            if (r.node(i).dataSource().equals(ds)) {
                out.set(i);
            }
        }
        return out;
    }

    private static int firstNode(TableRule r, String ds) {
        if (ds != null) {
            for (int i = 0; i < r.nodes().size(); i++) {
                if (r.node(i).dataSource().equals(ds)) {
                    return i;
                }
            }
        }
        return 0;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ----- physical statements -----

    /** The physical table name of each logical table (as written, lower case) that changes on this target. */
    Map<String, String> physicalNames(Target t) {
        Map<String, String> out = new HashMap<>();
        for (Occurrence o : occurrences) {
            String written = o.ref().name().last().text();
            String physical = physicalTable(o, t);
            if (physical != null && !physical.equals(written)) {
                out.put(written.toLowerCase(Locale.ROOT), physical);
            }
        }
        return out;
    }

    private String physicalTable(Occurrence o, Target t) {
        DataNode n = node(o, t);
        return n == null ? null : n.table();
    }

    /** The data node of an occurrence on a target (for unconfigured tables: the table itself on the target's data source). */
    DataNode node(Occurrence o, Target t) {
        TableRule r = o.rule();
        return switch (r.kind()) {
            case SHARDED -> r.node(t.nodes().get(o.group()));
            case BROADCAST -> {
                List<DataNode> on = r.nodesOn(t.dataSource());
                yield on.isEmpty() ? null : on.get(0);
            }
            case SINGLE -> r.nodes().get(0);
            case DEFAULT -> new DataNode(t.dataSource(), o.ref().name().last().text());
        };
    }

    /** The data nodes a target touches, in order of the tables' first appearance. */
    List<DataNode> nodes(Target t) {
        LinkedHashSet<DataNode> out = new LinkedHashSet<>();
        for (Occurrence o : occurrences) {
            DataNode n = node(o, t);
            if (n != null) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    /** The logical statement with physical table names for a target. */
    Statement physical(Statement logical, int variant, Target t) {
        return unit(logical, variant, t, Map.of()).statement();
    }

    /** The unit of a target; statement and nodes are cached per (statement variant, target). */
    RouteUnit unit(Statement logical, int variant, Target t, Map<String, Object> extra) {
        Object key = List.of(variant, t);
        RouteUnit cached = unitCache.get(key);
        if (cached == null) {
            cached = new RouteUnit(t.dataSource(), new TableRenamer(physicalNames(t)).rename(logical), nodes(t));
            if (unitCache.size() < CACHE_LIMIT) {
                unitCache.put(key, cached);
            }
        }
        return extra.isEmpty() ? cached : new RouteUnit(cached.dataSource(), cached.statement(), cached.nodes(), extra);
    }

    /** Units for several targets, with the same extra parameters. */
    List<RouteUnit> units(Statement logical, int variant, List<Target> targets, Map<String, Object> extra) {
        List<RouteUnit> out = new ArrayList<>(targets.size());
        for (Target t : targets) {
            out.add(unit(logical, variant, t, extra));
        }
        return out;
    }

    static Map<String, Object> noExtras() {
        return new LinkedHashMap<>();
    }
}
