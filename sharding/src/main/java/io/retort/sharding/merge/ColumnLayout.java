package io.retort.sharding.merge;

import java.sql.SQLException;
import java.sql.SQLNonTransientException;
import java.util.List;

/** The physical columns every shard returns: the visible ones first, then the hidden ones. */
record ColumnLayout(int total, int hidden, List<String> labels) {

    ColumnLayout {
        labels = List.copyOf(labels);
    }

    static ColumnLayout of(int total, int hidden, List<String> labels) throws SQLException {
        if (hidden > total) {
            throw new SQLNonTransientException("the merge plan hides " + hidden + " trailing columns but the shards return "
                    + "only " + total + "; the router's plan does not match the physical statement", "XX000");
        }
        return new ColumnLayout(total, hidden, labels);
    }

    /** "column 3 ('name')" for messages; hidden columns say so. */
    String describe(int column) {
        String label = column >= 1 && column <= labels.size() ? labels.get(column - 1) : null;
        String kind = column > visible() ? "hidden column " + (column - visible()) : "column " + column;
        return label == null ? kind : kind + " ('" + label + "')";
    }

    int visible() {
        return total - hidden;
    }

    /** The 1-based physical column of a slot, checked against the result's width. */
    int resolve(ColumnSlot slot) throws SQLException {
        int column = slot.resolve(total, hidden);
        int limit = slot.hidden() ? hidden : visible();
        if (slot.index() > limit) {
            throw new SQLNonTransientException("the merge plan refers to " + (slot.hidden() ? "hidden" : "visible")
                    + " column " + slot.index() + " but the shards return " + limit + " " + (slot.hidden() ? "hidden" : "visible")
                    + " columns; the router's plan does not match the physical statement", "XX000");
        }
        return column;
    }
}
