package io.retort.sharding.route;

import io.retort.sharding.DataNode;
import io.retort.sharding.GeneratedKey;
import io.retort.sharding.ShardingCondition;
import io.retort.sharding.ShardingConditions;
import io.retort.sharding.ShardingRule;
import io.retort.sharding.TableKind;
import io.retort.sharding.TableRule;
import io.retort.sql.Assignment;
import io.retort.sql.ColumnRef;
import io.retort.sql.Comments;
import io.retort.sql.DefaultValue;
import io.retort.sql.DefaultValues;
import io.retort.sql.Expression;
import io.retort.sql.Identifier;
import io.retort.sql.Insert;
import io.retort.sql.InsertSet;
import io.retort.sql.InsertSource;
import io.retort.sql.Parameter;
import io.retort.sql.ParameterKind;
import io.retort.sql.Query;
import io.retort.sql.RowValue;
import io.retort.sql.Select;
import io.retort.sql.SelectItem;
import io.retort.sql.Star;
import io.retort.sql.Statement;
import io.retort.sql.Values;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Routes INSERT. VALUES rows go each to the node its sharding key routes to, one physical
 * statement per node holding only its rows (parameters keep their indices); a key generator fills
 * its column when the INSERT leaves it out (or writes DEFAULT there), as a {@code retort_gk_<row>}
 * parameter; a broadcast table is written on every data source; INSERT ... SELECT runs per node
 * when the rows it reads are co-located with the rows it writes.
 */
final class InsertRouter implements Router {
    private static final String GENERATED = "retort_gk_";

    private final ShardingRule rule;
    private final Layout layout;
    private final Insert insert;
    private final Occurrence target;
    private final boolean returning;
    /** Per-row routing (sharded target, or a key to generate); false: the layout decides (broadcast, unsharded, INSERT ... SELECT). */
    private final boolean perRow;
    private final List<String> columns;
    private final boolean explicitColumns;
    private final List<List<Expression>> rows;
    /** Position of each key column in {@link #columns}, -1 when generated. */
    private final int[] keyPositions;
    private final GeneratedKey generated;
    /** Position of the generated column in {@link #columns}, or -1 when the INSERT leaves it out. */
    private final int generatedPosition;
    /** The statement with every row (its shape does not depend on values), or null before it is built. */
    private final Statement allRowsStatement;

