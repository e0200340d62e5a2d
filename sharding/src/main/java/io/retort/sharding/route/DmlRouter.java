package io.retort.sharding.route;

import io.retort.sharding.DataNode;
import io.retort.sharding.ShardingCondition;
import io.retort.sharding.ShardingConditions;
import io.retort.sharding.ShardingRule;
import io.retort.sharding.ShardingSettings;
import io.retort.sharding.TableRule;
import io.retort.sql.Assignment;
import io.retort.sql.ColumnRef;
import io.retort.sql.Delete;
import io.retort.sql.Expression;
import io.retort.sql.RowValue;
import io.retort.sql.Statement;
import io.retort.sql.TableRef;
import io.retort.sql.Update;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes UPDATE and DELETE like a query (their WHERE clause chooses the nodes; no sharding value
 * means every node, or an error with {@code dmlWithoutKey: refuse}), writes to a broadcast table
 * on every data source, and handles an UPDATE that assigns a sharding key: a plain update when the
 * rows stay on their node, a {@link RowMove} when they change node.
 */
final class DmlRouter implements Router {
    private final ShardingRule rule;
    private final Layout layout;
    private final Statement statement;
    private final String verb;
    private final Occurrence target;
    private final boolean writesBroadcast;
    private final boolean limited;
    private final boolean returning;
    /** For an UPDATE that assigns sharding key columns of {@link #target}: key column to new value. */
    private final Map<String, Expression> keyAssignments;

    private DmlRouter(ShardingRule rule, Layout layout, Statement statement, String verb, Occurrence target,
            boolean writesBroadcast, boolean limited, boolean returning, Map<String, Expression> keyAssignments) {
        this.rule = rule;
        this.layout = layout;
        this.statement = statement;
        this.verb = verb;
        this.target = target;
        this.writesBroadcast = writesBroadcast;
        this.limited = limited;
        this.returning = returning;
        this.keyAssignments = keyAssignments;
    }

    static Router of(ShardRouter owner, Statement s) throws SQLException {
        ShardingRule rule = owner.rule();
        StatementAnalyzer analyzer = new StatementAnalyzer(rule);
        StatementAnalyzer.DmlShape shape = analyzer.dml(s);
        Layout layout = new Layout(rule, analyzer, shape.rows(), List.of());
        boolean broadcast = shape.targets().stream().anyMatch(o -> o.rule().isBroadcast());
        Occurrence target = shape.targets().stream().filter(Occurrence::sharded).findFirst().orElse(null);
        Map<String, Expression> keys = Map.of();
        boolean limited;
        boolean returning;
        String verb;
        if (s instanceof Update u) {
            verb = "UPDATE";
            limited = u.limit() != null;
            returning = !u.returning().isEmpty();
            keys = keyAssignments(u, shape);
            if (!keys.isEmpty()) {
                target = occurrenceOf(u, shape, keys);
            }
        } else {
            Delete d = (Delete) s;
            verb = "DELETE";
            limited = d.limit() != null;
            returning = !d.returning().isEmpty();
        }
        return new DmlRouter(rule, layout, s, verb, target, broadcast, limited, returning, keys);
    }

    /** The sharding key columns an UPDATE assigns, with their new values (empty when it assigns none). */
    private static Map<String, Expression> keyAssignments(Update u, StatementAnalyzer.DmlShape shape) throws SQLException {
        Map<String, Expression> out = new LinkedHashMap<>();
        Occurrence owner = null;
        for (Assignment a : u.set()) {
            for (int i = 0; i < a.columns().size(); i++) {
                ColumnRef c = a.columns().get(i);
                Occurrence o = assignedTable(c, shape);
                if (o == null || !o.sharded() || o.keyColumn(c.column().text()) == null) {
                    continue;
                }
                if (owner != null && owner != o) {
                    throw RouteErrors.unsupported("The UPDATE assigns sharding keys of two tables, " + owner.rule().logicalName()
                            + " and " + o.rule().logicalName() + "; update them in separate statements");
                }
                owner = o;
                Expression value;
                if (a.columns().size() == 1) {
                    value = a.value();
                } else if (a.value() instanceof RowValue row && row.values().size() == a.columns().size()) {
                    value = row.values().get(i);
                } else {
                    throw RouteErrors.unsupported("The UPDATE assigns the sharding key " + c.column().text() + " of "
                            + o.rule().logicalName() + " from a row subquery; assign it a value of its own (SET "
                            + c.column().text() + " = ...)");
                }
                out.put(o.keyColumn(c.column().text()), value);
            }
        }
        return out;
    }

