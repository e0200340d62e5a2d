package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * A VALUES list, as a statement ({@code VALUES (1, 2), (3, 4)}; MySQL's {@code VALUES ROW(1, 2)}), a derived table, or
 * the rows of an INSERT.
 */
public record Values(With with, List<RowValue> rows, List<OrderItem> orderBy, Limit limit,
        Comments comments) implements Query {

    public Values {
        rows = List.copyOf(rows);
        orderBy = List.copyOf(orderBy);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public Values withComments(Comments comments) {
        return new Values(with, rows, orderBy, limit, comments);
    }

    /** This VALUES list with one more row. */
    public Values row(Object... values) {
        return new Values(with, Sql.append(rows, Sql.row(values)), orderBy, limit, comments);
    }
}
