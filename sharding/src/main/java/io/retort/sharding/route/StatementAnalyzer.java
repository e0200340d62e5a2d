package io.retort.sharding.route;

import io.retort.sharding.ShardingRule;
import io.retort.sharding.TableRule;
import io.retort.sql.ArraySubquery;
import io.retort.sql.BinaryOperator;
import io.retort.sql.ColumnRef;
import io.retort.sql.Cte;
import io.retort.sql.Delete;
import io.retort.sql.DerivedTable;
import io.retort.sql.Exists;
import io.retort.sql.Expression;
import io.retort.sql.FromItem;
import io.retort.sql.FunctionTable;
import io.retort.sql.Identifier;
import io.retort.sql.InSubquery;
import io.retort.sql.Insert;
import io.retort.sql.Join;
import io.retort.sql.JsonTable;
import io.retort.sql.Name;
import io.retort.sql.Node;
import io.retort.sql.Quantified;
import io.retort.sql.Quantifier;
import io.retort.sql.Query;
import io.retort.sql.Select;
import io.retort.sql.SetOperation;
import io.retort.sql.SetOperator;
import io.retort.sql.Statement;
import io.retort.sql.Subquery;
import io.retort.sql.TableRef;
import io.retort.sql.Update;
import io.retort.sql.Values;
import io.retort.sql.With;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a statement once, when it is prepared: which tables it names (resolving CTE names and
 * aliases), the node-source tree of every query block with its WHERE formula, and which
 * subqueries can run per node. A subquery over sharded tables runs per node when it is
 * correlated with a sharded table of the enclosing block, or when it is a membership test
 * ({@code IN}, {@code = ANY}, {@code NOT IN}) inside a block driven by the same binding group and
 * itself partitionable: Retort relies on what {@code bindTo} declares, that related rows of bound
 * tables live on the same node. Any other subquery over sharded tables must see all its rows at
 * once: its nodes are added to the statement's and the statement must then run on one node.
 */
final class StatementAnalyzer {

    /** A CTE name in scope; {@code shape} is null inside a recursive CTE's own body. */
    private record CteName(Identifier name, QueryShape shape) {}

    private static final class Ctes {
        final Ctes parent;
        final List<CteName> names = new ArrayList<>();

        Ctes(Ctes parent) {
            this.parent = parent;
        }

        CteName find(Identifier name) {
            for (Ctes c = this; c != null; c = c.parent) {
                for (int i = c.names.size() - 1; i >= 0; i--) {
                    if (c.names.get(i).name().matches(name)) {
                        return c.names.get(i);
                    }
                }
            }
            return null;
        }
    }

    /** An ON clause waiting until the block's FROM clause has bound every name. */
    private record PendingOn(Expression on, io.retort.sql.JoinType type, BitSet left, BitSet right) {}

    /** What the merge planner needs about a top-level block. */
    record SelectInfo(Scope scope, List<Occurrence> driving, boolean groupsByKey, boolean distinctByKey,
            boolean windowsByKey, boolean sharded, boolean drives, String notPartitionable) {}

    /** The rows a DML statement writes (or, for INSERT ... SELECT, reads). */
    record DmlShape(NodeSource.Source rows, List<Occurrence> targets, Scope scope) {}

    private final ShardingRule rule;
    final List<Occurrence> occurrences = new ArrayList<>();
    final List<TableRule> groupRules = new ArrayList<>();
    private final Map<String, Integer> groupIds = new HashMap<>();
    /** Subqueries that must see all their rows: their nodes join the statement's, which must then be one node. */
    final List<NodeSource.Source> wholeSources = new ArrayList<>();
    final List<String> wholeReasons = new ArrayList<>();
    final Map<Select, SelectInfo> selects = new IdentityHashMap<>();

    StatementAnalyzer(ShardingRule rule) {
        this.rule = rule;
    }

    int groupCount() {
        return groupRules.size();
    }

    // ----- queries -----

    QueryShape query(Query q, Scope parent) {
        return query(q, parent, null);
    }

