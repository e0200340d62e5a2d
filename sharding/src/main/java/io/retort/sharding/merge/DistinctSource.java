package io.retort.sharding.merge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * DISTINCT over the visible columns. When equal rows arrive next to each other (the shards were
 * merged by an ORDER BY that leads with every visible column) only the previous row is kept;
 * otherwise a hash set of the rows already returned (memory grows with the number of distinct
 * rows returned, which a LIMIT bounds). Equality is the databases': NULL equals NULL, numbers by
 * value, strings by the collation.
 */
final class DistinctSource extends RowSource {

    private final RowSource input;
    private final int visible;
    private final ValueComparator values;
    private final boolean adjacent;
    private final Set<RowKey> seen;
    private Object[] previous;

    DistinctSource(RowSource input, int visible, ValueComparator values, boolean adjacent) {
        this.input = input;
        this.visible = visible;
        this.values = values;
        this.adjacent = adjacent;
        this.seen = adjacent ? null : new HashSet<>();
    }

    @Override
    boolean next() throws SQLException {
        while (input.next()) {
            Object[] row = new Object[visible];
            for (int i = 0; i < visible; i++) {
                row[i] = input.value(i + 1);
            }
            if (adjacent) {
                if (previous == null || !same(previous, row)) {
                    previous = row;
                    return true;
                }
            } else if (seen.add(RowKey.of(row, values))) {
                return true;
            }
        }
        return false;
    }

    private boolean same(Object[] a, Object[] b) throws SQLException {
        for (int i = 0; i < a.length; i++) {
            if (!values.same(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    ResultSet passThrough() {
        return input.passThrough();
    }

    @Override
    Object value(int column) throws SQLException {
        return input.value(column);
    }

    @Override
    void close() throws SQLException {
        input.close();
    }
}
