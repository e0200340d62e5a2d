package io.retort.sharding.merge;

import java.util.Objects;

/**
 * A column whose value the merge computes instead of reading it from the shards. The shards
 * return a placeholder in its place (typed and labelled like the expression, so the result's
 * metadata stays the database's), and the merger replaces it by {@code expression}'s value over the
 * merged row — after HAVING, and only when the row is read.
 *
 * @param column the (visible or hidden) column the value goes in
 * @param expression how to compute it from the merged row's other columns
 */
public record ComputedColumn(ColumnSlot column, RowExpression expression) {
    public ComputedColumn {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(expression, "expression");
    }
}