    private QueryShape query(Query q, Scope parent, Ctes ctes) {
        return switch (q) {
            case Select s -> select(s, parent, ctes);
            case SetOperation s -> setOperation(s, parent, ctes);
            case Values v -> values(v, parent, ctes);
        };
    }

    private QueryShape select(Select s, Scope parent, Ctes outer) {
        Ctes ctes = with(s.with(), parent, outer);
        Scope scope = new Scope(parent);
        List<PendingOn> ons = new ArrayList<>();
        List<Node> scans = new ArrayList<>();
        BitSet groups = new BitSet();
        List<NodeSource> parts = new ArrayList<>(s.from().size());
        for (FromItem f : s.from()) {
            parts.add(fromItem(f, scope, ctes, ons, scans, groups, false));
        }
        NodeSource from = parts.size() == 1 ? parts.get(0) : new NodeSource.Inner(parts);
        KeyFormula formula = formula(s.where(), ons, scope);

        List<Occurrence> driving = new ArrayList<>();
        collectDriving(from, driving);
        BitSet drivingGroups = new BitSet();
        driving.forEach(o -> drivingGroups.set(o.group()));
        for (Node child : s.children()) {
            if (!(child instanceof FromItem) && !(child instanceof With)) {
                scan(child, scope, ctes, from.drives(), drivingGroups, groups);
            }
        }
        for (PendingOn on : ons) {
            scan(on.on(), scope, ctes, from.drives(), drivingGroups, groups);
        }
        for (Node n : scans) {
            scan(n, scope, ctes, from.drives(), drivingGroups, groups);
        }

        boolean aggregating = !s.groupBy().isEmpty() || Aggregates.containsAggregate(itemsHavingOrder(s));
        boolean groupsByKey = !s.groupBy().isEmpty() && !s.withRollup() && KeyCoverage.coversKeys(s.groupBy(), s.items(), scope, driving);
        boolean distinctByKey = s.distinct() && KeyCoverage.coversKeys(s.distinctOn().isEmpty() ? KeyCoverage.itemExpressions(s.items()) : s.distinctOn(),
                s.items(), scope, driving);
        boolean windows = Aggregates.containsWindow(itemsHavingOrder(s));
        boolean windowsByKey = !windows || KeyCoverage.windowsPartitionedByKey(s, scope, driving);
        String reason = null;
        if (from.sharded() && !from.drives()) {
            reason = "it reads a sharded table only through the optional side of an outer join";
        } else if (aggregating && !groupsByKey) {
            reason = "it aggregates rows of a sharded table without grouping by its sharding key";
        } else if (s.distinct() && !distinctByKey) {
            reason = "its DISTINCT does not include the sharding key";
        } else if (s.limit() != null) {
            reason = "it limits rows (LIMIT/OFFSET/FETCH)";
        } else if (!windowsByKey) {
            reason = "its window functions are not partitioned by the sharding key";
        }
        selects.put(s, new SelectInfo(scope, List.copyOf(driving), groupsByKey, distinctByKey, windowsByKey, from.sharded(),
                from.drives(), reason));
        boolean touches = from.sharded() || !groups.isEmpty();
        groups.or(drivingGroups);
        collectGroups(from, groups);
        return new QueryShape(new NodeSource.Block(formula, from), touches, from.drives(), reason == null, reason, groups,
                List.of(scope));
    }

    /** The parts of a block where aggregates and window functions are computed. */
    static List<Node> itemsHavingOrder(Select s) {
        List<Node> out = new ArrayList<>(s.items().size() + s.orderBy().size() + 1);
        out.addAll(s.items());
        if (s.having() != null) {
            out.add(s.having());
        }
        out.addAll(s.orderBy());
        return out;
    }

