package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * DELETE. The single-table form has {@code from} = [target] and empty {@code targets}; MySQL's multi-table forms {@code
 * DELETE t1, t2 FROM ...} and {@code DELETE FROM t1, t2 USING ...} put the deleted tables in {@code targets};
 * PostgreSQL's {@code USING} is {@code using}.
 */
public record Delete(With with, List<String> modifiers, List<Name> targets, List<FromItem> from, List<FromItem> using,
        Expression where, List<OrderItem> orderBy, Limit limit, List<SelectItem> returning,
        Comments comments) implements Statement {

    public Delete {
        modifiers = List.copyOf(modifiers);
        targets = List.copyOf(targets);
        from = List.copyOf(from);
        using = List.copyOf(using);
        orderBy = List.copyOf(orderBy);
        returning = List.copyOf(returning);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public Delete withComments(Comments comments) {
        return new Delete(with, modifiers, targets, from, using, where, orderBy, limit, returning, comments);
    }

    /** {@code DELETE FROM table}. */
    static Delete from(FromItem table) {
        return new Delete(null, List.of(), List.of(), List.of(table), List.of(), null, List.of(), null, List.of(),
                Comments.NONE);
    }

    /** This DELETE with {@code condition} added to WHERE (AND-ed). */
    public Delete where(Expression condition) {
        Expression w = where == null ? condition : new BinaryOp(where, BinaryOperator.AND, condition);
        return new Delete(with, modifiers, targets, from, using, w, orderBy, limit, returning, comments);
    }

    /** PostgreSQL's {@code USING sources}. */
    public Delete using(FromSource... sources) {
        List<FromItem> list = new java.util.ArrayList<>(using);
        for (FromSource s : sources) {
            list.add(s.toFromItem());
        }
        return new Delete(with, modifiers, targets, from, list, where, orderBy, limit, returning, comments);
    }

    public Delete returning(Selectable... items) {
        return new Delete(with, modifiers, targets, from, using, where, orderBy, limit, Sql.items(items), comments);
    }

    public Delete orderBy(Sortable... items) {
        return new Delete(with, modifiers, targets, from, using, where, Sql.orderItems(items), limit, returning,
                comments);
    }

    public Delete limit(Object count) {
        return new Delete(with, modifiers, targets, from, using, where, orderBy, new Limit(Sql.rowCount(count), null,
                false),
                returning, comments);
    }

    public Delete with(With with) {
        return new Delete(with, modifiers, targets, from, using, where, orderBy, limit, returning, comments);
    }
}
