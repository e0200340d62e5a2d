package io.retort.sharding.merge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientException;

/**
 * The k-way merge of shards that each return rows sorted by the plan's ORDER BY: a binary heap of
 * shard cursors keyed by their current row's sort values, ties broken by shard order (so the
 * result is deterministic). Memory: one row of sort keys per shard. The current row stays in its
 * shard's result set and passes through; a shard advances only when the merge moves past its row.
 *
 * <p>Every shard's stream is checked as it is read: a row that sorts before the shard's previous
 * row means the database ordered differently from the merger (another string collation, another
 * NULL placement), and the merge fails rather than return rows in a wrong order.
 */
final class SortedMergeSource extends RowSource {

    private final ShardSet shards;
    private final RowOrder order;
    private final Cursor[] heap;
    private int heapSize;
    private Cursor current;
    private boolean started;
    private boolean done;

    SortedMergeSource(ShardSet shards, RowOrder order) {
        this.shards = shards;
        this.order = order;
        this.heap = new Cursor[shards.size()];
    }

    /** One shard's position: its current row's sort keys and the previous row's, to check the order. */
    private static final class Cursor {
        final int shard;
        final ResultSet rs;
        Object[] keys;
        Object[] previous;
        long row;

        Cursor(int shard, ResultSet rs) {
            this.shard = shard;
            this.rs = rs;
        }
    }

    @Override
    boolean next() throws SQLException {
        if (done) {
            return false;
        }
        if (!started) {
            started = true;
            for (int i = 0; i < shards.size(); i++) {
                Cursor c = new Cursor(i, shards.get(i));
                if (advance(c)) {
                    push(c);
                }
            }
        } else if (current != null && advance(current)) {
            push(current);
        }
        current = null;
        if (heapSize == 0) {
            done = true;
            return false;
        }
        current = pop();
        return true;
    }

    /** Moves a shard to its next row; closes it when exhausted. */
    private boolean advance(Cursor c) throws SQLException {
        if (!c.rs.next()) {
            shards.close(c.shard);
            return false;
        }
        c.row++;
        c.previous = c.keys;
        c.keys = order.read(c.rs);
        if (c.previous != null && order.compareKeys(c.keys, c.previous) < 0) {
            throw outOfOrder(c);
        }
        return true;
    }

    private SQLException outOfOrder(Cursor c) throws SQLException {
        int k = order.firstDifference(c.keys, c.previous);
        Object before = c.previous[k];
        Object after = c.keys[k];
        String what = shards.describe(c.shard) + " returned its rows out of the merge order: its row " + c.row
                + " has " + show(after) + " after " + show(before) + " in ORDER BY key " + (k + 1) + " ("
                + order.describeColumn(k) + ", " + (order.descending(k) ? "DESC" : "ASC") + " NULLS "
                + (order.nullsFirst(k) ? "FIRST" : "LAST") + ")";
        String why;
        if (before == null || after == null) {
            why = "; the database places NULLs differently from the plan. Write NULLS FIRST or NULLS LAST explicitly"
                    + " in the ORDER BY (or let the router add it for the application's dialect)";
        } else if (before instanceof String || after instanceof String) {
            why = "; the database sorts strings with a collation other than the merger's ('"
                    + valuesCollation() + "'). Configure the merge collation to match the databases' (binary,"
                    + " case-insensitive, locale:<tag>[:strength], +pad-space), or give the ORDER BY an explicit"
                    + " COLLATE that every shard and the merger agree on";
        } else {
            why = "; the database does not sort this column's values the way the merger compares them (or the"
                    + " physical statement lacks the plan's ORDER BY). Sort on a column of the same type on every shard";
        }
        return new SQLNonTransientException(what + why, "F0000");
    }

    private String valuesCollation() {
        return order.collationName();
    }

    private static String show(Object v) {
        if (v == null) {
            return "NULL";
        }
        return v instanceof String s ? "'" + s + "'" : String.valueOf(v);
    }

    // ---------------------------------------------------------------- the heap

    private int compare(Cursor a, Cursor b) throws SQLException {
        int c = order.compareKeys(a.keys, b.keys);
        return c != 0 ? c : Integer.compare(a.shard, b.shard);
    }

    private void push(Cursor c) throws SQLException {
        int i = heapSize++;
        heap[i] = c;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (compare(heap[i], heap[parent]) >= 0) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private Cursor pop() throws SQLException {
        Cursor top = heap[0];
        heap[0] = heap[--heapSize];
        heap[heapSize] = null;
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= heapSize) {
                break;
            }
            int right = left + 1;
            int smallest = right < heapSize && compare(heap[right], heap[left]) < 0 ? right : left;
            if (compare(heap[smallest], heap[i]) >= 0) {
                break;
            }
            swap(i, smallest);
            i = smallest;
        }
        return top;
    }

    private void swap(int i, int j) {
        Cursor t = heap[i];
        heap[i] = heap[j];
        heap[j] = t;
    }

    @Override
    ResultSet passThrough() {
        return current == null ? null : current.rs;
    }

    @Override
    Object value(int column) throws SQLException {
        return current.rs.getObject(column);
    }

    @Override
    void close() throws SQLException {
        done = true;
        current = null;
        heapSize = 0;
        shards.closeAll();
    }
}
