package io.retort.sharding.merge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Fills the computed columns of merged rows ({@link ComputedColumn}). A value is computed when it
 * is first read for the current row, so rows that HAVING drops or OFFSET skips never evaluate
 * (an expression such as {@code SUM(a) / COUNT(a)} may fail on a group the query filters out, as
 * the database would not evaluate it there either).
 */
final class ComputingSource extends RowSource implements MergedRow {

    private final RowSource input;
    private final ColumnLayout layout;
    /** Per physical column (0-based): its expression, or null when it is read from the input. */
    private final RowExpression[] expressions;
    private final Object[] values;
    private final boolean[] computed;
    private final boolean[] computing;

    ComputingSource(RowSource input, List<ComputedColumn> columns, ColumnLayout layout) throws SQLException {
        this.input = input;
        this.layout = layout;
        this.expressions = new RowExpression[layout.total()];
        for (ComputedColumn c : columns) {
            expressions[layout.resolve(c.column()) - 1] = c.expression();
        }
        this.values = new Object[layout.total()];
        this.computed = new boolean[layout.total()];
        this.computing = new boolean[layout.total()];
    }

    @Override
    boolean next() throws SQLException {
        java.util.Arrays.fill(computed, false);
        java.util.Arrays.fill(values, null);
        return input.next();
    }

    /** Computed rows are built here: nothing passes through. */
    @Override
    ResultSet passThrough() {
        return null;
    }

    @Override
    Object value(int column) throws SQLException {
        RowExpression e = expressions[column - 1];
        if (e == null) {
            return input.value(column);
        }
        int i = column - 1;
        if (!computed[i]) {
            if (computing[i]) {
                throw new SQLException("the computed " + layout.describe(column) + " refers to itself; the router's"
                        + " plan is wrong", "XX000");
            }
            computing[i] = true;
            try {
                values[i] = e.evaluate(this);
            } catch (MergeFailure f) {
                throw f.getCause();
            } finally {
                computing[i] = false;
            }
            computed[i] = true;
        }
        return values[i];
    }

    /** The row as an expression sees it; computed columns may use each other. */
    @Override
    public Object value(ColumnSlot column) {
        try {
            return value(layout.resolve(column));
        } catch (SQLException e) {
            throw new MergeFailure(e);
        }
    }

    @Override
    void close() throws SQLException {
        input.close();
    }
}
