package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.Capability;
import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Upserts: PostgreSQL's and SQLite's {@code ON CONFLICT (k) DO UPDATE SET c = EXCLUDED.c [WHERE ...]}
 * and {@code DO NOTHING}, MySQL's {@code ON DUPLICATE KEY UPDATE c = VALUES(c)} (or a row alias
 * {@code new.c}) and {@code INSERT IGNORE}, and MERGE (H2, Oracle, SQL Server, written by the printer
 * from the ON CONFLICT form). Read into one meaning (conflict columns, the new row, the old row, the
 * assignments, a condition) and written in the target's form:
 * <ul>
 *   <li>MySQL names no conflict columns: any unique key conflicts. PostgreSQL's DO UPDATE and MERGE
 *       need the columns; they come from schema information (the one unique key the INSERT fills),
 *       else translation fails saying so.</li>
 *   <li>MySQL evaluates the assignments left to right on the updated row; the standard evaluates them
 *       all on the old row. Assignments are substituted or reordered to keep the source's meaning.</li>
 *   <li>{@code DO UPDATE ... WHERE cond} becomes {@code c = IF(cond, new, c)} on MySQL.</li>
 *   <li>DO NOTHING is {@code INSERT IGNORE} on MySQL (which also turns some other errors into
 *       warnings: documented). MySQL reports 2 affected rows for an updated row, 1 for an inserted one.</li>
 * </ul>
 */
final class UpsertTranslation implements RewritePass {

    private static final Name EXCLUDED = Name.of("excluded");

