package io.retort.sharding.route;

import io.retort.sharding.DataNode;
import io.retort.sharding.ShardingRule;
import io.retort.sharding.TableKind;
import io.retort.sharding.TableRule;
import io.retort.sql.AlterAction;
import io.retort.sql.AlterTable;
import io.retort.sql.AttachPartition;
import io.retort.sql.CheckConstraint;
import io.retort.sql.ColumnCheck;
import io.retort.sql.ColumnPrimaryKey;
import io.retort.sql.ColumnReferences;
import io.retort.sql.ColumnUnique;
import io.retort.sql.CreateIndex;
import io.retort.sql.CreateTable;
import io.retort.sql.CreateView;
import io.retort.sql.DetachPartition;
import io.retort.sql.DropConstraint;
import io.retort.sql.DropIndex;
import io.retort.sql.DropTable;
import io.retort.sql.DropView;
import io.retort.sql.ForeignKey;
import io.retort.sql.ForeignKeyReference;
import io.retort.sql.Identifier;
import io.retort.sql.IndexDefinition;
import io.retort.sql.LikeTable;
import io.retort.sql.Name;
import io.retort.sql.Node;
import io.retort.sql.PrimaryKey;
import io.retort.sql.RenameObject;
import io.retort.sql.RenameTable;
import io.retort.sql.Statement;
import io.retort.sql.Truncate;
import io.retort.sql.UniqueKey;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes DDL. On a sharded table it runs once per physical table (CREATE TABLE orders becomes
 * CREATE TABLE orders_0 … orders_7 on their data sources), with index and constraint names made
 * unique per physical table ({@link PhysicalNames}) and references to bound tables pointing at the
 * same node's table; on a broadcast table on every data source; on other tables on their data
 * source (unconfigured ones: the default, or the hinted one). DROP TABLE and TRUNCATE of several
 * tables become one statement per data source.
 */
final class DdlRouter implements Router {
    private final ShardingRule rule;
    private final Statement statement;

    private DdlRouter(ShardRouter owner, Statement statement) {
        this.rule = owner.rule();
        this.statement = statement;
    }

    static Router of(ShardRouter owner, Statement s) throws SQLException {
        DdlRouter router = new DdlRouter(owner, s);
        if (s instanceof CreateTable ct && ct.asQuery() != null) {
            return router.createAs(ct);
        }
        if (s instanceof CreateView cv) {
            return router.view(cv);
        }
        // Fail at preparation for what can never run.
        router.route(Bindings.NONE, null);
        return router;
    }

    @Override
    public RoutePlan route(Bindings bindings, String forced) throws SQLException {
        List<RouteUnit> units = switch (statement) {
            case CreateTable ct -> perNode(ct.name(), forced, (n, i) -> createTable(ct, n, i));
            case AlterTable at -> perNode(at.name(), forced, (n, i) -> alterTable(at, n, i));
            case CreateIndex ci -> perNode(ci.table(), forced, (n, i) -> RecordCopy.with(RecordCopy.with(ci, "name",
                    PhysicalNames.object(ci.name(), logical(ci.table()), n.table())), "table", rename(ci.table(), n)));
            case DropIndex di when di.table() != null -> perNode(di.table(), forced, (n, i) -> RecordCopy.with(
                    RecordCopy.with(di, "names", indexNames(di.names(), logical(di.table()), n.table())), "table",
                    rename(di.table(), n)));
            case DropTable dt -> perDataSource(dt.names(), forced, names -> RecordCopy.with(dt, "names", names));
            case Truncate t -> perDataSource(t.tables(), forced, names -> RecordCopy.with(t, "tables", names));
            case DropView dv -> perDataSource(dv.names(), forced, names -> RecordCopy.with(dv, "names", names));
            default -> List.of(new RouteUnit(forced != null ? forced : rule.defaultDataSource(), statement, List.of()));
        };
        return RoutePlan.simple(RouteKind.DDL, units, false, false, forced, tables());
    }

