package io.retort.sharding.merge;

import java.sql.SQLException;
import java.sql.SQLNonTransientException;
import java.sql.Types;

/**
 * A plan's GROUP BY and aggregates, compiled against the physical columns: how each column
 * merges. A column the plan does not list is a group key or depends on one (ANY_VALUE), except the
 * COUNT column of an AVG, which sums like a COUNT (HAVING and ORDER BY may read it).
 */
final class Aggregation {

    private final AggregateKind[] kinds;
    private final int[] countColumns;
    private final int[] groupColumns;
    /** Per physical column: whether the first shard declares an integer type (a whole SUM is then an integer). */
    private final boolean[] integral;

    Aggregation(MergePlan plan, ColumnLayout layout) throws SQLException {
        this(plan, layout, new int[0]);
    }

    /** @param declaredTypes the first shard's {@link java.sql.Types} per physical column (may be shorter: unknown) */
    Aggregation(MergePlan plan, ColumnLayout layout, int[] declaredTypes) throws SQLException {
        integral = new boolean[layout.total()];
        for (int i = 0; i < Math.min(declaredTypes.length, integral.length); i++) {
            integral[i] = switch (declaredTypes[i]) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> true;
                default -> false;
            };
        }
        kinds = new AggregateKind[layout.total()];
        countColumns = new int[layout.total()];
        for (AggregateColumn a : plan.aggregates()) {
            if (a.kind() == AggregateKind.AVG) {
                int count = layout.resolve(a.count());
                if (kinds[count - 1] == null) {
                    kinds[count - 1] = AggregateKind.COUNT;
                }
            }
        }
        for (AggregateColumn a : plan.aggregates()) {
            int column = layout.resolve(a.column());
            if (a.kind() == AggregateKind.AVG) {
                countColumns[column - 1] = layout.resolve(a.count());
                if (countColumns[column - 1] == column) {
                    throw new SQLNonTransientException("the merge plan's AVG in " + layout.describe(column)
                            + " names its own column as its COUNT; the router must add a separate COUNT column", "XX000");
                }
            }
            kinds[column - 1] = a.kind();
        }
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == null) {
                kinds[i] = AggregateKind.ANY_VALUE;
            }
        }
        groupColumns = new int[plan.groupBy().size()];
        for (int i = 0; i < groupColumns.length; i++) {
            groupColumns[i] = layout.resolve(plan.groupBy().get(i));
        }
    }

    AggregateKind kind(int column) {
        return kinds[column - 1];
    }

    int[] groupColumns() {
        return groupColumns;
    }

    int columns() {
        return kinds.length;
    }

    /** Fresh accumulators for a new group, one per physical column. */
    Accumulator[] newGroup(ValueComparator values) {
        Accumulator[] group = new Accumulator[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            int column = i + 1;
            group[i] = switch (kinds[i]) {
                case COUNT -> new Accumulator.Count(column);
                case SUM -> new Accumulator.Sum(column, integral[i]);
                case MIN -> new Accumulator.Extreme(column, false, values);
                case MAX -> new Accumulator.Extreme(column, true, values);
                case AVG -> new Accumulator.Average(column, countColumns[i]);
                case COUNT_DISTINCT -> new Accumulator.CountDistinct(column, values);
                case ANY_VALUE -> new Accumulator.AnyValue(column);
            };
        }
        return group;
    }
}
