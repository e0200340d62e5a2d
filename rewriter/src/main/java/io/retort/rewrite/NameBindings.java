package io.retort.rewrite;

import io.retort.sql.*;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the names of a statement stand for, for type inference: tables (by name or alias), derived tables
 * and common table expressions (their queries, whose select lists give their columns' types), and the new
 * row of an upsert ({@code EXCLUDED}, MySQL's row alias) as the table inserted into. Names are resolved
 * over the whole statement: a name bound to two different things is ambiguous and resolves to nothing.
 */
final class NameBindings {

    /** A derived table or CTE: its query, its column list (empty when not written), and whether it recurses. */
    record Derived(Query query, List<Identifier> columns, boolean recursive) {
    }

    /** A name bound to two different things. */
    private static final Object AMBIGUOUS = new Object();

    /** Lower-case name to a table name (String), a {@link Derived}, or {@link #AMBIGUOUS}. */
    private final Map<String, Object> names = new HashMap<>();
    /** The table an INSERT writes to, or null. */
    final String insertTable;
    /** Each column reference of the statement and the SELECT whose clauses it is in (its scope). */
    private final Map<ColumnRef, Select> scopes = new java.util.IdentityHashMap<>();
    /**
     * Columns the statement compares with a number in a condition (by what names them: the thing a qualifier
     * is bound to, or the scope of an unqualified name), lower-case names.
     */
    private final Map<Object, Set<String>> comparedWithNumbers = new java.util.IdentityHashMap<>();
    /** The scope of names outside any SELECT (UPDATE's SET and WHERE, DELETE's WHERE). */
    private static final Object STATEMENT = new Object();

    NameBindings(Statement statement) {
        // one pass over the tree: scopes of column references, and what to bind and search afterwards
        Map<String, Derived> ctes = new HashMap<>();
        List<Node> sources = new ArrayList<>();
        List<Node> conditionHolders = new ArrayList<>();
        boolean passthrough = false;
        java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
        stack.push(new Object[] {statement, null});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            Node node = (Node) top[0];
            Select scope = node instanceof Select sel ? sel : (Select) top[1];
            switch (node) {
                case ColumnRef c -> {
                    scopes.put(c, scope); // null: outside any SELECT (UPDATE, DELETE)
                    continue;
                }
                case With w -> {
                    for (Cte c : w.ctes()) {
                        if (c.statement() instanceof Query q) {
                            ctes.put(key(c.name().text()), new Derived(q, c.columns(), w.recursive() && refersTo(q, c.name())));
                        }
                    }
                }
                case TableRef t -> sources.add(t);
                case DerivedTable d -> sources.add(d);
                case Select sel -> conditionHolders.add(sel);
                case Update u -> conditionHolders.add(u);
                case Delete d -> conditionHolders.add(d);
                case Passthrough p -> passthrough = true;
                default -> {
                }
            }
            node.mapChildren(child -> {
                stack.push(new Object[] {child, scope});
                return child;
            });
        }
        for (Node n : sources) {
            switch (n) {
                case TableRef t -> {
                    String table = t.name().last().text();
                    Derived cte = t.name().parts().size() == 1 ? ctes.get(key(table)) : null;
                    Object target = cte != null ? cte : table;
                    bind(table, target);
                    if (t.alias() != null) {
                        bind(t.alias().text(), t.columnAliases().isEmpty() || cte == null ? target
                                : new Derived(cte.query(), t.columnAliases(), cte.recursive()));
                    }
                }
                case DerivedTable d when d.alias() != null -> bind(d.alias().text(),
                        new Derived(d.query(), d.columnAliases(), false));
                default -> {
                }
            }
        }
        String inserted = null;
        if (statement instanceof Insert i) {
            inserted = i.table().name().last().text();
            if (i.onConflict() != null) {
                bind("excluded", inserted);
            }
            if (i.rowAlias() != null) {
                bind(i.rowAlias().text(), i.rowAliasColumns().isEmpty() ? inserted : AMBIGUOUS);
            }
        }
        this.insertTable = inserted;
        if (!passthrough) {
            for (Node n : conditionHolders) {
                switch (n) {
                    case Select sel -> {
                        conditions(sel.where());
                        for (FromItem f : sel.from()) {
                            joinConditions(f);
                        }
                    }
                    case Update u -> conditions(u.where());
                    case Delete d -> conditions(d.where());
                    default -> {
                    }
                }
            }
        }
    }

    /**
     * Whether the statement compares the column {@code c} names with a number in a WHERE or ON condition
     * ({@code qty < 3}, {@code x BETWEEN 1 AND 9}, {@code x IN (1, 2)}): in PostgreSQL a date, time or
     * interval compared with a number is an error, so such a column is no date. Conditions cannot name
     * select-list aliases, so the name means the column there as elsewhere in its scope.
     */
    boolean comparedWithNumber(ColumnRef c) {
        Object where = c.qualifier() != null ? names.get(key(c.qualifier().last().text())) : scopeKey(c);
        Set<String> columns = where == null || where == AMBIGUOUS ? null : comparedWithNumbers.get(where);
        return columns != null && columns.contains(key(c.column().text()));
    }

    private Object scopeKey(ColumnRef c) {
        Select s = scopes.get(c);
        return s != null ? s : scopes.containsKey(c) ? STATEMENT : null;
    }

    private void joinConditions(FromItem f) {
        if (f instanceof Join j) {
            joinConditions(j.left());
            joinConditions(j.right());
            conditions(j.on());
        }
    }

    /** Collects comparisons of a column with a number in {@code condition}, not entering subqueries (their own scopes). */
    private void conditions(Expression condition) {
        if (condition == null) {
            return;
        }
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(condition);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            switch (n) {
                case Query q -> {
                    continue; // walked as its own SELECT
                }
                case BinaryOp b when b.operator().isComparison() && b.operator() != BinaryOperator.NULL_SAFE_EQUALS -> {
                    evidence(b.left(), b.right());
                    evidence(b.right(), b.left());
                }
                case Between b -> {
                    if (number(b.low()) && number(b.high())) {
                        evidence(b.operand(), b.low());
                    }
                }
                case InList in -> {
                    boolean numbers = !in.values().isEmpty();
                    for (Expression v : in.values()) {
                        numbers &= number(v);
                    }
                    if (numbers) {
                        evidence(in.operand(), in.values().get(0));
                    }
                }
                default -> {
                }
            }
            n.mapChildren(child -> {
                stack.push(child);
                return child;
            });
        }
    }

    private void evidence(Expression column, Expression other) {
        if (column instanceof ColumnRef c && number(other)) {
            Object where = c.qualifier() != null ? names.get(key(c.qualifier().last().text())) : scopeKey(c);
            if (where != null && where != AMBIGUOUS) {
                comparedWithNumbers.computeIfAbsent(where, k -> new HashSet<>()).add(key(c.column().text()));
            }
        }
    }

    private static boolean number(Expression e) {
        return e instanceof NumberLiteral || e instanceof UnaryOp u && u.operator() == UnaryOperator.MINUS
                && u.operand() instanceof NumberLiteral;
    }

    /** The SELECT a column reference of the statement is in, or null (a reference a rewrite made). */
    Select scope(ColumnRef c) {
        return scopes.get(c);
    }

    /**
     * The things the FROM clause of {@code s} names (table names and {@link Derived} queries), or null when one
     * cannot be told (a table function, JSON_TABLE).
     */
    static List<Object> fromSources(Select s, NameBindings names) {
        List<Object> out = new ArrayList<>();
        java.util.ArrayDeque<FromItem> items = new java.util.ArrayDeque<>(s.from());
        while (!items.isEmpty()) {
            FromItem item = items.pop();
            switch (item) {
                case Join j -> {
                    items.push(j.right());
                    items.push(j.left());
                }
                case TableRef t -> {
                    Object bound = names.names.get(key(t.alias() != null ? t.alias().text() : t.name().last().text()));
                    if (bound == null || bound == AMBIGUOUS) {
                        return null;
                    }
                    out.add(bound);
                }
                case DerivedTable d -> {
                    if (d.alias() == null) {
                        return null;
                    }
                    Object bound = names.names.get(key(d.alias().text()));
                    if (!(bound instanceof Derived)) {
                        return null;
                    }
                    out.add(bound);
                }
                default -> {
                    return null;
                }
            }
        }
        return out;
    }

    /** Whether {@code q} reads the table (CTE) {@code name}: a recursive CTE. */
    private static boolean refersTo(Query q, Identifier name) {
        for (TableRef t : q.findAll(TableRef.class)) {
            if (t.name().parts().size() == 1 && t.name().last().matches(name)) {
                return true;
            }
        }
        return false;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private void bind(String name, Object target) {
        String key = key(name);
        Object known = names.get(key);
        if (known == null) {
            names.put(key, target);
        } else if (!known.equals(target)) {
            names.put(key, AMBIGUOUS);
        }
    }

    /** The table {@code name} (an alias or a table's name) stands for, or null. */
    String table(Name qualifier) {
        return names.get(key(qualifier.last().text())) instanceof String s ? s : null;
    }

    /** The derived table or CTE {@code name} stands for, or null. */
    Derived derived(Name qualifier) {
        return names.get(key(qualifier.last().text())) instanceof Derived d ? d : null;
    }

    /**
     * Every distinct thing the statement's names stand for (tables and derived queries), or null when one is
     * ambiguous: an unqualified column may then come from anywhere.
     */
    Collection<Object> sources() {
        Set<Object> out = new HashSet<>();
        for (Object o : names.values()) {
            if (o == AMBIGUOUS) {
                return null;
            }
            out.add(o);
        }
        return out;
    }

    /**
     * The expressions that give the column {@code column} of {@code d}: one per branch of a set operation
     * (a recursive CTE's column is typed by its first, non-recursive branch, as in PostgreSQL). Empty when
     * {@code d} has no such column; null when its columns cannot be told ({@code SELECT *}, VALUES).
     */
    static List<Expression> outputs(Derived d, Identifier column) {
        List<Select> branches = new ArrayList<>();
        if (!branches(d.query(), branches, d.recursive())) {
            return null;
        }
        int position = -1;
        if (!d.columns().isEmpty()) {
            for (int i = 0; i < d.columns().size(); i++) {
                if (d.columns().get(i).matches(column)) {
                    position = i;
                }
            }
        } else {
            // the first branch names the columns; the others are matched by position
            Select first = branches.get(0);
            for (int i = 0; i < first.items().size(); i++) {
                SelectItem item = first.items().get(i);
                if (item.expression() instanceof Star) {
                    return null;
                }
                boolean matches = item.alias() != null ? item.alias().matches(column)
                        : item.expression() instanceof ColumnRef r && r.column().matches(column);
                if (matches) {
                    if (position >= 0) {
                        return null; // named twice
                    }
                    position = i;
                }
            }
        }
        if (position < 0) {
            return List.of();
        }
        List<Expression> out = new ArrayList<>(branches.size());
        for (Select s : branches) {
            if (position >= s.items().size()) {
                return null;
            }
            for (SelectItem item : s.items()) {
                if (item.expression() instanceof Star) {
                    return null;
                }
            }
            out.add(s.items().get(position).expression());
        }
        return out;
    }

    private static boolean branches(Query q, List<Select> out, boolean firstOnly) {
        return switch (q) {
            case Select s -> {
                out.add(s);
                yield true;
            }
            case SetOperation s -> firstOnly ? branches(s.left(), out, true)
                    : branches(s.left(), out, false) && branches(s.right(), out, false);
            case Values v -> false;
        };
    }
}
