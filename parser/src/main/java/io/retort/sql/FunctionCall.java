package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * A function call, including aggregates and window functions: {@code name([DISTINCT] args [ORDER BY ...] [SEPARATOR s])
 * [WITHIN GROUP (ORDER BY ...)] [FILTER (WHERE ...)] [OVER ...]}. {@code COUNT(*)} has a single {@link Star} argument.
 * Optional parts are null or empty.
 */
public record FunctionCall(Name name, List<Expression> arguments, boolean distinct, List<OrderItem> orderBy,
        Expression separator, List<OrderItem> withinGroup, Expression filter, Window over) implements Expression {

    public FunctionCall {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
        orderBy = List.copyOf(orderBy);
        withinGroup = List.copyOf(withinGroup);
    }

    /** A plain call {@code name(arguments)}. */
    public static FunctionCall of(Name name, List<Expression> arguments) {
        return new FunctionCall(name, arguments, false, List.of(), null, List.of(), null, null);
    }

    public FunctionCall withDistinct(boolean distinct) {
        return new FunctionCall(name, arguments, distinct, orderBy, separator, withinGroup, filter, over);
    }

    /** This call as a window function {@code OVER window}. */
    public FunctionCall over(Window window) {
        return new FunctionCall(name, arguments, distinct, orderBy, separator, withinGroup, filter, window);
    }

    /** {@code FILTER (WHERE condition)}. */
    public FunctionCall filter(Expression condition) {
        return new FunctionCall(name, arguments, distinct, orderBy, separator, withinGroup, condition, over);
    }

    /** {@code ORDER BY} inside the call, e.g. {@code string_agg(x, ',' ORDER BY x)}. */
    public FunctionCall orderBy(Sortable... items) {
        return new FunctionCall(name, arguments, distinct, Sql.orderItems(items), separator, withinGroup, filter, over);
    }

    /** {@code WITHIN GROUP (ORDER BY ...)}. */
    public FunctionCall withinGroup(Sortable... items) {
        return new FunctionCall(name, arguments, distinct, orderBy, separator, Sql.orderItems(items), filter, over);
    }

    /** MySQL's GROUP_CONCAT {@code SEPARATOR s}. */
    public FunctionCall separator(String separator) {
        return new FunctionCall(name, arguments, distinct, orderBy, new StringLiteral(separator, null), withinGroup,
                filter,
                over);
    }
}
