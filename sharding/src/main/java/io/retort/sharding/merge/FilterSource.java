package io.retort.sharding.merge;

import java.sql.ResultSet;
import java.sql.SQLException;

/** HAVING after the merge: keeps the rows (merged groups) the predicate holds TRUE for. */
final class FilterSource extends RowSource implements MergedRow {

    private final RowSource input;
    private final RowPredicate predicate;
    private final ColumnLayout layout;

    FilterSource(RowSource input, RowPredicate predicate, ColumnLayout layout) {
        this.input = input;
        this.predicate = predicate;
        this.layout = layout;
    }

    @Override
    boolean next() throws SQLException {
        while (input.next()) {
            boolean keep;
            try {
                keep = predicate.test(this);
            } catch (MergeFailure f) {
                throw f.getCause();
            }
            if (keep) {
                return true;
            }
        }
        return false;
    }

    /** The row as HAVING sees it (only valid during {@link RowPredicate#test}). */
    @Override
    public Object value(ColumnSlot column) {
        try {
            return input.value(layout.resolve(column));
        } catch (SQLException e) {
            throw new MergeFailure(e);
        }
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
