package io.retort.sharding.merge;

/**
 * A column of the physical result every shard returns. Visible columns are what the application
 * asked for; hidden columns are appended by the router for the merge (an ORDER BY key not in the
 * select list, the COUNT beside an AVG's SUM) and removed before the application sees the rows.
 * Hidden columns are numbered from the end, because the number of visible columns may be unknown
 * when the plan is made ({@code SELECT *}): the merger resolves them against the result set's
 * metadata.
 *
 * @param hidden whether this is one of the trailing hidden columns
 * @param index 1-based: the position among the visible columns, or among the hidden ones
 */
public record ColumnSlot(boolean hidden, int index) {

    public ColumnSlot {
        if (index < 1) {
            throw new IllegalArgumentException("column slots are 1-based: " + index);
        }
    }

    public static ColumnSlot visible(int index) {
        return new ColumnSlot(false, index);
    }

    public static ColumnSlot hidden(int index) {
        return new ColumnSlot(true, index);
    }

    /** The 1-based JDBC column index in a result with {@code totalColumns} columns of which {@code hiddenColumns} are hidden. */
    public int resolve(int totalColumns, int hiddenColumns) {
        return hidden ? totalColumns - hiddenColumns + index : index;
    }
}
