package io.retort.sharding.merge;

import io.retort.sharding.route.RouteUnit;
import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.Case;
import io.retort.sql.ColumnRef;
import io.retort.sql.Expression;
import io.retort.sql.FunctionCall;
import io.retort.sql.IsNull;
import io.retort.sql.Limit;
import io.retort.sql.NumberLiteral;
import io.retort.sql.OrderItem;
import io.retort.sql.Parameter;
import io.retort.sql.ParameterKind;
import io.retort.sql.Select;
import io.retort.sql.SelectItem;
import io.retort.sql.WhenClause;
import io.retort.sql.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The extra statements of keyset narrowing, built on one unit's SELECT as model rewrites (never
 * text): its sort keys at a position ({@code LIMIT 1 OFFSET q}), the number of its rows between
 * the bound and each of several candidates ({@code SUM(CASE WHEN ... THEN 1 ELSE 0 END)}, one row),
 * and its rows from the bound on ({@code LIMIT n}). A bound is a tuple of sort key values; the
 * comparison with it follows each key's direction and NULL placement and is written
 * lexicographically ({@code a >= :b1 AND (a > :b1 OR (a = :b1 AND b >= :b2))}), so it needs no
 * row-value support.
 * Values travel as named parameters ({@code retort_keyset_b1}, {@code retort_keyset_c2_1}, ...) in
 * {@link RouteUnit#extraParameters()}.
 */
final class KeysetStatements {

    static final String PARAMETER_PREFIX = "retort_keyset_";

    private final RouteUnit unit;
    private final Select select;
    /** The sort key expressions, with select-list aliases and ordinals replaced by what they name. */
    private final List<Expression> keys;
    private final List<SortKey> order;
    private final List<OrderItem> resolvedOrderBy;
    private final int firstParameterIndex;

    private KeysetStatements(RouteUnit unit, Select select, List<Expression> keys, List<SortKey> order) {
        this.unit = unit;
        this.select = select;
        this.keys = keys;
        this.order = order;
        List<OrderItem> items = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            OrderItem o = select.orderBy().get(i);
            items.add(new OrderItem(keys.get(i), o.order(), o.nulls()));
        }
        this.resolvedOrderBy = items;
        int max = 0;
        for (Parameter p : select.findAll(Parameter.class)) {
            max = Math.max(max, p.index());
        }
        this.firstParameterIndex = max + 1;
    }

    /** Why a unit's statement cannot be narrowed. */
    static final class NotNarrowable extends Exception {
        NotNarrowable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The unit's rewriter. */
    static KeysetStatements of(RouteUnit unit, List<SortKey> order) throws NotNarrowable {
        if (!(unit.statement() instanceof Select s)) {
            throw new NotNarrowable("the physical statement on " + unit.dataSource() + " is not a plain SELECT");
        }
        if (s.distinct() || !s.groupBy().isEmpty() || s.having() != null || !s.locks().isEmpty() || s.into() != null
                || (s.limit() != null && s.limit().withTies())) {
            throw new NotNarrowable("the physical SELECT on " + unit.dataSource()
                    + " has DISTINCT, GROUP BY, HAVING, a locking clause, INTO or WITH TIES");
        }
        if (s.orderBy().size() != order.size()) {
            throw new NotNarrowable("the physical SELECT on " + unit.dataSource() + " has " + s.orderBy().size()
                    + " ORDER BY keys where the merge plan has " + order.size());
        }
        List<Expression> keys = new ArrayList<>();
        for (OrderItem item : s.orderBy()) {
            Expression e = resolve(item.expression(), s.items());
            if (e == null) {
                throw new NotNarrowable("an ORDER BY key on " + unit.dataSource() + " cannot be compared in WHERE: " + item.expression());
            }
            keys.add(e);
        }
        return new KeysetStatements(unit, s, keys, order);
    }

    /**
     * What an ORDER BY expression sorts by, as an expression valid in WHERE: an ordinal or a
     * select-list alias becomes the item's expression; null when it holds a window function or an
     * aggregate (not allowed in WHERE).
     */
    private static Expression resolve(Expression e, List<SelectItem> items) {
        Expression target = e;
        if (e instanceof NumberLiteral n && n.text().matches("[1-9][0-9]*")) {
            int i = Integer.parseInt(n.text());
            if (i > items.size()) {
                return null;
            }
            target = items.get(i - 1).expression();
        } else if (e instanceof ColumnRef c && c.qualifier() == null) {
            for (SelectItem item : items) {
                if (item.alias() != null && item.alias().matches(c.column())) {
                    target = item.expression();
                    break;
                }
            }
        }
        for (FunctionCall f : target.findAll(FunctionCall.class)) {
            String name = f.name().last().text().toUpperCase(java.util.Locale.ROOT);
            if (f.over() != null || f.filter() != null || !f.withinGroup().isEmpty()
                    || List.of("COUNT", "SUM", "AVG", "MIN", "MAX", "STRING_AGG", "GROUP_CONCAT", "ARRAY_AGG").contains(name)) {
                return null;
            }
        }
        return target.findAll(io.retort.sql.Star.class).isEmpty() ? target : null;
    }

    RouteUnit unit() {
        return unit;
    }

    int keyCount() {
        return keys.size();
    }

    /** {@code SELECT <keys> ... WHERE ... [AND row >= bound] ORDER BY <keys> LIMIT 1 OFFSET position}. */
    RouteUnit sample(Object[] bound, long position) {
        List<SelectItem> items = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            items.add(new SelectItem(keys.get(i), io.retort.sql.Identifier.of("retort_k" + (i + 1))));
        }
        Select s = new Select(select.with(), select.modifiers(), false, List.of(), items, null, select.from(),
                fromBound(bound), List.of(), false, null, select.windows(), resolvedOrderBy, Limit.of(1, position),
                List.of(), select.comments());
        return unitFor(s, bound, List.of());
    }

    /**
     * {@code SELECT SUM(CASE WHEN row < c1 THEN 1 ELSE 0 END), ... FROM ... WHERE ... [AND row >= bound]}:
     * for each candidate, how many of the unit's rows lie between the bound and it, in one row.
     */
    RouteUnit countBefore(Object[] bound, List<Object[]> candidates) {
        List<SelectItem> items = new ArrayList<>();
        for (int j = 0; j < candidates.size(); j++) {
            int candidate = j;
            Expression before = before(0, new Tuple(candidates.get(j), k -> candidateName(candidate, k)));
            Expression one = before == TRUE ? Sql.number(1)
                    : new Case(null, List.of(new WhenClause(written(before), Sql.number(1))), Sql.number(0));
            items.add(new SelectItem(Sql.sum(one), io.retort.sql.Identifier.of("retort_n" + (j + 1))));
        }
        Select s = new Select(select.with(), select.modifiers(), false, List.of(), items, null, select.from(),
                fromBound(bound), List.of(), false, null, List.of(), List.of(), null, List.of(), select.comments());
        return unitFor(s, bound, candidates);
    }

    /** The unit's own query, {@code WHERE ... [AND row >= bound]}, its LIMIT replaced by {@code fetch} (-1: none). */
    RouteUnit page(Object[] bound, long fetch) {
        Select s = select.withLimit(fetch < 0 ? null : Limit.of(fetch, null));
        s = new Select(s.with(), s.modifiers(), s.distinct(), s.distinctOn(), s.items(), s.into(), s.from(), fromBound(bound),
                s.groupBy(), s.withRollup(), s.having(), s.windows(), s.orderBy(), s.limit(), s.locks(), s.comments());
        return unitFor(s, bound, List.of());
    }

    /** The unit's WHERE, and the rows at or after the bound when there is one. */
    private Expression fromBound(Object[] bound) {
        if (bound == null) {
            return select.where();
        }
        Expression condition = atOrAfter(0, new Tuple(bound, KeysetStatements::boundName));
        if (condition == TRUE) {
            return select.where();
        }
        condition = written(condition);
        return select.where() == null ? condition : new BinaryOp(select.where(), BinaryOperator.AND, condition);
    }

    private RouteUnit unitFor(Select statement, Object[] bound, List<Object[]> candidates) {
        Map<String, Object> extra = new HashMap<>(unit.extraParameters());
        for (int k = 0; bound != null && k < bound.length; k++) {
            extra.put(boundName(k), bound[k]);
        }
        for (int j = 0; j < candidates.size(); j++) {
            for (int k = 0; k < candidates.get(j).length; k++) {
                extra.put(candidateName(j, k), candidates.get(j)[k]);
            }
        }
        return new RouteUnit(unit.dataSource(), statement, unit.nodes(), extra);
    }

    // ---------------------------------------------------------------- comparisons with a key tuple

    /** {@code retort_keyset_b<k>}: key k of the current bound. */
    static String boundName(int k) {
        return PARAMETER_PREFIX + "b" + (k + 1);
    }

    /** {@code retort_keyset_c<j>_<k>}: key k of candidate bound j. */
    static String candidateName(int j, int k) {
        return PARAMETER_PREFIX + "c" + (j + 1) + "_" + (k + 1);
    }

    private Parameter parameter(String name) {
        // a stable index per name, after the application's own parameters
        int slot;
        if (name.startsWith(PARAMETER_PREFIX + "b")) {
            slot = Integer.parseInt(name.substring(PARAMETER_PREFIX.length() + 1)) - 1;
        } else {
            String[] jk = name.substring(PARAMETER_PREFIX.length() + 1).split("_");
            slot = keys.size() * Integer.parseInt(jk[0]) + Integer.parseInt(jk[1]) - 1;
        }
        return new Parameter(ParameterKind.NAMED, firstParameterIndex + slot, name);
    }

    /** A tuple of sort key values (a bound or a candidate) and the names of their parameters. */
    private record Tuple(Object[] values, IntFunction<String> names) {
    }

    /**
     * Rows sorting at or after the tuple, from key {@code k} on (keys before k equal the tuple's):
     * {@code a >= :a AND (a > :a OR (a = :a AND <rest>))}, the last key simply {@code z >= :z}. The
     * leading range is implied by the rest; it is there so that databases scan an index range.
     */
    private Expression atOrAfter(int k, Tuple t) {
        if (k + 1 == keys.size()) {
            return compare(k, t, true, true);
        }
        return and(compare(k, t, true, true), or(compare(k, t, true, false), and(equal(k, t), atOrAfter(k + 1, t))));
    }

    /** Rows sorting strictly before the tuple, from key {@code k} on: {@code a <= :a AND (a < :a OR (a = :a AND <rest>))}. */
    private Expression before(int k, Tuple t) {
        if (k + 1 == keys.size()) {
            return compare(k, t, false, false);
        }
        return and(compare(k, t, false, true), or(compare(k, t, false, false), and(equal(k, t), before(k + 1, t))));
    }

    private Expression equal(int k, Tuple t) {
        if (t.values()[k] == null) {
            return new IsNull(keys.get(k), false);
        }
        return new BinaryOp(keys.get(k), BinaryOperator.EQUALS, parameter(t.names().apply(k)));
    }

    /**
     * Key {@code k} after (or before) the tuple's value in its own direction and NULL placement,
     * strictly or not. NULLs sort after every value with NULLS LAST and before every value with
     * NULLS FIRST; a NULL in the tuple compares by that placement alone.
     */
    private Expression compare(int k, Tuple t, boolean after, boolean inclusive) {
        SortKey key = order.get(k);
        Expression column = keys.get(k);
        boolean nullsOnThisSide = after ? !key.nullsFirst() : key.nullsFirst();
        if (t.values()[k] == null) {
            // the tuple's value is the NULL end: beyond it lie only NULLs (when inclusive) or nothing;
            // the other way lies everything (when inclusive) or every non-NULL value
            if (nullsOnThisSide) {
                return inclusive ? new IsNull(column, false) : FALSE;
            }
            return inclusive ? TRUE : new IsNull(column, true);
        }
        boolean greater = after != key.descending();
        BinaryOperator op = greater ? (inclusive ? BinaryOperator.GREATER_OR_EQUAL : BinaryOperator.GREATER_THAN)
                : (inclusive ? BinaryOperator.LESS_OR_EQUAL : BinaryOperator.LESS_THAN);
        Expression comparison = new BinaryOp(column, op, parameter(t.names().apply(k)));
        return nullsOnThisSide ? or(comparison, new IsNull(column, false)) : comparison;
    }

    // TRUE and FALSE are folded away by and/or; a condition that stays FALSE is written 1 = 0 (every
    // database reads that, unlike a boolean literal), one that stays TRUE adds nothing to WHERE.
    private static final Expression TRUE = Sql.TRUE;
    private static final Expression FALSE = Sql.FALSE;

    private static Expression written(Expression condition) {
        return condition == FALSE ? new BinaryOp(Sql.number(1), BinaryOperator.EQUALS, Sql.number(0)) : condition;
    }

    private static Expression or(Expression a, Expression b) {
        if (a == TRUE || b == TRUE) {
            return TRUE;
        }
        return a == FALSE ? b : b == FALSE ? a : new BinaryOp(a, BinaryOperator.OR, b);
    }

    private static Expression and(Expression a, Expression b) {
        if (a == FALSE || b == FALSE) {
            return FALSE;
        }
        return a == TRUE ? b : b == TRUE ? a : new BinaryOp(a, BinaryOperator.AND, b);
    }
}