    private QueryShape setOperation(SetOperation s, Scope parent, Ctes outer) {
        Ctes ctes = with(s.with(), parent, outer);
        QueryShape left = query(s.left(), parent, ctes);
        QueryShape right = query(s.right(), parent, ctes);
        BitSet groups = (BitSet) left.groups().clone();
        groups.or(right.groups());
        boolean touches = left.touchesSharded() || right.touchesSharded();
        boolean drives = left.drives() && right.drives();
        String reason = null;
        if (touches && !drives) {
            reason = "a branch of its " + s.operator() + " does not read a sharded table, so every node would return its rows";
        } else if (s.operator() != SetOperator.UNION) {
            reason = "it uses " + s.operator() + ", which needs the rows of all nodes at once";
        } else if (!s.all()) {
            reason = "its UNION removes duplicates across nodes";
        } else if (!left.partitionable()) {
            reason = left.reason();
        } else if (!right.partitionable()) {
            reason = right.reason();
        } else if (s.limit() != null) {
            reason = "it limits rows (LIMIT/OFFSET/FETCH)";
        }
        List<Scope> scopes = new ArrayList<>(left.scopes());
        scopes.addAll(right.scopes());
        return new QueryShape(new NodeSource.Union(List.of(left.source(), right.source())), touches, drives, reason == null,
                reason, groups, scopes);
    }

    private QueryShape values(Values v, Scope parent, Ctes outer) {
        Ctes ctes = with(v.with(), parent, outer);
        Scope scope = new Scope(parent);
        BitSet groups = new BitSet();
        for (Node row : v.rows()) {
            scan(row, scope, ctes, false, new BitSet(), groups);
        }
        return new QueryShape(new NodeSource.Union(List.of()), !groups.isEmpty(), false, true, null, groups, List.of(scope));
    }

    private Ctes with(With with, Scope parent, Ctes outer) {
        if (with == null) {
            return outer;
        }
        Ctes ctes = new Ctes(outer);
        for (Cte cte : with.ctes()) {
            if (with.recursive()) {
                ctes.names.add(new CteName(cte.name(), null));
            }
            QueryShape shape;
            if (cte.statement() instanceof Query q) {
                shape = query(q, parent, ctes);
                if (with.recursive() && shape.touchesSharded()) {
                    shape = new QueryShape(shape.source(), true, shape.drives(), false,
                            "it is a recursive CTE over a sharded table", shape.groups(), shape.scopes());
                }
            } else {
                DmlShape d = dml(cte.statement(), parent, ctes);
                whole(d.rows(), "the data-modifying CTE " + cte.name().text() + " writes a sharded table");
                shape = new QueryShape(d.rows(), true, true, false, "it is a data-modifying CTE", new BitSet(), List.of(d.scope()));
            }
            if (with.recursive()) {
                ctes.names.remove(ctes.names.size() - 1);
            }
            ctes.names.add(new CteName(cte.name(), shape));
        }
        return ctes;
    }

    // ----- FROM -----

    private NodeSource fromItem(FromItem item, Scope scope, Ctes ctes, List<PendingOn> ons, List<Node> scans, BitSet groups,
            boolean target) {
        return switch (item) {
            case TableRef t -> table(t, scope, ctes, groups, target);
            case Join j -> {
                int before = occurrences.size();
                NodeSource l = fromItem(j.left(), scope, ctes, ons, scans, groups, target);
                int middle = occurrences.size();
                NodeSource r = fromItem(j.right(), scope, ctes, ons, scans, groups, target);
                BitSet left = new BitSet();
                left.set(before, middle);
                BitSet right = new BitSet();
                right.set(middle, occurrences.size());
                if (j.on() != null) {
                    ons.add(new PendingOn(j.on(), j.type(), left, right));
                }
                yield switch (j.type()) {
                    case INNER, CROSS, STRAIGHT -> new NodeSource.Inner(List.of(l, r));
                    case LEFT -> new NodeSource.Outer(l, r);
                    case RIGHT -> new NodeSource.Outer(r, l);
                    case FULL -> new NodeSource.Full(l, r);
                };
            }
            case DerivedTable d -> {
                QueryShape shape = query(d.query(), d.lateral() ? scope : scope.parent, ctes);
                scope.bind(d.alias(), null, null);
                groups.or(shape.groups());
                if (shape.touchesSharded() && !shape.partitionable()) {
                    whole(shape.source(), "the derived table " + (d.alias() == null ? "" : d.alias().text() + " ")
                            + "cannot be computed per node: " + shape.reason());
                }
                yield new NodeSource.Derived(shape.source(), shape.touchesSharded(), shape.drives());
            }
            case FunctionTable f -> {
                scope.bind(f.alias(), null, null);
                scans.add(f.function());
                yield new NodeSource.Inner(List.of());
            }
            case JsonTable j -> {
                scope.bind(j.alias(), null, null);
                scans.add(j.document());
                yield new NodeSource.Inner(List.of());
            }
        };
    }

