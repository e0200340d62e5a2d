package io.retort.sharding.route;

import io.retort.sql.Assignment;
import io.retort.sql.ColumnRef;
import io.retort.sql.Cte;
import io.retort.sql.Delete;
import io.retort.sql.DerivedTable;
import io.retort.sql.Expression;
import io.retort.sql.FromItem;
import io.retort.sql.FunctionTable;
import io.retort.sql.Identifier;
import io.retort.sql.Insert;
import io.retort.sql.InsertSource;
import io.retort.sql.Join;
import io.retort.sql.JsonTable;
import io.retort.sql.Limit;
import io.retort.sql.Name;
import io.retort.sql.Node;
import io.retort.sql.OnConflict;
import io.retort.sql.OrderItem;
import io.retort.sql.Select;
import io.retort.sql.SelectItem;
import io.retort.sql.SetOperation;
import io.retort.sql.Star;
import io.retort.sql.Statement;
import io.retort.sql.TableRef;
import io.retort.sql.Update;
import io.retort.sql.Values;
import io.retort.sql.With;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites the logical table names of one unit's statement to physical ones, as a tree rewrite.
 *
 * <ul>
 *   <li>In FROM, JOIN, derived tables, subqueries, CTE bodies, UPDATE ... FROM and DELETE ... USING,
 *       a table written without an alias keeps its logical name as the alias
 *       ({@code FROM orders} becomes {@code FROM orders_3 orders}), so every {@code orders.col}
 *       qualifier stays valid; a table with an alias only changes its name.</li>
 *   <li>The target of INSERT, and of single-table UPDATE and DELETE, gets no alias (MySQL does not
 *       allow one on INSERT, nor MariaDB on a single-table DELETE): its qualifiers are renamed
 *       instead ({@code UPDATE orders SET total = orders.total + 1} becomes
 *       {@code UPDATE orders_3 SET total = orders_3.total + 1}), also inside subqueries, except where
 *       an inner FROM binds the same name again.</li>
 *   <li>A name that is a CTE in scope is not a table and stays.</li>
 * </ul>
 */
final class TableRenamer {

    /** How a qualifier changes: its last part becomes {@code last}, or (for tables aliased here) a schema-qualified form drops to the alias. */
    private record Rename(Identifier last, boolean toAlias) {}

    private record Ctx(Set<String> ctes, Map<String, Rename> qualifiers) {
        static final Ctx ROOT = new Ctx(Set.of(), Map.of());

        Ctx withCtes(With with) {
            if (with == null) {
                return this;
            }
            Set<String> names = new HashSet<>(ctes);
            for (Cte c : with.ctes()) {
                names.add(key(c.name()));
            }
            return new Ctx(names, qualifiers);
        }

        Ctx shadow(Set<String> bound, Map<String, Rename> added) {
            if (bound.isEmpty() && added.isEmpty()) {
                return this;
            }
            Map<String, Rename> q = new HashMap<>(qualifiers);
            q.keySet().removeAll(bound);
            q.putAll(added);
            return new Ctx(ctes, q);
        }
    }

    private final Map<String, String> physical;

    /** @param physical lower-case logical table name to physical name, for the names that change */
    TableRenamer(Map<String, String> physical) {
        this.physical = physical;
    }

    Statement rename(Statement s) {
        if (physical.isEmpty()) {
            return s;
        }
        return (Statement) rw(s, Ctx.ROOT);
    }

    private static String key(Identifier id) {
        return id.text().toLowerCase(Locale.ROOT);
    }

    private Identifier physicalName(TableRef t, Ctx ctx) {
        Identifier last = t.name().last();
        if (t.name().parts().size() == 1 && ctx.ctes().contains(key(last))) {
            return null;
        }
        String p = physical.get(key(last));
        return p == null ? null : new Identifier(p, last.quoted());
    }

    private static Name withLast(Name name, Identifier last) {
        List<Identifier> parts = new ArrayList<>(name.parts());
        parts.set(parts.size() - 1, last);
        return new Name(parts);
    }