    private List<String> tables() {
        Name n = switch (statement) {
            case CreateTable ct -> ct.name();
            case AlterTable at -> at.name();
            case CreateIndex ci -> ci.table();
            case DropIndex di -> di.table();
            default -> null;
        };
        return n == null ? List.of() : List.of(rule.tableRule(n.last().text()).logicalName());
    }

    private static String logical(Name n) {
        return n.last().text();
    }

    private static Name rename(Name name, DataNode n) {
        List<Identifier> parts = new ArrayList<>(name.parts());
        Identifier last = parts.get(parts.size() - 1);
        parts.set(parts.size() - 1, new Identifier(n.table(), last.quoted()));
        return new Name(parts);
    }

    /** A statement about one table, once per data node it has (on the hinted data source only, with a hint). */
    private List<RouteUnit> perNode(Name table, String forced, NodeStatement fn) throws SQLException {
        TableRule r = rule.tableRule(table.last().text());
        if (r.kind() == TableKind.DEFAULT) {
            return List.of(new RouteUnit(forced != null ? forced : rule.defaultDataSource(), statement, List.of(
                    new DataNode(forced != null ? forced : rule.defaultDataSource(), table.last().text()))));
        }
        List<RouteUnit> units = new ArrayList<>();
        for (int i = 0; i < r.nodes().size(); i++) {
            DataNode n = r.node(i);
            if (forced == null || n.dataSource().equals(forced)) {
                units.add(new RouteUnit(n.dataSource(), fn.apply(n, i), List.of(n)));
            }
        }
        if (units.isEmpty()) {
            throw RouteErrors.invalidValue("Table " + r.logicalName() + " has no data node on data source " + forced
                    + " (its nodes: " + r.nodes() + "); the routing hint cannot send it there");
        }
        return units;
    }

    @FunctionalInterface
    private interface NodeStatement {
        Statement apply(DataNode node, int index) throws SQLException;
    }

    /** DROP/TRUNCATE of several tables: one statement per data source, naming its physical tables. */
    private List<RouteUnit> perDataSource(List<Name> names, String forced,
            java.util.function.Function<List<Name>, Statement> fn) throws SQLException {
        Map<String, List<Name>> byDataSource = new LinkedHashMap<>();
        Map<String, List<DataNode>> nodes = new LinkedHashMap<>();
        for (String ds : rule.dataSourceNames()) {
            byDataSource.put(ds, new ArrayList<>());
            nodes.put(ds, new ArrayList<>());
        }
        for (Name name : names) {
            TableRule r = rule.tableRule(name.last().text());
            if (r.kind() == TableKind.DEFAULT) {
                String ds = forced != null ? forced : rule.defaultDataSource();
                byDataSource.get(ds).add(name);
                nodes.get(ds).add(new DataNode(ds, name.last().text()));
                continue;
            }
            boolean any = false;
            for (DataNode n : r.nodes()) {
                if (forced == null || n.dataSource().equals(forced)) {
                    byDataSource.get(n.dataSource()).add(rename(name, n));
                    nodes.get(n.dataSource()).add(n);
                    any = true;
                }
            }
            if (!any) {
                throw RouteErrors.invalidValue("Table " + r.logicalName() + " has no data node on data source " + forced
                        + "; the routing hint cannot send it there");
            }
        }
        List<RouteUnit> units = new ArrayList<>();
        for (Map.Entry<String, List<Name>> e : byDataSource.entrySet()) {
            if (!e.getValue().isEmpty()) {
                units.add(new RouteUnit(e.getKey(), fn.apply(e.getValue()), nodes.get(e.getKey())));
            }
        }
        return units;
    }

    private static List<Name> indexNames(List<Name> names, String logical, String physical) {
        List<Name> out = new ArrayList<>(names.size());
        for (Name n : names) {
            List<Identifier> parts = new ArrayList<>(n.parts());
            parts.set(parts.size() - 1, PhysicalNames.object(n.last(), logical, physical));
            out.add(new Name(parts));
        }
        return out;
    }

