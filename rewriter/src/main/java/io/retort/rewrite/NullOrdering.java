package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.Capability;
import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Where NULLs sort. PostgreSQL and Oracle put NULL after every value in ascending order; MySQL,
 * MariaDB, SQLite, H2 and SQL Server put it first. When source and target disagree, each ORDER BY item
 * that may be NULL gets the source's order explicitly: {@code NULLS FIRST/LAST} where the target has it,
 * else a leading {@code x IS NULL} key (MySQL) or {@code CASE WHEN x IS NULL THEN 1 ELSE 0 END} (SQL
 * Server). An explicit {@code NULLS FIRST/LAST} is emulated the same way where the target cannot say it
 * (and left out where the target's own order already is the one asked for); in window and aggregate
 * ORDER BY too, except for a RANGE frame with an offset, which needs its single key. Items known not to be
 * NULL (literals, COUNT, NOT NULL columns with schema information) are left alone. A set operation's
 * ORDER BY is moved onto a derived table where an expression is needed.
 */
final class NullOrdering implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.withinMySqlFamily()) {
            return statement; // the same SQL
        }
        boolean differ = t.sourceFamily != SqlDialect.ANSI
                && t.source(Capability.NULLS_SORT_HIGH) != t.target(Capability.NULLS_SORT_HIGH);
        if (!differ && t.target(Capability.SUPPORTS_NULLS_ORDERING)) {
            return statement; // explicit NULLS FIRST/LAST stay as written
        }
        // high: where NULLs sort by default in the source; null when the defaults agree (only explicit
        // NULLS FIRST/LAST then need anything)
        Boolean high = differ ? t.source(Capability.NULLS_SORT_HIGH) : null;
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
                if (items.size() > w.orderBy().size() && rangeWithOffset(w.frame())) {
                    throw new UnsupportedConstruct("NULLS FIRST/LAST in a window with a RANGE frame of an offset",
                            t.target.productName() + " orders it by its single key, where NULLs sort "
                                    + (t.target(Capability.NULLS_SORT_HIGH) ? "last" : "first")
                                    + "; use ROWS, or COALESCE the key");
                }
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

    private static boolean rangeWithOffset(WindowFrame frame) {
        return frame != null && frame.unit() == FrameUnit.RANGE && (offset(frame.start()) || offset(frame.end()));
    }

    private static boolean offset(FrameBound bound) {
        return bound != null && bound.offset() != null;
    }

    /** The items with the source's NULL order made explicit; the same list when nothing changes. */
    private static List<OrderItem> order(List<OrderItem> items, Boolean high, List<SelectItem> select, Translation t) {
        return order(items, high, select, null, t);
    }

    /** With {@code compound} set, the items order that set operation's output columns. */
    private static List<OrderItem> order(List<OrderItem> given, Boolean high, List<SelectItem> select,
            SetOperation compound, Translation t) {
        boolean native_ = t.target(Capability.SUPPORTS_NULLS_ORDERING);
        List<OrderItem> items = native_ && high != null ? foldIdiom(given) : given;
        List<OrderItem> out = new ArrayList<>();
        boolean changed = items != given;
        for (OrderItem item : items) {
            Expression e = item.expression();
            boolean descending = item.order() == SortOrder.DESC;
            boolean nullsLast;
            if (item.nulls() != null) {
                if (native_) {
                    out.add(item);
                    continue;
                }
                nullsLast = item.nulls() == NullOrder.LAST;
                changed = true;
                boolean nullable = compound != null ? compoundMayBeNull(e, compound, t) : mayBeNull(e, select, t);
                // Ascending, the target puts NULLs last when they sort high there; descending reverses it.
                boolean targetLast = t.target(Capability.NULLS_SORT_HIGH) != descending;
                if (!nullable || nullsLast == targetLast) {
                    out.add(new OrderItem(e, item.order(), null));
                    continue;
                }
            } else {
                if (high == null || !(compound != null ? compoundMayBeNull(e, compound, t) : mayBeNull(e, select, t))) {
                    out.add(item);
                    continue;
                }
                // Ascending: NULLs last when NULL sorts high in the source; descending reverses it.
                nullsLast = high != descending;
                changed = true;
                if (native_) {
                    out.add(new OrderItem(e, item.order(), nullsLast ? NullOrder.LAST : NullOrder.FIRST));
                    continue;
                }
            }
            Expression key = compound != null ? e : resolve(e, select);
            Expression isNull = t.targetIsMySql() ? new IsNull(key, false)
                    : when(new IsNull(key, false), number(1), number(0));
            out.add(new OrderItem(isNull, nullsLast ? null : SortOrder.DESC, null));
            out.add(new OrderItem(e, item.order(), null));
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

    private static Query setOperation(SetOperation s, Boolean high, Translation t) {
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