    private Node rw(Node n, Ctx ctx) {
        return switch (n) {
            case Select s -> select(s, ctx);
            case SetOperation s -> {
                Ctx inner = ctx.withCtes(s.with());
                yield s.mapChildren(c -> rw(c, inner));
            }
            case Values v -> {
                Ctx inner = ctx.withCtes(v.with());
                yield v.mapChildren(c -> rw(c, inner));
            }
            case Insert i -> insert(i, ctx);
            case Update u -> update(u, ctx);
            case Delete d -> delete(d, ctx);
            case ColumnRef c -> {
                Name q = requalify(c.qualifier(), ctx);
                yield q == c.qualifier() ? c : new ColumnRef(q, c.column());
            }
            case Star s -> {
                Name q = requalify(s.qualifier(), ctx);
                yield q == s.qualifier() ? s : new Star(q);
            }
            case FromItem f -> from(f, ctx);
            default -> n.mapChildren(c -> rw(c, ctx));
        };
    }

    private Name requalify(Name q, Ctx ctx) {
        if (q == null || ctx.qualifiers().isEmpty()) {
            return q;
        }
        Rename r = ctx.qualifiers().get(key(q.last()));
        if (r == null) {
            return q;
        }
        if (r.toAlias()) {
            return q.parts().size() > 1 ? new Name(List.of(r.last())) : q;
        }
        return withLast(q, r.last());
    }

    /** A FROM item: tables renamed, keeping the logical name as alias when there was none. */
    private FromItem from(FromItem f, Ctx ctx) {
        return switch (f) {
            case TableRef t -> {
                Identifier p = physicalName(t, ctx);
                if (p == null) {
                    yield t;
                }
                Identifier alias = t.alias() != null ? t.alias() : t.name().last();
                yield new TableRef(withLast(t.name(), p), alias, t.columnAliases(), t.only(), t.partitions(), t.indexHints());
            }
            case Join j -> (FromItem) j.mapChildren(c -> c instanceof FromItem item ? from(item, ctx) : rw(c, ctx));
            case DerivedTable d -> (FromItem) d.mapChildren(c -> rw(c, ctx));
            case FunctionTable t -> (FromItem) t.mapChildren(c -> rw(c, ctx));
            case JsonTable t -> (FromItem) t.mapChildren(c -> rw(c, ctx));
        };
    }

    /** The scope of a block: its FROM binds names (hiding outer renames of them) and aliases its tables. */
    private Ctx block(Ctx ctx, List<FromItem> items) {
        Set<String> bound = new HashSet<>();
        Map<String, Rename> added = new HashMap<>();
        for (FromItem f : items) {
            bind(f, ctx, bound, added);
        }
        return ctx.shadow(bound, added);
    }

    private void bind(FromItem f, Ctx ctx, Set<String> bound, Map<String, Rename> added) {
        switch (f) {
            case TableRef t -> {
                Identifier name = t.alias() != null ? t.alias() : t.name().last();
                bound.add(key(name));
                if (t.alias() == null && physicalName(t, ctx) != null) {
                    // public.orders.id no longer resolves once public.orders is "orders_3 orders".
                    added.put(key(name), new Rename(name, true));
                }
            }
            case Join j -> {
                bind(j.left(), ctx, bound, added);
                bind(j.right(), ctx, bound, added);
            }
            case DerivedTable d -> {
                if (d.alias() != null) {
                    bound.add(key(d.alias()));
                }
            }
            case FunctionTable t -> {
                if (t.alias() != null) {
                    bound.add(key(t.alias()));
                }
            }
            case JsonTable t -> {
                if (t.alias() != null) {
                    bound.add(key(t.alias()));
                }
            }
        }
    }

    private Select select(Select s, Ctx ctx) {
        Ctx inner = block(ctx.withCtes(s.with()), s.from());
        return (Select) s.mapChildren(c -> c instanceof FromItem f ? from(f, inner) : rw(c, inner));
    }

    /** A DML target without alias: renamed in place, its qualifiers follow. */
    private record Target(TableRef table, Map<String, Rename> rename) {}

    private Target target(TableRef t, Ctx ctx) {
        Identifier p = physicalName(t, ctx);
        if (p == null) {
            return new Target(t, Map.of());
        }
        TableRef renamed = new TableRef(withLast(t.name(), p), t.alias(), t.columnAliases(), t.only(), t.partitions(),
                t.indexHints());
        return new Target(renamed, t.alias() == null ? Map.of(key(t.name().last()), new Rename(p, false)) : Map.of());
    }