    // ----- CREATE TABLE / ALTER TABLE -----

    private Statement createTable(CreateTable ct, DataNode n, int index) throws SQLException {
        TableRule r = rule.tableRule(ct.name().last().text());
        if (ct.partitionOf() != null && r.isSharded()) {
            throw RouteErrors.unsupported("CREATE TABLE ... PARTITION OF for sharded table " + r.logicalName()
                    + " is not supported; partition each physical table directly");
        }
        String logical = logical(ct.name());
        CreateTable named = RecordCopy.with(ct, "name", rename(ct.name(), n));
        return r.isSharded() ? (Statement) objects(named, r, logical, n.table(), index) : named;
    }

    private Statement alterTable(AlterTable at, DataNode n, int index) throws SQLException {
        TableRule r = rule.tableRule(at.name().last().text());
        if (r.isSharded()) {
            for (AlterAction a : at.actions()) {
                if (a instanceof RenameTable) {
                    throw RouteErrors.unsupported("Renaming sharded table " + r.logicalName() + " would detach it from the"
                            + " sharding configuration; rename its physical tables and the YAML together, outside Retort");
                }
                if (a instanceof AttachPartition || a instanceof DetachPartition) {
                    throw RouteErrors.unsupported("ATTACH/DETACH PARTITION on sharded table " + r.logicalName()
                            + " is not supported; run it on each physical table with a routing hint");
                }
            }
        } else if (r.isBroadcast()) {
            for (AlterAction a : at.actions()) {
                if (a instanceof RenameTable) {
                    throw RouteErrors.unsupported("Renaming broadcast table " + r.logicalName() + " would detach it from"
                            + " the sharding configuration; rename it in the YAML and on each data source together");
                }
            }
        }
        AlterTable named = RecordCopy.with(at, "name", rename(at.name(), n));
        return r.isSharded() ? (Statement) objects(named, r, logical(at.name()), n.table(), index) : named;
    }

    /** Index and constraint names made per-table, and references to bound tables pointed at the same node. */
    private Node objects(Node statement, TableRule table, String logical, String physical, int index) throws SQLException {
        SQLException[] error = new SQLException[1];
        java.util.function.UnaryOperator<Identifier> obj = id -> PhysicalNames.object(id, logical, physical);
        java.util.function.Function<Name, Name> ref = name -> {
            TableRule other = rule.tableRule(name.last().text());
            if (!other.isSharded()) {
                return name;
            }
            if (!table.isBoundTo(other.logicalName())) {
                error[0] = RouteErrors.unsupported("Sharded table " + table.logicalName() + " references sharded table "
                        + other.logicalName() + ", which is not bound to it (bindTo), so the referenced rows may live on"
                        + " another node; bind the tables or drop the foreign key");
                return name;
            }
            return rename(name, other.node(index));
        };
        Node out = statement.transform(n -> switch (n) {
            case PrimaryKey p -> RecordCopy.with(p, "name", obj.apply(p.name()));
            case UniqueKey u -> RecordCopy.with(RecordCopy.with(u, "name", obj.apply(u.name())), "indexName",
                    obj.apply(u.indexName()));
            case ForeignKey f -> RecordCopy.with(RecordCopy.with(f, "name", obj.apply(f.name())), "reference",
                    reference(f.reference(), ref));
            case CheckConstraint c -> RecordCopy.with(c, "name", obj.apply(c.name()));
            case IndexDefinition d -> RecordCopy.with(d, "name", obj.apply(d.name()));
            case ColumnPrimaryKey c -> RecordCopy.with(c, "constraintName", obj.apply(c.constraintName()));
            case ColumnUnique c -> RecordCopy.with(c, "constraintName", obj.apply(c.constraintName()));
            case ColumnCheck c -> RecordCopy.with(c, "constraintName", obj.apply(c.constraintName()));
            case ColumnReferences c -> RecordCopy.with(RecordCopy.with(c, "constraintName", obj.apply(c.constraintName())),
                    "reference", reference(c.reference(), ref));
            case LikeTable l -> RecordCopy.with(l, "table", ref.apply(l.table()));
            case RenameObject r -> RecordCopy.with(RecordCopy.with(r, "from", obj.apply(r.from())), "to", obj.apply(r.to()));
            case DropConstraint d -> d.name() == null ? d : RecordCopy.with(d, "name", obj.apply(d.name()));
            default -> n;
        });
        if (error[0] != null) {
            throw error[0];
        }
        return out;
    }