    private InsertRouter(ShardingRule rule, Layout layout, Insert insert, Occurrence target, boolean perRow,
            List<String> columns, boolean explicitColumns, List<List<Expression>> rows, int[] keyPositions,
            GeneratedKey generated, int generatedPosition) {
        this.rule = rule;
        this.layout = layout;
        this.insert = insert;
        this.target = target;
        this.returning = !insert.returning().isEmpty();
        this.perRow = perRow;
        this.columns = columns;
        this.explicitColumns = explicitColumns;
        this.rows = rows;
        this.keyPositions = keyPositions;
        this.generated = generated;
        this.generatedPosition = generatedPosition;
        List<Integer> all = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            all.add(r);
        }
        this.allRowsStatement = perRow ? statement(all) : null;
    }

    static Router of(ShardRouter owner, Insert insert) throws SQLException {
        ShardingRule rule = owner.rule();
        StatementAnalyzer analyzer = new StatementAnalyzer(rule);
        StatementAnalyzer.DmlShape shape = analyzer.dml(insert);
        Occurrence target = shape.targets().get(0);
        TableRule table = target.rule();
        if (table.isSharded()) {
            checkUpsert(insert, target);
        }
        if (insert.source() instanceof Query q && !(q instanceof Values)) {
            return select(owner, analyzer, shape, insert, target, q);
        }
        Layout layout = new Layout(rule, analyzer, shape.rows(), List.of());
        GeneratedKey generated = table.generatedKey().orElse(null);
        if (!table.isSharded() && generated == null) {
            return new InsertRouter(rule, layout, insert, target, false, List.of(), false, List.of(), new int[0], null, -1);
        }
        if (table.isSharded() && !analyzer.wholeSources.isEmpty()) {
            throw RouteErrors.unsupported("INSERT into sharded table " + table.logicalName() + " computes a value with a"
                    + " subquery over a sharded table, which each shard would answer from its own rows; compute the value"
                    + " first and pass it as a parameter");
        }
        List<List<Expression>> rows = rows(insert.source());
        boolean explicit = !insert.columns().isEmpty() || insert.source() instanceof InsertSet;
        List<String> columns = columns(insert, table, rows, owner.metadata());
        int generatedPosition = generated == null ? -1 : indexOf(columns, generated.column());
        int[] keys = new int[table.keyColumns().size()];
        for (int k = 0; k < keys.length; k++) {
            String key = table.keyColumns().get(k);
            keys[k] = indexOf(columns, key);
            boolean isGenerated = generated != null && generated.column().equalsIgnoreCase(key);
            if (keys[k] < 0 && !isGenerated) {
                throw RouteErrors.nullKey("INSERT into sharded table " + table.logicalName() + " gives no value for its"
                        + " sharding key " + key + "; list " + key + " among the columns and give each row a value");
            }
            if (keys[k] >= 0) {
                for (int r = 0; r < rows.size(); r++) {
                    Expression e = rows.get(r).get(keys[k]);
                    if (ValueSource.of(e) == null && !(isGenerated && e instanceof DefaultValue)) {
                        throw RouteErrors.unsupported("Row " + (r + 1) + " of the INSERT into " + table.logicalName()
                                + " gives its sharding key " + key + " as an expression Retort cannot evaluate before"
                                + " running it; pass a literal or a parameter");
                    }
                }
            }
        }
        return new InsertRouter(rule, layout, insert, target, true, columns, explicit, rows, keys, generated,
                generatedPosition);
    }

    /** ON CONFLICT DO UPDATE / ON DUPLICATE KEY UPDATE must not move the row to another shard. */
    private static void checkUpsert(Insert insert, Occurrence target) throws SQLException {
        List<Assignment> set = new ArrayList<>(insert.onDuplicateKeyUpdate());
        if (insert.onConflict() != null) {
            set.addAll(insert.onConflict().set());
        }
        for (Assignment a : set) {
            for (ColumnRef c : a.columns()) {
                if (target.keyColumn(c.column().text()) != null) {
                    throw RouteErrors.unsupported("The INSERT's conflict update assigns the sharding key "
                            + c.column().text() + " of " + target.rule().logicalName() + ", which would leave the row on"
                            + " the wrong shard; do not update the sharding key on conflict");
                }
            }
        }
    }

    private static List<List<Expression>> rows(InsertSource source) {
        return switch (source) {
            case Values v -> v.rows().stream().map(RowValue::values).toList();
            case InsertSet s -> List.of(s.assignments().stream().map(Assignment::value).toList());
            case DefaultValues d -> List.of(List.of());
            default -> List.of();
        };
    }

    private static List<String> columns(Insert insert, TableRule table, List<List<Expression>> rows,
            TableMetadata metadata) throws SQLException {
        if (insert.source() instanceof InsertSet s) {
            List<String> out = new ArrayList<>();
            for (Assignment a : s.assignments()) {
                out.add(a.columns().get(0).column().text());
            }
            return out;
        }
        if (!insert.columns().isEmpty()) {
            return insert.columns().stream().map(c -> c.column().text()).toList();
        }
        if (insert.source() instanceof DefaultValues) {
            return List.of();
        }
        // INSERT INTO t VALUES (...): the values follow the table's column order.
        DataNode first = table.node(0);
        List<String> all = metadata.columns(first.dataSource(), first.table());
        int width = rows.isEmpty() ? all.size() : rows.get(0).size();
        if (width > all.size()) {
            throw new SQLException("INSERT into " + table.logicalName() + " gives " + width + " values, but " + first
                    + " has " + all.size() + " columns " + all, "21S01");
        }
        return List.copyOf(all.subList(0, width));
    }

    private static int indexOf(List<String> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    // ----- INSERT ... SELECT -----

    private static Router select(ShardRouter owner, StatementAnalyzer analyzer, StatementAnalyzer.DmlShape shape,
            Insert insert, Occurrence target, Query source) throws SQLException {
        TableRule table = target.rule();
        QueryShape src = analyzer.selectSourceShape;
        Layout layout = new Layout(owner.rule(), analyzer, src.source(), List.of());
        if (table.isSharded()) {
            String why = coLocation(analyzer, insert, target, source, src);
            if (why != null) {
                throw RouteErrors.unsupported("INSERT INTO " + table.logicalName() + " ... SELECT can run per shard only"
                        + " when each row read lives on the node the row written goes to: " + why + "; insert the rows"
                        + " with VALUES instead, or set sharding.federation: true to copy the rows through Retort");
            }
        } else if (table.isBroadcast() && src.touchesSharded()) {
            throw RouteErrors.unsupported("INSERT INTO broadcast table " + table.logicalName() + " ... SELECT from a sharded"
                    + " table would copy different rows to each data source; select the rows first, then insert them");
        }
        return (bindings, forced) -> {
            Layout.Selection selection = layout.select(bindings, forced, table.isBroadcast());
            List<RouteUnit> units = layout.units(insert, 0, selection.targets(), Map.of());
            return RoutePlan.simple(RouteKind.DML, units, !insert.returning().isEmpty(), selection.scattered(), forced,
                    layout.logicalTables());
        };
    }

    /** Why the SELECT's rows are not co-located with the rows inserted, or null when they are. */
    private static String coLocation(StatementAnalyzer analyzer, Insert insert, Occurrence target, Query source,
            QueryShape src) {
        if (!(source instanceof Select s)) {
            return "the source is not a single SELECT";
        }
        StatementAnalyzer.SelectInfo info = analyzer.selects.get(s);
        if (!src.partitionable()) {
            return "the SELECT cannot be computed per node (" + src.reason() + ")";
        }
        if (info.driving().isEmpty() || info.driving().stream().anyMatch(o -> o.group() != target.group())) {
            return "the SELECT does not read a table bound to " + target.rule().logicalName();
        }
        List<String> columns = insert.columns().stream().map(c -> c.column().text()).toList();
        if (columns.isEmpty()) {
            return "the INSERT has no column list (list the columns so the sharding key can be found)";
        }
        for (int k = 0; k < target.rule().keyColumns().size(); k++) {
            String key = target.rule().keyColumns().get(k);
            int position = indexOf(columns, key);
            if (position < 0 || position >= s.items().size()) {
                return "the sharding key " + key + " is not among the inserted columns";
            }
            SelectItem item = s.items().get(position);
            if (item.expression() instanceof Star) {
                return "the SELECT uses *, so the sharding key's source cannot be told";
            }
            boolean same = false;
            if (item.expression() instanceof ColumnRef c) {
                for (ConditionExtractor.KeyRef r : info.scope().keys(c)) {
                    Occurrence o = analyzer.occurrences.get(r.occurrence());
                    int index = o.rule().keyColumns().indexOf(r.column());
                    same |= info.driving().contains(o) && index == k;
                }
            }
            if (!same) {
                return "the value for " + key + " is not the sharding key of a table bound to " + target.rule().logicalName();
            }
        }
        return null;
    }

    // ----- routing VALUES rows -----

    @Override
    public RoutePlan route(Bindings bindings, String forced) throws SQLException {
        TableRule table = target.rule();
        if (!perRow) {
            Layout.Selection selection = layout.select(bindings, forced, table.isBroadcast());
            List<RouteUnit> units = layout.units(insert, 0, selection.targets(), Map.of());
            return RoutePlan.simple(RouteKind.DML, units, returning, false, forced, layout.logicalTables());
        }
        // Generate first: the generated column may be the sharding key.
        Object[] generatedValues = new Object[rows.size()];
        List<Object> reported = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (needsKey(r)) {
                generatedValues[r] = generated.generator().next();
                reported.add(generatedValues[r]);
            }
        }
        Layout.Selection base = table.isSharded() ? null : layout.select(bindings, forced, false);
        TreeMap<Integer, List<Integer>> byNode = new TreeMap<>();
        for (int r = 0; r < rows.size(); r++) {
            int node = table.isSharded() ? node(r, bindings, generatedValues, forced) : -1;
            byNode.computeIfAbsent(node, k -> new ArrayList<>()).add(r);
        }
        List<RouteUnit> units = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : byNode.entrySet()) {
            Layout.Target t = table.isSharded() ? target(e.getKey(), forced) : base.targets().get(0);
            Map<String, Object> extra = new LinkedHashMap<>();
            for (int r : e.getValue()) {
                if (generatedValues[r] != null) {
                    extra.put(GENERATED + (r + 1), generatedValues[r]);
                }
            }
            RouteUnit unit;
            if (e.getValue().size() == rows.size()) {
                // All rows on one node (always for a single-row INSERT): the statement's shape is fixed, cache it.
                unit = layout.unit(statement(e.getValue()), 1, t, extra);
            } else {
                unit = new RouteUnit(t.dataSource(), new TableRenamer(layout.physicalNames(t)).rename(statement(e.getValue())),
                        layout.nodes(t), extra);
            }
            units.add(unit);
        }
        GeneratedKeys keys = reported.isEmpty() ? null : new GeneratedKeys(generated.column(), reported);
        return new RoutePlan(RouteKind.DML, units, io.retort.sharding.merge.MergePlan.CONCATENATE, returning, false, keys,
                null, null, false, forced, layout.logicalTables());
    }

    private boolean needsKey(int row) {
        if (generated == null) {
            return false;
        }
        return generatedPosition < 0 || rows.get(row).get(generatedPosition) instanceof DefaultValue;
    }

    /** The node index of row {@code r}. */
    private int node(int r, Bindings bindings, Object[] generatedValues, String forced) throws SQLException {
        TableRule table = target.rule();
        ShardingConditions c = ShardingConditions.none();
        StringBuilder described = new StringBuilder();
        for (int k = 0; k < keyPositions.length; k++) {
            String key = table.keyColumns().get(k);
            Object v;
            if (keyPositions[k] < 0 || rows.get(r).get(keyPositions[k]) instanceof DefaultValue) {
                v = generatedValues[r];
            } else {
                v = ValueSource.of(rows.get(r).get(keyPositions[k])).value(bindings);
            }
            if (v == null) {
                throw RouteErrors.nullKey("Row " + (r + 1) + " of the INSERT into " + table.logicalName()
                        + " has a NULL sharding key " + key + "; rows are placed by their sharding key, which must not be NULL");
            }
            c = c.with(key, ShardingCondition.equalTo(v));
            described.append(described.isEmpty() ? "" : ", ").append(key).append(" = ").append(v);
        }
        List<DataNode> nodes = table.route(c);
        DataNode n = nodes.get(0);
        if (forced != null && !n.dataSource().equals(forced)) {
            throw RouteErrors.invalidValue("Row " + (r + 1) + " of the INSERT into " + table.logicalName() + " ("
                    + described + ") belongs on " + n + ", but the routing hint forces data source " + forced
                    + "; remove the hint, or insert the row where its sharding key places it");
        }
        return table.indexOf(n);
    }

    private Layout.Target target(int index, String forced) throws SQLException {
        List<Integer> nodes = new ArrayList<>();
        for (int g = 0; g < layout.groupCount(); g++) {
            nodes.add(g == target.group() ? index : -1);
        }
        if (layout.groupCount() > 1) {
            throw RouteErrors.unsupported("INSERT into " + target.rule().logicalName() + " reads another sharded table in"
                    + " its VALUES, which lives on other nodes; compute the value first and pass it as a parameter");
        }
        String ds = target.rule().node(index).dataSource();
        for (Occurrence o : layout.occurrences) {
            if (o != target && (o.rule().kind() == TableKind.SINGLE || o.rule().kind() == TableKind.DEFAULT)) {
                String home = o.rule().kind() == TableKind.SINGLE ? o.rule().node(0).dataSource()
                        : forced != null ? forced : rule.defaultDataSource();
                if (!home.equals(ds)) {
                    throw RouteErrors.unsupported("The INSERT into " + target.rule().logicalName() + " reads table "
                            + o.rule().logicalName() + ", which lives only on " + home + ", but the row goes to " + ds
                            + "; declare " + o.rule().logicalName() + " under sharding.broadcast");
                }
            }
        }
        return new Layout.Target(ds, List.copyOf(nodes));
    }

    /** The INSERT with only the given rows, generated keys as {@code retort_gk_<row>} parameters (their values go in the unit). */
    private Statement statement(List<Integer> rowIndexes) {
        if (rowIndexes.size() == rows.size() && allRowsStatement != null) {
            return allRowsStatement;
        }
        boolean anyGenerated = false;
        for (int r : rowIndexes) {
            anyGenerated |= needsKey(r);
        }
        if (!anyGenerated && rowIndexes.size() == rows.size()) {
            return insert;
        }
        boolean append = anyGenerated && generatedPosition < 0;
        List<ColumnRef> cols = new ArrayList<>(insert.columns());
        if (append) {
            if (!explicitColumns && !(insert.source() instanceof DefaultValues)) {
                cols = new ArrayList<>();
                for (String c : columns) {
                    cols.add(new ColumnRef(null, Identifier.of(c)));
                }
            }
            cols.add(new ColumnRef(null, Identifier.of(generated.column())));
        }
        List<RowValue> out = new ArrayList<>(rowIndexes.size());
        for (int r : rowIndexes) {
            List<Expression> values = new ArrayList<>(rows.get(r));
            if (needsKey(r)) {
                Parameter p = new Parameter(ParameterKind.NAMED, 0, GENERATED + (r + 1));
                if (append) {
                    values.add(p);
                } else {
                    values.set(generatedPosition, p);
                }
            }
            out.add(new RowValue(values));
        }
        InsertSource source;
        if (insert.source() instanceof InsertSet set) {
            List<Assignment> assignments = new ArrayList<>();
            List<Expression> values = out.get(0).values();
            for (int i = 0; i < set.assignments().size(); i++) {
                assignments.add(new Assignment(set.assignments().get(i).columns(), values.get(i)));
            }
            if (append) {
                assignments.add(new Assignment(List.of(new ColumnRef(null, Identifier.of(generated.column()))),
                        values.get(values.size() - 1)));
            }
            source = new InsertSet(assignments);
            cols = insert.columns();
        } else {
            Values v = insert.source() instanceof Values original ? original
                    : new Values(null, List.of(), List.of(), null, Comments.NONE);
            source = new Values(v.with(), out, v.orderBy(), v.limit(), v.comments());
        }
        return new Insert(insert.with(), insert.verb(), insert.modifiers(), insert.table(), cols, source, insert.rowAlias(),
                insert.rowAliasColumns(), insert.onConflict(), insert.onDuplicateKeyUpdate(), insert.returning(),
                insert.comments());
    }

    @Override
    public String toString() {
        return "InsertRouter[" + target.rule().logicalName().toLowerCase(Locale.ROOT) + (perRow ? ", per row" : "") + "]";
    }
}