    private static Occurrence occurrenceOf(Update u, StatementAnalyzer.DmlShape shape, Map<String, Expression> keys) {
        for (Assignment a : u.set()) {
            for (ColumnRef c : a.columns()) {
                Occurrence o = assignedTable(c, shape);
                if (o != null && o.sharded() && keys.containsKey(o.keyColumn(c.column().text()))) {
                    return o;
                }
            }
        }
        return null;
    }

    /** The target table an assigned column belongs to. */
    private static Occurrence assignedTable(ColumnRef c, StatementAnalyzer.DmlShape shape) {
        if (c.qualifier() != null) {
            Scope.Binding b = shape.scope().find(c.qualifier());
            return b == null ? null : b.occurrence();
        }
        if (shape.targets().size() == 1) {
            return shape.targets().get(0);
        }
        for (Occurrence o : shape.targets()) {
            if (o.keyColumn(c.column().text()) != null) {
                return o;
            }
        }
        return null;
    }

    @Override
    public RoutePlan route(Bindings bindings, String forced) throws SQLException {
        Layout.Selection selection = layout.select(bindings, forced, writesBroadcast);
        if (target != null && forced == null && selection.scattered()
                && rule.dmlWithoutKey() == ShardingSettings.DmlWithoutKey.REFUSE) {
            throw RouteErrors.refused(verb + " on sharded table " + target.rule().logicalName() + " has no sharding value for "
                    + String.join(", ", target.rule().keyColumns()) + ", so it would run on all "
                    + target.rule().nodes().size() + " nodes, which sharding.dmlWithoutKey: refuse forbids; add a condition on "
                    + String.join(" and ", target.rule().keyColumns()) + " (=, IN or a range) to the WHERE clause, or set"
                    + " dmlWithoutKey: scatter");
        }
        if (!keyAssignments.isEmpty()) {
            RoutePlan moved = keyUpdate(bindings, forced, selection);
            if (moved != null) {
                return moved;
            }
        }
        if (selection.targets().size() > 1 && limited) {
            throw RouteErrors.unsupported(verb + " with LIMIT over several shards would apply the limit on each shard;"
                    + " add a sharding value that routes it to one node, or remove the LIMIT");
        }
        List<RouteUnit> units = layout.units(statement, 0, selection.targets(), Map.of());
        return RoutePlan.simple(RouteKind.DML, units, returning, selection.scattered(), forced, layout.logicalTables());
    }

    /** An UPDATE assigning a sharding key: null when the rows stay on their node, else a plan that moves them. */
    private RoutePlan keyUpdate(Bindings bindings, String forced, Layout.Selection selection) throws SQLException {
        TableRule r = target.rule();
        String keys = String.join(", ", keyAssignments.keySet());
        if (selection.targets().size() != 1) {
            throw RouteErrors.unsupported("UPDATE of " + r.logicalName() + " assigns its sharding key (" + keys + "), but its"
                    + " WHERE clause does not narrow the rows to one data node (it matches " + selection.targets().size()
                    + "); Retort moves rows between shards one node at a time: add the current sharding value ("
                    + String.join(" = ? AND ", r.keyColumns()) + " = ?) to the WHERE clause");
        }
        Layout.Target old = selection.targets().get(0);
        DataNode oldNode = layout.node(target, old);
        boolean allConstant = keyAssignments.size() == r.keyColumns().size()
                && keyAssignments.values().stream().allMatch(e -> ValueSource.of(e) != null);
        if (allConstant) {
            ShardingConditions c = ShardingConditions.none();
            for (Map.Entry<String, Expression> e : keyAssignments.entrySet()) {
                Object v = ValueSource.of(e.getValue()).value(bindings);
                if (v == null) {
                    throw RouteErrors.nullKey("UPDATE of " + r.logicalName() + " sets its sharding key " + e.getKey()
                            + " to NULL; rows are placed by their sharding key, which must not be NULL");
                }
                c = c.with(e.getKey(), ShardingCondition.equalTo(v));
            }
            List<DataNode> next = r.route(c);
            if (next.size() == 1 && next.get(0).equals(oldNode)) {
                return null; // the rows stay where they are: a plain UPDATE
            }
        }
        RowMove move = RowMove.of((Update) statement, target, oldNode, keyAssignments.keySet(), layout, old, forced);
        return new RoutePlan(RouteKind.DML, move.steps(), io.retort.sharding.merge.MergePlan.CONCATENATE, false, false,
                null, null, move, false, forced, layout.logicalTables());
    }

    /** The target table reference of a single-table UPDATE, or null. */
    static TableRef singleTarget(Update u) {
        return u.tables().size() == 1 && u.tables().get(0) instanceof TableRef t ? t : null;
    }
}
