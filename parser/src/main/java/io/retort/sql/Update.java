package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * UPDATE. {@code tables} holds the target and, for MySQL's multi-table form, the joined tables; {@code from} is
 * PostgreSQL's {@code FROM}; {@code orderBy}/{@code limit} are MySQL's.
 */
public record Update(With with, List<String> modifiers, List<FromItem> tables, List<Assignment> set,
        List<FromItem> from, Expression where, List<OrderItem> orderBy, Limit limit, List<SelectItem> returning,
        Comments comments) implements Statement {

    public Update {
        modifiers = List.copyOf(modifiers);
        tables = List.copyOf(tables);
        set = List.copyOf(set);
        from = List.copyOf(from);
        orderBy = List.copyOf(orderBy);
        returning = List.copyOf(returning);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public Update withComments(Comments comments) {
        return new Update(with, modifiers, tables, set, from, where, orderBy, limit, returning, comments);
    }

    /** {@code UPDATE table} with no assignments yet. */
    static Update of(FromItem table) {
        return new Update(null, List.of(), List.of(table), List.of(), List.of(), null, List.of(), null, List.of(),
                Comments.NONE);
    }

    /** This UPDATE with one more assignment {@code column = value}. */
    public Update set(String column, Object value) {
        return set(Sql.set(column, value));
    }

    public Update set(Assignment assignment) {
        return new Update(with, modifiers, tables, Sql.append(set, assignment), from, where, orderBy, limit, returning,
                comments);
    }

    /** This UPDATE with {@code condition} added to WHERE (AND-ed). */
    public Update where(Expression condition) {
        Expression w = where == null ? condition : new BinaryOp(where, BinaryOperator.AND, condition);
        return new Update(with, modifiers, tables, set, from, w, orderBy, limit, returning, comments);
    }

    /** PostgreSQL's {@code UPDATE ... FROM sources}. */
    public Update from(FromSource... sources) {
        List<FromItem> list = new java.util.ArrayList<>(from);
        for (FromSource s : sources) {
            list.add(s.toFromItem());
        }
        return new Update(with, modifiers, tables, set, list, where, orderBy, limit, returning, comments);
    }

    public Update returning(Selectable... items) {
        return new Update(with, modifiers, tables, set, from, where, orderBy, limit, Sql.items(items), comments);
    }

    /** MySQL's {@code ORDER BY} on UPDATE. */
    public Update orderBy(Sortable... items) {
        return new Update(with, modifiers, tables, set, from, where, Sql.orderItems(items), limit, returning, comments);
    }

    /** MySQL's {@code LIMIT} on UPDATE. */
    public Update limit(Object count) {
        return new Update(with, modifiers, tables, set, from, where, orderBy, new Limit(Sql.rowCount(count), null,
                false),
                returning, comments);
    }

    public Update with(With with) {
        return new Update(with, modifiers, tables, set, from, where, orderBy, limit, returning, comments);
    }
}