    private NodeSource table(TableRef t, Scope scope, Ctes ctes, BitSet groups, boolean target) {
        CteName cte = t.name().parts().size() == 1 && ctes != null ? ctes.find(t.name().last()) : null;
        if (cte != null) {
            scope.bind(t.alias() != null ? t.alias() : cte.name(), null, null);
            QueryShape shape = cte.shape();
            if (shape == null) {
                return new NodeSource.Derived(new NodeSource.Union(List.of()), false, false);
            }
            groups.or(shape.groups());
            if (shape.touchesSharded() && !shape.partitionable()) {
                whole(shape.source(), "the CTE " + cte.name().text() + " cannot be computed per node: " + shape.reason());
            }
            return new NodeSource.Derived(shape.source(), shape.touchesSharded(), shape.drives());
        }
        Occurrence o = occurrence(t, target);
        scope.bind(t.alias(), t.name(), o);
        if (o.sharded()) {
            groups.set(o.group());
        }
        return new NodeSource.Leaf(o);
    }

    Occurrence occurrence(TableRef t, boolean target) {
        TableRule r = rule.tableRule(t.name().last().text());
        int group = -1;
        if (r.isSharded()) {
            String root = r.bindingGroup().get(0).toLowerCase(Locale.ROOT);
            Integer g = groupIds.get(root);
            if (g == null) {
                g = groupRules.size();
                groupIds.put(root, g);
                groupRules.add(r);
            }
            group = g;
        }
        Occurrence o = new Occurrence(occurrences.size(), t, r, group, t.alias() != null ? t.alias() : t.name().last(), target);
        occurrences.add(o);
        return o;
    }

    private KeyFormula formula(Expression where, List<PendingOn> ons, Scope scope) {
        ConditionExtractor extractor = new ConditionExtractor(scope::keys);
        KeyFormula f = extractor.extract(where);
        for (PendingOn on : ons) {
            KeyFormula g = extractor.extract(on.on());
            // An outer join's ON clause restricts which rows of the optional side match, never the preserved side's rows.
            g = switch (on.type()) {
                case INNER, CROSS, STRAIGHT -> g;
                case LEFT -> g.filter(on.right()::get);
                case RIGHT -> g.filter(on.left()::get);
                case FULL -> KeyFormula.TRUE;
            };
            f = f.and(g);
        }
        return f;
    }

    private void collectDriving(NodeSource n, List<Occurrence> out) {
        switch (n) {
            case NodeSource.Leaf l -> {
                if (l.occurrence().sharded()) {
                    out.add(l.occurrence());
                }
            }
            case NodeSource.Inner i -> i.parts().forEach(p -> collectDriving(p, out));
            case NodeSource.Outer o -> collectDriving(o.preserved(), out);
            case NodeSource.Full f -> {
                collectDriving(f.left(), out);
                collectDriving(f.right(), out);
            }
            case NodeSource.Derived d -> { }
        }
    }

    private void collectGroups(NodeSource n, BitSet out) {
        switch (n) {
            case NodeSource.Leaf l -> {
                if (l.occurrence().sharded()) {
                    out.set(l.occurrence().group());
                }
            }
            case NodeSource.Inner i -> i.parts().forEach(p -> collectGroups(p, out));
            case NodeSource.Outer o -> {
                collectGroups(o.preserved(), out);
                collectGroups(o.nullable(), out);
            }
            case NodeSource.Full f -> {
                collectGroups(f.left(), out);
                collectGroups(f.right(), out);
            }
            case NodeSource.Derived d -> { }
        }
    }

    // ----- subqueries in expressions -----

