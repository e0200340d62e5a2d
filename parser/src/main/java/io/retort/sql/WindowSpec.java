package io.retort.sql;

import java.util.List;

/**
 * An inline window {@code OVER ([base] [PARTITION BY ...] [ORDER BY ...] [frame])}, also the body of a named window.
 */
public record WindowSpec(Identifier base, List<Expression> partitionBy, List<OrderItem> orderBy,
        WindowFrame frame) implements Window {

    public WindowSpec {
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
    }

    public WindowSpec partitionBy(Expression... expressions) {
        return new WindowSpec(base, Sql.appendAll(partitionBy, expressions), orderBy, frame);
    }

    public WindowSpec orderBy(Sortable... items) {
        List<OrderItem> list = new java.util.ArrayList<>(orderBy);
        list.addAll(Sql.orderItems(items));
        return new WindowSpec(base, partitionBy, list, frame);
    }

    /** {@code ROWS BETWEEN start AND end}. */
    public WindowSpec rowsBetween(FrameBound start, FrameBound end) {
        return new WindowSpec(base, partitionBy, orderBy, new WindowFrame(FrameUnit.ROWS, start, end, null));
    }

    /** {@code RANGE BETWEEN start AND end}. */
    public WindowSpec rangeBetween(FrameBound start, FrameBound end) {
        return new WindowSpec(base, partitionBy, orderBy, new WindowFrame(FrameUnit.RANGE, start, end, null));
    }
}
