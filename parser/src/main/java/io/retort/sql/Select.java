package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * A query specification {@code SELECT ... FROM ... WHERE ...} with its own ORDER BY, LIMIT and locking clauses. {@code
 * modifiers} are MySQL's upper-case select options ({@code SQL_CALC_FOUND_ROWS}, {@code HIGH_PRIORITY}, {@code
 * STRAIGHT_JOIN}, ...). {@code distinctOn} is PostgreSQL's {@code DISTINCT ON (...)} ({@code distinct} is then true).
 * {@code withRollup} is MySQL's {@code GROUP BY ... WITH ROLLUP}.
 */
public record Select(With with, List<String> modifiers, boolean distinct, List<Expression> distinctOn,
        List<SelectItem> items, Into into, List<FromItem> from, Expression where, List<Expression> groupBy,
        boolean withRollup, Expression having, List<NamedWindow> windows, List<OrderItem> orderBy, Limit limit,
        List<LockClause> locks, Comments comments) implements Query {

    public Select {
        modifiers = List.copyOf(modifiers);
        distinctOn = List.copyOf(distinctOn);
        items = List.copyOf(items);
        from = List.copyOf(from);
        groupBy = List.copyOf(groupBy);
        windows = List.copyOf(windows);
        orderBy = List.copyOf(orderBy);
        locks = List.copyOf(locks);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public Select withComments(Comments comments) {
        return new Select(with, modifiers, distinct, distinctOn, items, into, from, where, groupBy, withRollup, having,
                windows, orderBy, limit, locks, comments);
    }

    /** An empty SELECT with these items; the Core API's {@link Sql#select} starts here. */
    static Select of(List<SelectItem> items, boolean distinct) {
        return new Select(null, List.of(), distinct, List.of(), items, null, List.of(), null, List.of(), false, null,
                List.of(), List.of(), null, List.of(), Comments.NONE);
    }

    /** This query with {@code sources} appended to its FROM list. */
    public Select from(FromSource... sources) {
        List<FromItem> list = new java.util.ArrayList<>(from);
        for (FromSource s : sources) {
            list.add(s.toFromItem());
        }
        return new Select(with, modifiers, distinct, distinctOn, items, into, list, where, groupBy, withRollup, having,
                windows, orderBy, limit, locks, comments);
    }

    /** This query with its last FROM item joined to {@code right} (SQLAlchemy's {@code select.join}). */
    public Select join(FromSource right, Expression on) {
        return replaceLastFrom(last -> last.join(right, on));
    }

    /** This query with its last FROM item left-joined to {@code right}. */
    public Select leftJoin(FromSource right, Expression on) {
        return replaceLastFrom(last -> last.leftJoin(right, on));
    }

    private Select replaceLastFrom(java.util.function.UnaryOperator<FromItem> fn) {
        if (from.isEmpty()) {
            throw new IllegalStateException("join needs a FROM item to join to; call from(...) first");
        }
        List<FromItem> list = new java.util.ArrayList<>(from);
        list.set(list.size() - 1, fn.apply(list.get(list.size() - 1)));
        return new Select(with, modifiers, distinct, distinctOn, items, into, list, where, groupBy, withRollup, having,
                windows, orderBy, limit, locks, comments);
    }

    /** This query with {@code condition} added to WHERE (AND-ed to an existing condition). */
    public Select where(Expression condition) {
        Expression w = where == null ? condition : new BinaryOp(where, BinaryOperator.AND, condition);
        return new Select(with, modifiers, distinct, distinctOn, items, into, from, w, groupBy, withRollup, having,
                windows, orderBy, limit, locks, comments);
    }

    public Select groupBy(Expression... expressions) {
        return new Select(with, modifiers, distinct, distinctOn, items, into, from, where,
                Sql.appendAll(groupBy, expressions), withRollup, having, windows, orderBy, limit, locks, comments);
    }

    /** This query with {@code condition} added to HAVING (AND-ed to an existing condition). */
    public Select having(Expression condition) {
        Expression h = having == null ? condition : new BinaryOp(having, BinaryOperator.AND, condition);
        return new Select(with, modifiers, distinct, distinctOn, items, into, from, where, groupBy, withRollup, h,
                windows, orderBy, limit, locks, comments);
    }

    public Select orderBy(Sortable... items) {
        List<OrderItem> list = new java.util.ArrayList<>(orderBy);
        list.addAll(Sql.orderItems(items));
        return new Select(with, modifiers, distinct, distinctOn, this.items, into, from, where, groupBy, withRollup,
                having, windows, list, limit, locks, comments);
    }

    /** {@code LIMIT count}; a number becomes a literal, an expression (e.g. a parameter) stays. */
    public Select limit(Object count) {
        Limit l = new Limit(Sql.rowCount(count), limit == null ? null : limit.offset(), limit != null && limit.withTies());
        return withLimit(l);
    }

    /** {@code OFFSET offset}. */
    public Select offset(Object offset) {
        Limit l = new Limit(limit == null ? null : limit.count(), Sql.rowCount(offset), limit != null && limit.withTies());
        return withLimit(l);
    }

    public Select withLimit(Limit limit) {
        return new Select(with, modifiers, distinct, distinctOn, items, into, from, where, groupBy, withRollup, having,
                windows, orderBy, limit, locks, comments);
    }

    /** {@code FOR UPDATE}. */
    public Select forUpdate() {
        return lock(new LockClause(LockStrength.UPDATE, List.of(), null));
    }

    /** {@code FOR SHARE}. */
    public Select forShare() {
        return lock(new LockClause(LockStrength.SHARE, List.of(), null));
    }

    public Select lock(LockClause lock) {
        return new Select(with, modifiers, distinct, distinctOn, items, into, from, where, groupBy, withRollup, having,
                windows, orderBy, limit, Sql.append(locks, lock), comments);
    }

    /** This query with a WITH clause. */
    public Select with(With with) {
        return new Select(with, modifiers, distinct, distinctOn, items, into, from, where, groupBy, withRollup, having,
                windows, orderBy, limit, locks, comments);
    }

    /** PostgreSQL's {@code SELECT DISTINCT ON (expressions)}. */
    public Select distinctOn(Expression... expressions) {
        return new Select(with, modifiers, true, List.of(expressions), items, into, from, where, groupBy, withRollup,
                having, windows, orderBy, limit, locks, comments);
    }

    /** {@code WINDOW name AS (spec)}. */
    public Select window(String name, WindowSpec spec) {
        return new Select(with, modifiers, distinct, distinctOn, items, into, from, where, groupBy, withRollup, having,
                Sql.append(windows, new NamedWindow(Identifier.of(name), spec)), orderBy, limit, locks, comments);
    }
}