    private void scan(Node n, Scope scope, Ctes ctes, boolean blockDrives, BitSet blockGroups, BitSet groups) {
        switch (n) {
            case null -> { }
            case InSubquery in -> {
                scan(in.operand(), scope, ctes, blockDrives, blockGroups, groups);
                nested(in.query(), true, "IN (SELECT ...)", scope, ctes, blockDrives, blockGroups, groups);
            }
            case Quantified q when q.right() instanceof Subquery sub -> {
                scan(q.left(), scope, ctes, blockDrives, blockGroups, groups);
                boolean membership = q.operator() == BinaryOperator.EQUALS && q.quantifier() != Quantifier.ALL
                        || q.operator() == BinaryOperator.NOT_EQUALS && q.quantifier() == Quantifier.ALL;
                nested(sub.query(), membership, q.operator().symbol() + " " + q.quantifier() + " (SELECT ...)", scope, ctes,
                        blockDrives, blockGroups, groups);
            }
            case Subquery sub -> nested(sub.query(), false, "the scalar subquery", scope, ctes, blockDrives, blockGroups, groups);
            case Exists e -> nested(e.query(), false, "EXISTS (SELECT ...)", scope, ctes, blockDrives, blockGroups, groups);
            case ArraySubquery a -> nested(a.query(), false, "ARRAY (SELECT ...)", scope, ctes, blockDrives, blockGroups, groups);
            case Query q -> nested(q, false, "the subquery", scope, ctes, blockDrives, blockGroups, groups);
            case ColumnRef c -> scope.noteCorrelation(c);
            case FromItem f -> { }
            default -> {
                for (Node c : n.children()) {
                    scan(c, scope, ctes, blockDrives, blockGroups, groups);
                }
            }
        }
    }

    private void nested(Query q, boolean membership, String what, Scope scope, Ctes ctes, boolean blockDrives,
            BitSet blockGroups, BitSet groups) {
        QueryShape shape = query(q, scope, ctes);
        groups.or(shape.groups());
        if (!shape.touchesSharded()) {
            return;
        }
        BitSet outside = (BitSet) shape.groups().clone();
        outside.andNot(blockGroups);
        if (outside.isEmpty() && (shape.correlated() || membership && blockDrives && shape.partitionable())) {
            return;
        }
        String why = !outside.isEmpty() ? "it reads a sharded table that is not bound to a sharded table the outer query reads"
                : !membership ? "it is not correlated with the outer query's sharded table"
                : !blockDrives ? "the outer query does not read a table of the same binding group"
                : shape.reason();
        whole(shape.source(), what + " over a sharded table cannot be evaluated per node: " + why);
    }

    private void whole(NodeSource.Source source, String reason) {
        wholeSources.add(source);
        wholeReasons.add(reason);
    }

    // ----- DML -----

    DmlShape dml(Statement s) {
        return dml(s, null, null);
    }

    private DmlShape dml(Statement s, Scope parent, Ctes outer) {
        return switch (s) {
            case Update u -> update(u, parent, outer);
            case Delete d -> delete(d, parent, outer);
            case Insert i -> insert(i, parent, outer);
            default -> throw new IllegalArgumentException("not a DML statement: " + s.getClass().getSimpleName());
        };
    }

    private DmlShape update(Update u, Scope parent, Ctes outer) {
        Ctes ctes = with(u.with(), parent, outer);
        Scope scope = new Scope(parent);
        List<PendingOn> ons = new ArrayList<>();
        List<Node> scans = new ArrayList<>();
        BitSet groups = new BitSet();
        List<NodeSource> parts = new ArrayList<>();
        int first = occurrences.size();
        for (FromItem f : u.tables()) {
            parts.add(fromItem(f, scope, ctes, ons, scans, groups, true));
        }
        int afterTargets = occurrences.size();
        for (FromItem f : u.from()) {
            parts.add(fromItem(f, scope, ctes, ons, scans, groups, false));
        }
        NodeSource from = parts.size() == 1 ? parts.get(0) : new NodeSource.Inner(parts);
        KeyFormula formula = formula(u.where(), ons, scope);
        List<Occurrence> driving = new ArrayList<>();
        collectDriving(from, driving);
        BitSet drivingGroups = new BitSet();
        driving.forEach(o -> drivingGroups.set(o.group()));
        List<Node> expressions = new ArrayList<>(u.set());
        expressions.add(u.where());
        expressions.addAll(u.orderBy());
        expressions.add(u.limit());
        expressions.addAll(u.returning());
        ons.forEach(o -> expressions.add(o.on()));
        expressions.addAll(scans);
        for (Node n : expressions) {
            scan(n, scope, ctes, from.drives(), drivingGroups, groups);
        }
        return new DmlShape(new NodeSource.Block(formula, from), occurrences.subList(first, afterTargets), scope);
    }

