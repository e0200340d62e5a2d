package io.retort.sharding.merge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A merge plan's ORDER BY, compiled against the physical columns: compares rows the way every
 * shard was asked to sort them (direction and NULL placement per key, values by the
 * {@link ValueComparator}).
 */
final class RowOrder {

    private final int[] columns;
    private final boolean[] descending;
    private final boolean[] nullsFirst;
    private final ValueComparator values;
    private final ColumnLayout layout;

    RowOrder(List<SortKey> keys, ColumnLayout layout, ValueComparator values) throws SQLException {
        this.columns = new int[keys.size()];
        this.descending = new boolean[keys.size()];
        this.nullsFirst = new boolean[keys.size()];
        for (int i = 0; i < columns.length; i++) {
            SortKey k = keys.get(i);
            columns[i] = layout.resolve(k.column());
            descending[i] = k.descending();
            nullsFirst[i] = k.nullsFirst();
        }
        this.values = values;
        this.layout = layout;
    }

    /** Key {@code k}'s column, for messages. */
    String describeColumn(int k) {
        return layout.describe(columns[k]);
    }

    String collationName() {
        return values.collation().name();
    }

    int size() {
        return columns.length;
    }

    /** The 1-based physical column of key {@code k}. */
    int column(int k) {
        return columns[k];
    }

    boolean descending(int k) {
        return descending[k];
    }

    boolean nullsFirst(int k) {
        return nullsFirst[k];
    }

    /** The sort key values of a shard's current row. */
    Object[] read(ResultSet rs) throws SQLException {
        Object[] keys = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            keys[i] = rs.getObject(columns[i]);
        }
        return keys;
    }

    /** The sort key values of a pipeline's current row. */
    Object[] read(RowSource source) throws SQLException {
        Object[] keys = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            keys[i] = source.value(columns[i]);
        }
        return keys;
    }

    /** Compares two key arrays from {@link #read}. */
    int compareKeys(Object[] a, Object[] b) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            int c = compareKey(i, a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Compares two whole physical rows (index 0 is column 1). */
    int compareRows(Object[] a, Object[] b) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            int c = compareKey(i, a[columns[i] - 1], b[columns[i] - 1]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The index of the first key where {@code a} and {@code b} differ, or -1. */
    int firstDifference(Object[] a, Object[] b) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            if (compareKey(i, a[i], b[i]) != 0) {
                return i;
            }
        }
        return -1;
    }

    int compareKey(int k, Object x, Object y) throws SQLException {
        if (x == null || y == null) {
            if (x == y) {
                return 0;
            }
            // NULL placement is absolute: NULLS FIRST puts NULLs first whatever the direction.
            return (x == null) == nullsFirst[k] ? -1 : 1;
        }
        int c = values.compare(x, y);
        return descending[k] ? -c : c;
    }
}
