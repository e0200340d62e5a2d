package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.Capability;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Where NULLs sort. PostgreSQL and Oracle put NULL after every value in ascending order; MySQL,
 * MariaDB, SQLite, H2 and SQL Server put it first. When source and target disagree, each ORDER BY item
 * that may be NULL gets the source's order explicitly: {@code NULLS FIRST/LAST} where the target has it,
 * else a leading {@code x IS NULL} key (MySQL) or {@code CASE WHEN x IS NULL THEN 1 ELSE 0 END} (SQL
 * Server). Items known not to be NULL (literals, COUNT, NOT NULL columns with schema information) are
 * left alone. A set operation's ORDER BY is moved onto a derived table where an expression is needed.
 */
final class NullOrdering implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.withinMySqlFamily()) {
            return statement; // the same SQL
        }
        if (t.sourceFamily == SqlDialect.ANSI || t.source(Capability.NULLS_SORT_HIGH) == t.target(Capability.NULLS_SORT_HIGH)) {
            return statement;
        }
        boolean high = t.source(Capability.NULLS_SORT_HIGH);
        return statement.transform(n -> switch (n) {
            case Select s when !s.orderBy().isEmpty() -> {
                List<OrderItem> items = order(s.orderBy(), high, s.items(), t);
                yield items == s.orderBy() ? s : new Select(s.with(), s.modifiers(), s.distinct(), s.distinctOn(), s.items(),
                        s.into(), s.from(), s.where(), s.groupBy(), s.withRollup(), s.having(), s.windows(), items,
                        s.limit(), s.locks(), s.comments());
            }
            case SetOperation s when !s.orderBy().isEmpty() -> setOperation(s, high, t);
            case WindowSpec w when !w.orderBy().isEmpty() -> {
                List<OrderItem> items = order(w.orderBy(), high, List.of(), t);
                yield items == w.orderBy() ? w : new WindowSpec(w.base(), w.partitionBy(), items, w.frame());
            }
            case FunctionCall f when !f.orderBy().isEmpty() || !f.withinGroup().isEmpty() -> {
                List<OrderItem> inside = order(f.orderBy(), high, List.of(), t);
                List<OrderItem> within = order(f.withinGroup(), high, List.of(), t);
                yield inside == f.orderBy() && within == f.withinGroup() ? f : new FunctionCall(f.name(), f.arguments(),
                        f.distinct(), inside, f.separator(), within, f.filter(), f.over());
            }
            default -> n;
        });
    }

    /** The items with the source's NULL order made explicit; the same list when nothing changes. */
    private static List<OrderItem> order(List<OrderItem> items, boolean high, List<SelectItem> select, Translation t) {
        return order(items, high, select, null, t);
    }

    /** With {@code compound} set, the items order that set operation's output columns. */
    private static List<OrderItem> order(List<OrderItem> given, boolean high, List<SelectItem> select,
            SetOperation compound, Translation t) {
        List<OrderItem> items = t.target(Capability.SUPPORTS_NULLS_ORDERING) ? foldIdiom(given) : given;
        List<OrderItem> out = new ArrayList<>();
        boolean changed = items != given;
        for (OrderItem item : items) {
            Expression e = item.expression();
            boolean nullable = compound != null ? compoundMayBeNull(e, compound, t) : mayBeNull(e, select, t);
            if (item.nulls() != null || !nullable) {
                out.add(item);
                continue;
            }
            boolean descending = item.order() == SortOrder.DESC;
            // Ascending: NULLs last when NULL sorts high; descending reverses it.
            boolean nullsLast = high != descending;
            changed = true;
            if (t.target(Capability.SUPPORTS_NULLS_ORDERING)) {
                out.add(new OrderItem(e, item.order(), nullsLast ? NullOrder.LAST : NullOrder.FIRST));
                continue;
            }
            Expression key = compound != null ? e : resolve(e, select);
            Expression isNull = t.targetIsMySql() ? new IsNull(key, false)
                    : when(new IsNull(key, false), number(1), number(0));
            out.add(new OrderItem(isNull, nullsLast ? null : SortOrder.DESC, null));
            out.add(item);
        }
        return changed ? out : given;
    }

    /** Whether the compound's output column {@code e} may be NULL in any of its branches. */
    private static boolean compoundMayBeNull(Expression e, Query q, Translation t) {
        return switch (q) {
            case SetOperation s -> compoundMayBeNull(e, s.left(), t) || compoundMayBeNull(e, s.right(), t);
            case Select s -> {
                Expression item = null;
                Long ordinal = integerValue(e);
                if (ordinal != null && ordinal >= 1 && ordinal <= s.items().size()) {
                    item = s.items().get((int) (ordinal - 1)).expression();
                } else if (e instanceof ColumnRef c && c.qualifier() == null) {
                    for (SelectItem i : s.items()) {
                        if (i.alias() != null ? i.alias().matches(c.column())
                                : i.expression() instanceof ColumnRef r && r.column().matches(c.column())) {
                            item = i.expression();
                            break;
                        }
                    }
                }
                yield item == null || t.types.nullable(item);
            }
            case Values v -> true;
        };
    }

    private static boolean mayBeNull(Expression e, List<SelectItem> select, Translation t) {
        Expression resolved = resolve(e, select);
        return !(resolved instanceof NumberLiteral) && t.types.nullable(resolved);
    }

    /**
     * An ORDER BY ordinal ({@code ORDER BY 2}) or select-list alias is the expression it names (MariaDB
     * refuses an alias of an aggregate inside an expression such as {@code n IS NULL}).
     */
    private static Expression resolve(Expression e, List<SelectItem> select) {
        Long ordinal = integerValue(e);
        if (ordinal != null && ordinal >= 1 && ordinal <= select.size() && e instanceof NumberLiteral) {
            return select.get((int) (ordinal - 1)).expression();
        }
        if (e instanceof ColumnRef c && c.qualifier() == null) {
            for (SelectItem item : select) {
                if (item.alias() != null && item.alias().matches(c.column())) {
                    return item.expression();
                }
            }
        }
        return e;
    }

    /**
     * MySQL's idiom for NULLs last, {@code x IS NULL, x} (and {@code x IS NULL DESC, x DESC} for NULLs
     * first), as the single item {@code x NULLS LAST} where the target can say that (PostgreSQL refuses
     * the idiom under SELECT DISTINCT).
     */
    private static List<OrderItem> foldIdiom(List<OrderItem> items) {
        List<OrderItem> out = null;
        for (int i = 0; i < items.size(); i++) {
            OrderItem item = items.get(i);
            if (i + 1 < items.size() && item.nulls() == null && item.expression() instanceof IsNull n && !n.negated()
                    && items.get(i + 1).expression().equals(n.operand()) && items.get(i + 1).nulls() == null
                    && (item.order() == SortOrder.DESC) == (items.get(i + 1).order() == SortOrder.DESC)) {
                if (out == null) {
                    out = new ArrayList<>(items.subList(0, i));
                }
                OrderItem next = items.get(i + 1);
                out.add(new OrderItem(next.expression(), next.order(),
                        item.order() == SortOrder.DESC ? NullOrder.FIRST : NullOrder.LAST));
                i++;
            } else if (out != null) {
                out.add(item);
            }
        }
        return out == null ? items : out;
    }

    private static Query setOperation(SetOperation s, boolean high, Translation t) {
        List<OrderItem> items = order(s.orderBy(), high, null, s, t);
        if (items == s.orderBy()) {
            return s;
        }
        if (t.target(Capability.SUPPORTS_NULLS_ORDERING)) {
            return new SetOperation(s.with(), s.operator(), s.all(), s.left(), s.right(), items, s.limit(), s.comments());
        }
        // Expressions on a compound's columns: order the compound as a derived table.
        SetOperation inner = new SetOperation(null, s.operator(), s.all(), s.left(), s.right(), List.of(), null,
                Comments.NONE);
        return new Select(s.with(), List.of(), false, List.of(), List.of(new SelectItem(new Star(null), null)), null,
                List.of(new DerivedTable(inner, Identifier.of("ordered"), List.of(), false)), null, List.of(), false, null,
                List.of(), items, s.limit(), List.of(), s.comments());
    }
}
