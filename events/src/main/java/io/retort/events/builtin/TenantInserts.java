package io.retort.events.builtin;

import io.retort.sql.Assignment;
import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.Case;
import io.retort.sql.Cast;
import io.retort.sql.ColumnRef;
import io.retort.sql.DefaultValues;
import io.retort.sql.Expression;
import io.retort.sql.Identifier;
import io.retort.sql.Insert;
import io.retort.sql.InsertSet;
import io.retort.sql.InsertSource;
import io.retort.sql.InsertVerb;
import io.retort.sql.Name;
import io.retort.sql.NumberLiteral;
import io.retort.sql.OnConflict;
import io.retort.sql.Parameter;
import io.retort.sql.ParameterKind;
import io.retort.sql.RowValue;
import io.retort.sql.Select;
import io.retort.sql.SelectItem;
import io.retort.sql.SetOperation;
import io.retort.sql.Star;
import io.retort.sql.StringLiteral;
import io.retort.sql.Values;
import io.retort.sql.WhenClause;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * INSERT into a tenant table: the tenant column is filled with the tenant parameter when the
 * statement leaves it out, and checked at execution (it must be the current tenant) when the
 * statement gives it as a literal or a parameter; anything else is refused. The rows of
 * {@code INSERT ... SELECT} are filtered like any query. Upserts cannot touch another tenant's row:
 * {@code ON CONFLICT DO UPDATE} gets {@code WHERE t.tenant_id = ?}, each assignment of
 * {@code ON DUPLICATE KEY UPDATE} only takes effect on the tenant's own row, and REPLACE (which
 * deletes the conflicting row, whoever owns it) is refused.
 */
final class TenantInserts {

    private TenantInserts() {}

    static Insert insert(TenantRewriter r, Insert ins) {
        // the target is filled or checked below, not filtered as a source
        Insert mapped = (Insert) ins.mapChildren(c -> c == ins.table() ? c : r.visit(c));
        if (!r.config.tables().matches(ins.table().name())) {
            return mapped;
        }
        String table = ins.table().name().toString();
        r.touchedTables.add(table);
        if (ins.verb() == InsertVerb.REPLACE || hasReplace(ins.modifiers())) {
            throw new TenantRewriter.Refusal("REPLACE into the tenant table " + table + " deletes the row that has the "
                    + "same key, whichever tenant owns it; use INSERT ... ON CONFLICT / ON DUPLICATE KEY UPDATE");
        }
        Identifier column = r.config.column();
        List<ColumnRef> columns = mapped.columns();
        InsertSource source = mapped.source();
        List<Identifier> rowAliasColumns = mapped.rowAliasColumns();
        int k = indexOf(columns, column);
        if (columns.isEmpty()) {
            switch (source) {
                case DefaultValues d -> {
                    columns = List.of(new ColumnRef(null, column));
                    source = new Values(null, List.of(new RowValue(List.of(r.parameter))), List.of(), null,
                            io.retort.sql.Comments.NONE);
                }
                case InsertSet set -> source = insertSet(r, set, table);
                default -> throw new TenantRewriter.Refusal("INSERT into the tenant table " + table + " must name its "
                        + "columns, so that the tenant filter can fill or check " + column.text());
            }
        } else if (k >= 0) {
            check(r, source, k, table);
        } else {
            columns = append(columns, new ColumnRef(null, column));
            source = withTenantValue(r, source, table);
            if (!rowAliasColumns.isEmpty()) {
                rowAliasColumns = append(rowAliasColumns, column);
            }
        }
        OnConflict onConflict = onConflict(r, mapped.onConflict(), ins, table);
        List<Assignment> duplicateKey = onDuplicateKey(r, mapped.onDuplicateKeyUpdate(), ins, table);
        if (columns == mapped.columns() && source == mapped.source() && rowAliasColumns == mapped.rowAliasColumns()
                && onConflict == mapped.onConflict() && duplicateKey == mapped.onDuplicateKeyUpdate()) {
            return mapped; // a checked tenant value and nothing else: keep the instance
        }
        return new Insert(mapped.with(), mapped.verb(), mapped.modifiers(), mapped.table(), columns, source,
                mapped.rowAlias(), rowAliasColumns, onConflict, duplicateKey, mapped.returning(), mapped.comments());
    }

