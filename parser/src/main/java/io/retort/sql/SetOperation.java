package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * {@code left UNION | INTERSECT | EXCEPT [ALL] right} with the ORDER BY, LIMIT and locks that apply to the combined
 * result. Chains nest to the left; INTERSECT binds tighter than UNION and EXCEPT.
 */
public record SetOperation(With with, SetOperator operator, boolean all, Query left, Query right,
        List<OrderItem> orderBy, Limit limit, Comments comments) implements Query {

    public SetOperation {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        orderBy = List.copyOf(orderBy);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public SetOperation withComments(Comments comments) {
        return new SetOperation(with, operator, all, left, right, orderBy, limit, comments);
    }

    /** {@code left op [ALL] right} without ORDER BY or LIMIT. */
    public static SetOperation of(SetOperator operator, boolean all, Query left, Query right) {
        return new SetOperation(null, operator, all, left, right, List.of(), null, Comments.NONE);
    }

    public SetOperation orderBy(Sortable... items) {
        List<OrderItem> list = new java.util.ArrayList<>(orderBy);
        list.addAll(Sql.orderItems(items));
        return new SetOperation(with, operator, all, left, right, list, limit, comments);
    }

    public SetOperation limit(Object count) {
        return new SetOperation(with, operator, all, left, right, orderBy,
                new Limit(Sql.rowCount(count), limit == null ? null : limit.offset(), false), comments);
    }

    public SetOperation offset(Object offset) {
        return new SetOperation(with, operator, all, left, right, orderBy,
                new Limit(limit == null ? null : limit.count(), Sql.rowCount(offset), false), comments);
    }

    public SetOperation with(With with) {
        return new SetOperation(with, operator, all, left, right, orderBy, limit, comments);
    }
}