    private DmlShape delete(Delete d, Scope parent, Ctes outer) {
        Ctes ctes = with(d.with(), parent, outer);
        Scope scope = new Scope(parent);
        List<PendingOn> ons = new ArrayList<>();
        List<Node> scans = new ArrayList<>();
        BitSet groups = new BitSet();
        List<NodeSource> parts = new ArrayList<>();
        int first = occurrences.size();
        boolean singleTable = d.targets().isEmpty();
        for (FromItem f : d.from()) {
            parts.add(fromItem(f, scope, ctes, ons, scans, groups, singleTable));
        }
        int afterFrom = occurrences.size();
        for (FromItem f : d.using()) {
            parts.add(fromItem(f, scope, ctes, ons, scans, groups, false));
        }
        NodeSource from = parts.size() == 1 ? parts.get(0) : new NodeSource.Inner(parts);
        KeyFormula formula = formula(d.where(), ons, scope);
        List<Occurrence> targets = new ArrayList<>();
        if (singleTable) {
            targets.addAll(occurrences.subList(first, afterFrom));
        } else {
            for (Name target : d.targets()) {
                Scope.Binding b = scope.find(target);
                if (b != null && b.occurrence() != null) {
                    targets.add(b.occurrence());
                }
            }
        }
        List<Occurrence> driving = new ArrayList<>();
        collectDriving(from, driving);
        BitSet drivingGroups = new BitSet();
        driving.forEach(o -> drivingGroups.set(o.group()));
        List<Node> expressions = new ArrayList<>();
        expressions.add(d.where());
        expressions.addAll(d.orderBy());
        expressions.add(d.limit());
        expressions.addAll(d.returning());
        ons.forEach(o -> expressions.add(o.on()));
        expressions.addAll(scans);
        for (Node n : expressions) {
            scan(n, scope, ctes, from.drives(), drivingGroups, groups);
        }
        return new DmlShape(new NodeSource.Block(formula, from), List.copyOf(targets), scope);
    }

    private DmlShape insert(Insert i, Scope parent, Ctes outer) {
        Ctes ctes = with(i.with(), parent, outer);
        Scope scope = new Scope(parent);
        Occurrence target = occurrence(i.table(), true);
        scope.bind(i.table().alias(), i.table().name(), target);
        BitSet groups = new BitSet();
        NodeSource.Source rows;
        if (i.source() instanceof Query q && !(q instanceof Values)) {
            // INSERT ... SELECT: the rows come from the query, which cannot see the target.
            QueryShape shape = query(q, null, ctes);
            selectSourceShape = shape;
            rows = shape.source();
        } else {
            Node source = (Node) i.source();
            for (Node child : source.children()) {
                scan(child, scope, ctes, false, new BitSet(), groups);
            }
            rows = new NodeSource.Block(KeyFormula.TRUE, new NodeSource.Leaf(target));
        }
        List<Node> expressions = new ArrayList<>();
        if (i.onConflict() != null) {
            expressions.add(i.onConflict());
        }
        expressions.addAll(i.onDuplicateKeyUpdate());
        expressions.addAll(i.returning());
        for (Node n : expressions) {
            scan(n, scope, ctes, false, new BitSet(), groups);
        }
        return new DmlShape(rows, List.of(target), scope);
    }

    /** The shape of an INSERT's SELECT source, after {@link #dml} analysed an INSERT ... SELECT. */
    QueryShape selectSourceShape;
}
