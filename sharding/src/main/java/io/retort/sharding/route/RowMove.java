package io.retort.sharding.route;

import io.retort.sharding.DataNode;
import io.retort.sharding.ShardingCondition;
import io.retort.sharding.ShardingConditions;
import io.retort.sharding.TableRule;
import io.retort.sharding.exec.UnitExecutor;
import io.retort.sql.Assignment;
import io.retort.sql.ColumnRef;
import io.retort.sql.Comments;
import io.retort.sql.Delete;
import io.retort.sql.Expression;
import io.retort.sql.Identifier;
import io.retort.sql.Insert;
import io.retort.sql.InsertVerb;
import io.retort.sql.LockClause;
import io.retort.sql.LockStrength;
import io.retort.sql.Parameter;
import io.retort.sql.ParameterKind;
import io.retort.sql.RowValue;
import io.retort.sql.Select;
import io.retort.sql.SelectItem;
import io.retort.sql.Star;
import io.retort.sql.TableRef;
import io.retort.sql.Update;
import io.retort.sql.Values;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An UPDATE that changes a sharding key so that rows belong on another node: read the rows on
 * their node with their new values computed by the database ({@code SELECT *, <new values> ...
 * FOR UPDATE}), delete them there, and insert each, updated, on the node its new key routes to.
 * It must run inside a transaction (the driver begins one when the connection is in auto-commit),
 * so a failure leaves the rows where they were.
 *
 * <p>Only the updated table's rows move: rows of tables bound to it (order items of a moved
 * order) are the application's to move, with the same kind of UPDATE. Columns the database
 * generates on insert (identity {@code ALWAYS}, generated columns) cannot be moved this way.
 *
 * <pre>{@code
 * plan.rowMove().ifPresent(move -> updateCount = move.execute(executor));
 * }</pre>
 */
public final class RowMove {
    private static final int MAX_PARAMETERS_PER_INSERT = 10_000;

    private final TableRule table;
    private final DataNode from;
    private final TableRef logicalTable;
    private final RouteUnit read;
    private final RouteUnit delete;
    private final List<String> assigned;
    private final String forced;

    private RowMove(TableRule table, DataNode from, TableRef logicalTable, RouteUnit read, RouteUnit delete,
            List<String> assigned, String forced) {
        this.table = table;
        this.from = from;
        this.logicalTable = logicalTable;
        this.read = read;
        this.delete = delete;
        this.assigned = assigned;
        this.forced = forced;
    }