    private static boolean hasReplace(List<String> modifiers) {
        for (String m : modifiers) {
            if (m.toUpperCase(Locale.ROOT).contains("REPLACE")) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<ColumnRef> columns, Identifier column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).column().text().equalsIgnoreCase(column.text())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTenantColumn(ColumnRef c, Identifier column) {
        return c.column().text().equalsIgnoreCase(column.text());
    }

    // ---- the tenant column given: check it ----

    private static void check(TenantRewriter r, InsertSource source, int k, String table) {
        switch (source) {
            case Values v -> {
                for (RowValue row : v.rows()) {
                    if (row.values().size() <= k) {
                        throw new TenantRewriter.Refusal("a VALUES row of the INSERT into " + table
                                + " has fewer values than columns");
                    }
                    checkValue(r, row.values().get(k), table);
                }
            }
            case Select s -> {
                for (int i = 0; i <= k && i < s.items().size(); i++) {
                    if (s.items().get(i).expression() instanceof Star) {
                        throw new TenantRewriter.Refusal("INSERT into the tenant table " + table + " takes "
                                + r.config.column().text() + " from SELECT *; leave the column out to have it filled");
                    }
                }
                if (s.items().size() <= k) {
                    throw new TenantRewriter.Refusal("the SELECT of the INSERT into " + table + " has fewer columns than the INSERT");
                }
                checkValue(r, s.items().get(k).expression(), table);
            }
            case SetOperation s -> {
                check(r, s.left(), k, table);
                check(r, s.right(), k, table);
            }
            default -> throw new TenantRewriter.Refusal("INSERT into the tenant table " + table + " gives "
                    + r.config.column().text() + " in a form the tenant filter cannot check; leave the column out");
        }
    }

    private static void checkValue(TenantRewriter r, Expression value, String table) {
        switch (value) {
            case Parameter p when p.kind() == ParameterKind.NAMED && r.config.parameterName().equals(p.name()) -> {
                // the tenant parameter itself: always the current tenant
            }
            case Parameter p -> r.checks.add(new TenantPlan.ParameterCheck(p, table));
            case StringLiteral s -> r.checks.add(new TenantPlan.LiteralCheck(s.value(), false, table));
            case NumberLiteral n -> r.checks.add(new TenantPlan.LiteralCheck(n.text(), true, table));
            case Cast c -> checkValue(r, c.operand(), table);
            default -> throw new TenantRewriter.Refusal("INSERT into the tenant table " + table + " gives "
                    + r.config.column().text() + " as an expression; give it as a literal or a parameter, "
                    + "or leave it out to have it filled with the current tenant");
        }
    }

    private static InsertSet insertSet(TenantRewriter r, InsertSet set, String table) {
        Identifier column = r.config.column();
        for (Assignment a : set.assignments()) {
            for (ColumnRef c : a.columns()) {
                if (isTenantColumn(c, column)) {
                    checkValue(r, a.value(), table);
                    return set;
                }
            }
        }
        return new InsertSet(append(set.assignments(), new Assignment(List.of(new ColumnRef(null, column)), r.parameter)));
    }

    // ---- the tenant column left out: fill it ----

    private static InsertSource withTenantValue(TenantRewriter r, InsertSource source, String table) {
        return switch (source) {
            case Values v -> {
                List<RowValue> rows = new ArrayList<>(v.rows().size());
                for (RowValue row : v.rows()) {
                    rows.add(new RowValue(append(row.values(), r.parameter)));
                }
                yield new Values(v.with(), rows, v.orderBy(), v.limit(), v.comments());
            }
            case Select s -> new Select(s.with(), s.modifiers(), s.distinct(), s.distinctOn(),
                    append(s.items(), new SelectItem(r.parameter, null)), s.into(), s.from(), s.where(), s.groupBy(),
                    s.withRollup(), s.having(), s.windows(), s.orderBy(), s.limit(), s.locks(), s.comments());
            case SetOperation s -> new SetOperation(s.with(), s.operator(), s.all(),
                    (io.retort.sql.Query) withTenantValue(r, s.left(), table),
                    (io.retort.sql.Query) withTenantValue(r, s.right(), table), s.orderBy(), s.limit(), s.comments());
            case InsertSet set -> insertSet(r, set, table);
            case DefaultValues d -> throw new TenantRewriter.Refusal("INSERT ... DEFAULT VALUES with a column list");
        };
    }

    // ---- upserts ----

    private static Name targetName(Insert ins) {
        return ins.table().alias() != null ? new Name(List.of(ins.table().alias())) : new Name(List.of(ins.table().name().last()));
    }

    private static OnConflict onConflict(TenantRewriter r, OnConflict oc, Insert ins, String table) {
        if (oc == null) {
            return null;
        }
        for (Assignment a : oc.set()) {
            for (ColumnRef c : a.columns()) {
                if (isTenantColumn(c, r.config.column())) {
                    throw new TenantRewriter.Refusal("ON CONFLICT DO UPDATE may not set the tenant column "
                            + c.column().text() + " of " + table + ": a row cannot move to another tenant");
                }
            }
        }
        if (oc.doNothing()) {
            return oc;
        }
        Expression own = r.condition(targetName(ins));
        Expression where = oc.where() == null ? own : new BinaryOp(oc.where(), BinaryOperator.AND, own);
        return new OnConflict(oc.targets(), oc.targetWhere(), oc.constraint(), oc.doNothing(), oc.set(), where);
    }

    /**
     * {@code col = value} becomes {@code col = CASE WHEN t.tenant_id = ? THEN value ELSE t.col END}: on
     * a conflicting row of another tenant nothing changes (MySQL evaluates the assignments in order;
     * the tenant column is never assigned, so every CASE sees the row's own tenant).
     */
    private static List<Assignment> onDuplicateKey(TenantRewriter r, List<Assignment> set, Insert ins, String table) {
        if (set.isEmpty()) {
            return set;
        }
        Name target = targetName(ins);
        List<Assignment> out = new ArrayList<>(set.size());
        for (Assignment a : set) {
            if (a.columns().size() != 1) {
                throw new TenantRewriter.Refusal("ON DUPLICATE KEY UPDATE of " + table + " assigns several columns at once");
            }
            ColumnRef c = a.columns().get(0);
            if (isTenantColumn(c, r.config.column())) {
                throw new TenantRewriter.Refusal("ON DUPLICATE KEY UPDATE may not set the tenant column "
                        + c.column().text() + " of " + table + ": a row cannot move to another tenant");
            }
            ColumnRef current = c.qualifier() == null ? new ColumnRef(target, c.column()) : c;
            Expression guarded = new Case(null, List.of(new WhenClause(r.condition(target), a.value())), current);
            out.add(new Assignment(a.columns(), guarded));
        }
        return out;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(item);
        return out;
    }
}