    private static ForeignKeyReference reference(ForeignKeyReference r, java.util.function.Function<Name, Name> ref) {
        return RecordCopy.with(r, "table", ref.apply(r.table()));
    }

    // ----- statements with a query: CREATE TABLE ... AS SELECT, CREATE VIEW -----

    private Router createAs(CreateTable ct) throws SQLException {
        TableRule r = rule.tableRule(ct.name().last().text());
        if (r.kind() != TableKind.DEFAULT) {
            throw RouteErrors.unsupported("CREATE TABLE " + r.logicalName() + " ... AS SELECT is not supported for a "
                    + r.kind().name().toLowerCase(java.util.Locale.ROOT) + " table; create the table, then fill it with"
                    + " INSERT ... SELECT");
        }
        return withQuery(ct.asQuery(), "CREATE TABLE ... AS SELECT");
    }

    private Router view(CreateView cv) throws SQLException {
        TableRule r = rule.tableRule(cv.name().last().text());
        if (r.isSharded() || r.kind() == TableKind.SINGLE) {
            throw RouteErrors.unsupported("View " + r.logicalName() + " is configured as a " + r.kind().name()
                    .toLowerCase(java.util.Locale.ROOT) + " table; a view can be created on the default data source, or"
                    + " as a broadcast view (list it under sharding.broadcast) over broadcast tables");
        }
        if (r.isBroadcast()) {
            StatementAnalyzer analyzer = new StatementAnalyzer(rule);
            analyzer.query(cv.query(), null);
            for (Occurrence o : analyzer.occurrences) {
                if (!o.rule().isBroadcast()) {
                    throw RouteErrors.unsupported("Broadcast view " + r.logicalName() + " reads " + o.rule().logicalName()
                            + ", which is not a broadcast table, so the view would differ between data sources; a"
                            + " broadcast view may read broadcast tables only");
                }
            }
            return (bindings, forced) -> {
                List<RouteUnit> units = new ArrayList<>();
                for (String ds : forced != null ? List.of(forced) : rule.dataSourceNames()) {
                    units.add(new RouteUnit(ds, statement, List.of(new DataNode(ds, cv.name().last().text()))));
                }
                return RoutePlan.simple(RouteKind.DDL, units, false, false, forced, List.of(r.logicalName()));
            };
        }
        return withQuery(cv.query(), "CREATE VIEW");
    }

    /** A DDL statement around a query on an unsharded table: where the query can run whole, on one data source. */
    private Router withQuery(io.retort.sql.Query query, String what) throws SQLException {
        StatementAnalyzer analyzer = new StatementAnalyzer(rule);
        QueryShape shape = analyzer.query(query, null);
        if (shape.touchesSharded()) {
            throw RouteErrors.unsupported(what + " reading a sharded table would see one node's rows only; create the"
                    + " table or view on each node with a routing hint, or query the sharded table directly");
        }
        Layout layout = new Layout(rule, analyzer, shape.source(), List.of());
        return (bindings, forced) -> {
            Layout.Selection selection = layout.select(bindings, forced, false);
            List<RouteUnit> units = layout.units(statement, 0, selection.targets(), Map.of());
            return RoutePlan.simple(RouteKind.DDL, units, false, false, forced, layout.logicalTables());
        };
    }
}
