package io.retort.sharding.merge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts rows in memory: after grouping, when the plan orders by something the shards could not
 * sort by (an aggregate, or groups that were hashed). Holds every input row, so it is only used
 * on merged groups, whose number the query bounds. The sort is stable: equal rows keep their
 * input order.
 */
final class SortingSource extends RowSource {

    private final RowSource input;
    private final RowOrder order;
    private final int columns;
    private List<Object[]> rows;
    private int position = -1;

    SortingSource(RowSource input, RowOrder order, int columns) {
        this.input = input;
        this.order = order;
        this.columns = columns;
    }

    @Override
    boolean next() throws SQLException {
        if (rows == null) {
            rows = new ArrayList<>();
            while (input.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = input.value(i + 1);
                }
                rows.add(row);
            }
            try {
                rows.sort((a, b) -> {
                    try {
                        return order.compareRows(a, b);
                    } catch (SQLException e) {
                        throw new MergeFailure(e);
                    }
                });
            } catch (MergeFailure f) {
                throw f.getCause();
            }
        }
        if (position + 1 >= rows.size()) {
            position = rows.size();
            return false;
        }
        position++;
        return true;
    }

    @Override
    ResultSet passThrough() {
        return null;
    }

    @Override
    Object value(int column) {
        return rows.get(position)[column - 1];
    }

    @Override
    void close() throws SQLException {
        rows = List.of();
        position = 0;
        input.close();
    }
}