    static RowMove of(Update u, Occurrence target, DataNode oldNode, Set<String> keys, Layout layout, Layout.Target old,
            String forced) throws SQLException {
        TableRef t = DmlRouter.singleTarget(u);
        String what = "UPDATE of " + target.rule().logicalName() + " moves rows to another node (it assigns the sharding key "
                + String.join(", ", keys) + ")";
        if (t == null || !u.from().isEmpty()) {
            throw RouteErrors.unsupported(what + ", which Retort supports for single-table UPDATEs only; update the one"
                    + " table without FROM or joins");
        }
        if (!u.returning().isEmpty() || !u.orderBy().isEmpty() || u.limit() != null || u.with() != null) {
            throw RouteErrors.unsupported(what + ", which Retort cannot combine with RETURNING, ORDER BY, LIMIT or WITH;"
                    + " remove them");
        }
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem(new Star(null), null));
        List<String> assigned = new ArrayList<>();
        for (Assignment a : u.set()) {
            for (int i = 0; i < a.columns().size(); i++) {
                Expression value;
                if (a.columns().size() == 1) {
                    value = a.value();
                } else if (a.value() instanceof RowValue row && row.values().size() == a.columns().size()) {
                    value = row.values().get(i);
                } else {
                    throw RouteErrors.unsupported(what + ", and assigns columns from a row subquery; assign each column"
                            + " its own value");
                }
                assigned.add(a.columns().get(i).column().text());
                items.add(new SelectItem(value, Identifier.of("retort_new_" + assigned.size())));
            }
        }
        Select select = new Select(null, List.of(), false, List.of(), items, null, List.of(t), u.where(), List.of(), false,
                null, List.of(), List.of(), null, List.of(new LockClause(LockStrength.UPDATE, List.of(), null)), Comments.NONE);
        Delete delete = new Delete(null, List.of(), List.of(), List.of(t), List.of(), u.where(), List.of(), null, List.of(),
                u.comments());
        TableRenamer renamer = new TableRenamer(layout.physicalNames(old));
        RouteUnit read = new RouteUnit(oldNode.dataSource(), renamer.rename(select), List.of(oldNode));
        RouteUnit del = new RouteUnit(oldNode.dataSource(), renamer.rename(delete), List.of(oldNode));
        return new RowMove(target.rule(), oldNode, t, read, del, List.copyOf(assigned), forced);
    }

    /** The first two steps (read with lock, delete) as units, for EXPLAIN ROUTE; the inserts depend on the rows read. */
    public List<RouteUnit> steps() {
        return List.of(read, delete);
    }

    /** The node the rows come from. */
    public DataNode source() {
        return from;
    }

    /**
     * Moves the rows, inside the caller's transaction.
     *
     * @return the number of rows updated (moved)
     * @throws SQLException from the databases; {@code SQLTransactionRollbackException} (40001) when the
     *     delete did not remove exactly the rows read (a concurrent change): roll back and retry
     */
    public long execute(UnitExecutor executor) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<ResultSet> results = executor.query(List.of(read));
        try (ResultSet rs = results.get(0)) {
            ResultSetMetaData md = rs.getMetaData();
            int tableColumns = md.getColumnCount() - assigned.size();
            for (int c = 1; c <= tableColumns; c++) {
                columns.add(md.getColumnLabel(c));
            }
            int[] targets = new int[assigned.size()];
            for (int j = 0; j < assigned.size(); j++) {
                targets[j] = indexOf(columns, assigned.get(j));
                if (targets[j] < 0) {
                    throw new SQLException("UPDATE of " + table.logicalName() + " assigns column " + assigned.get(j)
                            + ", which " + from + " does not return; check the column name", "42703");
                }
            }
            while (rs.next()) {
                Object[] row = new Object[tableColumns];
                for (int c = 0; c < tableColumns; c++) {
                    row[c] = rs.getObject(c + 1);
                }
                for (int j = 0; j < targets.length; j++) {
                    row[targets[j]] = rs.getObject(tableColumns + j + 1);
                }
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        Map<DataNode, List<Object[]>> byNode = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byNode.computeIfAbsent(nodeOf(row, columns), k -> new ArrayList<>()).add(row);
        }
        long deleted = executor.update(List.of(delete))[0];
        if (deleted != rows.size()) {
            throw new SQLTransactionRollbackException("Moving rows of " + table.logicalName() + " from " + from + ": read "
                    + rows.size() + " rows but deleted " + deleted + " (they changed concurrently); roll back and retry",
                    "40001");
        }
        List<RouteUnit> inserts = new ArrayList<>();
        for (Map.Entry<DataNode, List<Object[]>> e : byNode.entrySet()) {
            inserts.addAll(inserts(e.getKey(), columns, e.getValue()));
        }
        executor.update(inserts);
        return rows.size();
    }

    private DataNode nodeOf(Object[] row, List<String> columns) throws SQLException {
        ShardingConditions c = ShardingConditions.none();
        for (String key : table.keyColumns()) {
            int i = indexOf(columns, key);
            if (i < 0) {
                throw new SQLException("Moving rows of " + table.logicalName() + ": " + from + " returned no column " + key
                        + " (the sharding key)", "42703");
            }
            if (row[i] == null) {
                throw RouteErrors.nullKey("UPDATE of " + table.logicalName() + " sets its sharding key " + key
                        + " to NULL; rows are placed by their sharding key, which must not be NULL");
            }
            c = c.with(key, ShardingCondition.equalTo(row[i]));
        }
        List<DataNode> nodes = table.route(c);
        DataNode n = nodes.get(0);
        if (forced != null && !n.dataSource().equals(forced)) {
            throw RouteErrors.invalidValue("UPDATE of " + table.logicalName() + " moves a row to " + n
                    + ", but the routing hint forces data source " + forced + "; remove the hint");
        }
        return n;
    }

    private List<RouteUnit> inserts(DataNode node, List<String> columns, List<Object[]> rows) {
        List<ColumnRef> cols = new ArrayList<>(columns.size());
        for (String c : columns) {
            cols.add(new ColumnRef(null, Identifier.quoted(c)));
        }
        TableRenamer renamer = new TableRenamer(Map.of(logicalTable.name().last().text().toLowerCase(Locale.ROOT),
                node.table()));
        TableRef target = new TableRef(logicalTable.name(), null, List.of(), false, List.of(), List.of());
        int perStatement = Math.max(1, MAX_PARAMETERS_PER_INSERT / Math.max(1, columns.size()));
        List<RouteUnit> out = new ArrayList<>();
        int counter = 0;
        for (int start = 0; start < rows.size(); start += perStatement) {
            List<RowValue> values = new ArrayList<>();
            Map<String, Object> extra = new LinkedHashMap<>();
            for (Object[] row : rows.subList(start, Math.min(rows.size(), start + perStatement))) {
                List<Expression> params = new ArrayList<>(row.length);
                for (Object v : row) {
                    String name = "retort_mv_" + (++counter);
                    params.add(new Parameter(ParameterKind.NAMED, 0, name));
                    extra.put(name, v);
                }
                values.add(new RowValue(params));
            }
            Insert insert = new Insert(null, InsertVerb.INSERT, List.of(), target, cols,
                    new Values(null, values, List.of(), null, Comments.NONE), null, List.of(), null, List.of(), List.of(),
                    Comments.NONE);
            out.add(new RouteUnit(node.dataSource(), renamer.rename(insert), List.of(node), extra));
        }
        return out;
    }

    private static int indexOf(List<String> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The steps, for EXPLAIN ROUTE and logs. */
    public String describe() {
        return "move rows of " + table.logicalName() + " off " + from + ": read them with their new values (FOR UPDATE),"
                + " delete them there, insert each on the node its new " + String.join(", ", table.keyColumns())
                + " routes to";
    }

    @Override
    public String toString() {
        return "RowMove[" + describe() + "]";
    }
}