    private Insert insert(Insert i, Ctx ctx) {
        Ctx outer = ctx.withCtes(i.with());
        Target t = target(i.table(), outer);
        Ctx inner = outer.shadow(Set.of(), t.rename());
        With with = i.with() == null ? null : (With) rw(i.with(), outer);
        List<ColumnRef> columns = map(i.columns(), inner, ColumnRef.class);
        InsertSource source = (InsertSource) rw((Node) i.source(), outer);
        OnConflict onConflict = i.onConflict() == null ? null : (OnConflict) rw(i.onConflict(), inner);
        List<Assignment> odku = map(i.onDuplicateKeyUpdate(), inner, Assignment.class);
        List<SelectItem> returning = map(i.returning(), inner, SelectItem.class);
        return new Insert(with, i.verb(), i.modifiers(), t.table(), columns, source, i.rowAlias(), i.rowAliasColumns(),
                onConflict, odku, returning, i.comments());
    }

    private Update update(Update u, Ctx ctx) {
        Ctx outer = ctx.withCtes(u.with());
        boolean single = u.tables().size() == 1 && u.tables().get(0) instanceof TableRef t0 && t0.alias() == null;
        List<FromItem> fromLike = new ArrayList<>(u.from());
        if (!single) {
            fromLike.addAll(u.tables());
        }
        Ctx inner = block(outer, fromLike);
        List<FromItem> tables;
        if (single) {
            Target t = target((TableRef) u.tables().get(0), outer);
            inner = inner.shadow(Set.of(), t.rename());
            tables = List.of(t.table());
        } else {
            tables = fromItems(u.tables(), inner);
        }
        With with = u.with() == null ? null : (With) rw(u.with(), outer);
        return new Update(with, u.modifiers(), tables, map(u.set(), inner, Assignment.class), fromItems(u.from(), inner),
                expr(u.where(), inner), map(u.orderBy(), inner, OrderItem.class), limit(u.limit(), inner),
                map(u.returning(), inner, SelectItem.class), u.comments());
    }

    private Delete delete(Delete d, Ctx ctx) {
        Ctx outer = ctx.withCtes(d.with());
        boolean single = d.targets().isEmpty() && d.from().size() == 1 && d.from().get(0) instanceof TableRef t0
                && t0.alias() == null;
        List<FromItem> fromLike = new ArrayList<>(d.using());
        if (!single) {
            fromLike.addAll(d.from());
        }
        Ctx inner = block(outer, fromLike);
        List<FromItem> from;
        if (single) {
            Target t = target((TableRef) d.from().get(0), outer);
            inner = inner.shadow(Set.of(), t.rename());
            from = List.of(t.table());
        } else {
            from = fromItems(d.from(), inner);
        }
        With with = d.with() == null ? null : (With) rw(d.with(), outer);
        return new Delete(with, d.modifiers(), d.targets(), from, fromItems(d.using(), inner), expr(d.where(), inner),
                map(d.orderBy(), inner, OrderItem.class), limit(d.limit(), inner), map(d.returning(), inner, SelectItem.class),
                d.comments());
    }

    private List<FromItem> fromItems(List<FromItem> items, Ctx ctx) {
        List<FromItem> out = new ArrayList<>(items.size());
        for (FromItem f : items) {
            out.add(from(f, ctx));
        }
        return out;
    }

    private Expression expr(Expression e, Ctx ctx) {
        return e == null ? null : (Expression) rw(e, ctx);
    }

    private Limit limit(Limit l, Ctx ctx) {
        return l == null ? null : (Limit) rw(l, ctx);
    }

    private <T extends Node> List<T> map(List<T> nodes, Ctx ctx, Class<T> type) {
        List<T> out = new ArrayList<>(nodes.size());
        for (T n : nodes) {
            out.add(type.cast(rw(n, ctx)));
        }
        return out;
    }

    /** Whether any name in the statement would change (cheap check for the fast path). */
    boolean isIdentity() {
        return physical.isEmpty();
    }
}