    /** The meaning of an upsert. {@code keys} empty: any unique key. */
    private record Upsert(List<Identifier> keys, boolean doNothing, List<Assignment> set, Expression where) {
    }

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (!(statement instanceof Insert insert)) {
            return statement;
        }
        Insert i = normalizeInsert(insert, t);
        Upsert upsert = read(i, t);
        if (upsert == null) {
            return i;
        }
        Insert base = new Insert(i.with(), i.verb(), withoutIgnore(i.modifiers()), i.table(), i.columns(), i.source(), null,
                List.of(), null, List.of(), i.returning(), i.comments());
        if (t.targetIsMySql()) {
            return mysql(base, upsert, t);
        }
        if (t.target(Capability.SUPPORTS_ON_CONFLICT)) {
            List<Identifier> keys = upsert.keys();
            if (keys.isEmpty() && !upsert.doNothing() && !t.target(Capability.SUPPORTS_ON_CONFLICT_UPDATE_WITHOUT_TARGET)) {
                keys = resolveKeys(i, t);
            }
            return base.withOnConflict(onConflict(keys, upsert, i, t, false));
        }
        if (t.target(Capability.SUPPORTS_MERGE)) {
            if (!i.returning().isEmpty()) {
                throw new UnsupportedConstruct("RETURNING on an upsert", t.target.productName() + " writes it as MERGE");
            }
            if (i.columns().isEmpty()) {
                throw new UnsupportedConstruct("an upsert without a column list", "name the inserted columns");
            }
            List<Identifier> keys = upsert.keys().isEmpty() ? resolveKeys(i, t) : upsert.keys();
            return base.withOnConflict(onConflict(keys, upsert, i, t, true));
        }
        throw new UnsupportedConstruct(upsert.doNothing() ? "ON CONFLICT DO NOTHING" : "an upsert", "");
    }

    /** MySQL's INSERT ... SET as columns and VALUES; SQLite's OR IGNORE / OR REPLACE by meaning. */
    private static Insert normalizeInsert(Insert i, Translation t) {
        Insert out = i;
        if (i.source() instanceof InsertSet set && !t.targetIsMySql()) {
            List<ColumnRef> columns = new ArrayList<>();
            List<Expression> row = new ArrayList<>();
            for (Assignment a : set.assignments()) {
                columns.addAll(a.columns());
                row.add(a.value());
            }
            out = new Insert(i.with(), i.verb(), i.modifiers(), i.table(), columns,
                    new Values(null, List.of(new RowValue(row)), List.of(), null, Comments.NONE), i.rowAlias(),
                    i.rowAliasColumns(), i.onConflict(), i.onDuplicateKeyUpdate(), i.returning(), i.comments());
        }
        List<String> modifiers = new ArrayList<>();
        InsertVerb verb = out.verb();
        for (String m : out.modifiers()) {
            switch (m) {
                case "OR IGNORE" -> modifiers.add(t.targetIs(SqlDialect.SQLITE) ? m : "IGNORE");
                case "OR REPLACE" -> {
                    if (t.targetIsMySql()) {
                        verb = InsertVerb.REPLACE;
                    } else {
                        modifiers.add(m);
                    }
                }
                case "OR ABORT" -> {
                    if (t.targetIs(SqlDialect.SQLITE)) {
                        modifiers.add(m);
                    }
                }
                case "LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY" -> {
                    if (t.targetIsMySql()) {
                        modifiers.add(m); // scheduling hints only
                    }
                }
                default -> modifiers.add(m);
            }
        }
        if (verb == InsertVerb.REPLACE && t.targetIs(SqlDialect.SQLITE) && t.sourceIsMySql()) {
            // Same meaning: delete the conflicting rows, then insert.
        }
        if (!modifiers.equals(out.modifiers()) || verb != out.verb()) {
            out = new Insert(out.with(), verb, modifiers, out.table(), out.columns(), out.source(), out.rowAlias(),
                    out.rowAliasColumns(), out.onConflict(), out.onDuplicateKeyUpdate(), out.returning(), out.comments());
        }
        return out;
    }

    private static List<String> withoutIgnore(List<String> modifiers) {
        List<String> out = new ArrayList<>(modifiers);
        out.remove("IGNORE");
        return out;
    }

    /** The upsert's meaning, or null for a plain INSERT. */
    private static Upsert read(Insert i, Translation t) {
        if (i.onConflict() != null) {
            OnConflict c = i.onConflict();
            if (c.constraint() != null) {
                throw new UnsupportedConstruct("ON CONFLICT ON CONSTRAINT", "name the conflict columns instead");
            }
            if (c.targetWhere() != null) {
                throw new UnsupportedConstruct("ON CONFLICT (...) WHERE (a partial unique index)", "");
            }
            List<Identifier> keys = new ArrayList<>();
            for (Expression e : c.targets()) {
                if (!(e instanceof ColumnRef r)) {
                    throw new UnsupportedConstruct("an expression as conflict target", "");
                }
                keys.add(r.column());
            }
            List<Assignment> set = new ArrayList<>();
            for (Assignment a : c.set()) {
                set.add(new Assignment(unqualified(a.columns()), fromStandard(a.value(), i)));
            }
            return new Upsert(keys, c.doNothing(), set, c.where() == null ? null : fromStandard(c.where(), i));
        }
        if (!i.onDuplicateKeyUpdate().isEmpty()) {
            List<Assignment> set = new ArrayList<>();
            for (Assignment a : i.onDuplicateKeyUpdate()) {
                set.add(new Assignment(unqualified(a.columns()), fromMySql(a.value(), i)));
            }
            return new Upsert(List.of(), false, SetOrder.simultaneous(set), null);
        }
        if (i.modifiers().contains("IGNORE") && !t.targetIsMySql()) {
            return new Upsert(List.of(), true, List.of(), null);
        }
        return null;
    }

    /** A standard upsert expression: {@code EXCLUDED.c} is the new row, {@code t.c} / {@code c} the old. */
    private static Expression fromStandard(Expression e, Insert i) {
        return (Expression) e.transform(n -> {
            if (n instanceof ColumnRef c && c.qualifier() != null) {
                if (c.qualifier().last().matches("excluded")) {
                    return new InsertedValue(new ColumnRef(null, c.column()));
                }
                if (namesTable(c.qualifier(), i.table())) {
                    return new ColumnRef(null, c.column());
                }
            }
            return n;
        });
    }

    /** A MySQL upsert expression: {@code VALUES(c)} and {@code alias.c} are the new row. */
    private static Expression fromMySql(Expression e, Insert i) {
        return (Expression) e.transform(n -> {
            if (n instanceof ColumnRef c && c.qualifier() != null) {
                if (i.rowAlias() != null && c.qualifier().last().matches(i.rowAlias())) {
                    Identifier column = c.column();
                    for (int k = 0; k < i.rowAliasColumns().size() && k < i.columns().size(); k++) {
                        if (i.rowAliasColumns().get(k).matches(column)) {
                            column = i.columns().get(k).column();
                        }
                    }
                    return new InsertedValue(new ColumnRef(null, column));
                }
                if (namesTable(c.qualifier(), i.table())) {
                    return new ColumnRef(null, c.column());
                }
            }
            if (n instanceof InsertedValue v && v.column().qualifier() != null) {
                return new InsertedValue(new ColumnRef(null, v.column().column()));
            }
            return n;
        });
    }

    private static boolean namesTable(Name qualifier, TableRef table) {
        Identifier q = qualifier.last();
        return table.alias() != null ? q.matches(table.alias()) : q.matches(table.name().last());
    }

    private static List<ColumnRef> unqualified(List<ColumnRef> columns) {
        List<ColumnRef> out = new ArrayList<>();
        for (ColumnRef c : columns) {
            out.add(c.qualifier() == null ? c : new ColumnRef(null, c.column()));
        }
        return out;
    }

    /** ON CONFLICT for PostgreSQL and SQLite, or the input of the MERGE printer ({@code merge}). */
    private static OnConflict onConflict(List<Identifier> keys, Upsert u, Insert i, Translation t, boolean merge) {
        List<Expression> targets = new ArrayList<>();
        for (Identifier k : keys) {
            targets.add(new ColumnRef(null, k));
        }
        // PostgreSQL finds a bare column name in DO UPDATE ambiguous (the row or EXCLUDED?): qualify it.
        Name table = Name.of(i.table().alias() != null ? i.table().alias() : i.table().name().last());
        List<Assignment> set = new ArrayList<>();
        for (Assignment a : u.set()) {
            set.add(new Assignment(a.columns(), toStandard(a.value(), table)));
        }
        Expression where = u.where() == null ? null : toStandard(u.where(), table);
        return new OnConflict(targets, null, null, u.doNothing(), set, where);
    }

    /** New-row references as {@code EXCLUDED.c}; old-row columns qualified by {@code table} (MERGE) or not. */
    private static Expression toStandard(Expression e, Name table) {
        return (Expression) rewriteRefs(e, table);
    }

    private static Node rewriteRefs(Node n, Name table) {
        if (n instanceof InsertedValue v) {
            return new ColumnRef(EXCLUDED, v.column().column());
        }
        if (n instanceof ColumnRef c && c.qualifier() == null && table != null) {
            return new ColumnRef(table, c.column());
        }
        if (n instanceof Subquery || n instanceof Exists || n instanceof InSubquery) {
            return n; // a subquery's own columns are its own
        }
        return n.mapChildren(child -> rewriteRefs(child, table));
    }

    private static Statement mysql(Insert base, Upsert u, Translation t) {
        if (u.doNothing()) {
            List<String> modifiers = new ArrayList<>(base.modifiers());
            modifiers.add("IGNORE");
            return new Insert(base.with(), base.verb(), modifiers, base.table(), base.columns(), base.source(), null,
                    List.of(), null, List.of(), base.returning(), base.comments());
        }
        List<Expression> conditions = u.where() == null ? List.of() : List.of(u.where());
        List<Assignment> ordered = SetOrder.sequential(u.set(), conditions);
        boolean rowAlias = t.target(Capability.SUPPORTS_INSERT_ROW_ALIAS) && base.source() instanceof Values;
        List<Assignment> set = new ArrayList<>();
        for (Assignment a : ordered) {
            Expression value = newRow(a.value(), rowAlias);
            if (u.where() != null) {
                value = fn("IF", newRow(u.where(), rowAlias), value, a.columns().get(0));
            }
            set.add(new Assignment(a.columns(), value));
        }
        TableRef table = base.table().alias() == null ? base.table()
                : new TableRef(base.table().name(), null, List.of(), false, List.of(), List.of());
        return new Insert(base.with(), base.verb(), base.modifiers(), table, base.columns(), base.source(),
                rowAlias ? Identifier.of("excluded") : null, List.of(), null, set, base.returning(), base.comments());
    }

    private static Expression newRow(Expression e, boolean rowAlias) {
        if (rowAlias) {
            return (Expression) e.transform(n -> n instanceof InsertedValue v ? new ColumnRef(EXCLUDED, v.column().column()) : n);
        }
        return e;
    }

    /** The conflict columns MySQL leaves implicit: the one unique key the INSERT fills. */
    private static List<Identifier> resolveKeys(Insert i, Translation t) {
        String table = i.table().name().last().text();
        List<List<String>> keys = t.schema.uniqueKeys(table);
        List<List<String>> covered = new ArrayList<>();
        for (List<String> key : keys) {
            boolean all = !i.columns().isEmpty();
            for (String column : key) {
                boolean inserted = false;
                for (ColumnRef c : i.columns()) {
                    inserted |= c.column().text().equalsIgnoreCase(column);
                }
                all &= inserted;
            }
            if (all) {
                covered.add(key);
            }
        }
        if (covered.size() != 1) {
            throw new UnsupportedConstruct("an upsert without conflict columns (ON DUPLICATE KEY UPDATE / INSERT IGNORE)",
                    (keys.isEmpty() ? "the unique keys of " + table + " are unknown; give the translator schema information"
                            : covered.isEmpty() ? "the INSERT fills no unique key of " + table
                            : "the INSERT fills several unique keys of " + table + ", and " + t.target.productName()
                                    + " can only check one")
                            + " or write ON CONFLICT (columns)");
        }
        List<Identifier> out = new ArrayList<>();
        for (String column : covered.get(0)) {
            out.add(Identifier.of(column.toLowerCase(Locale.ROOT)));
        }
        return out;
    }
}
