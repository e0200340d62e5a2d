package io.retort.sharding.merge;

import java.sql.SQLException;

/**
 * A value computed from a merged row, after the merge: a select-list expression over aggregates
 * ({@code ROUND(AVG(x), 2)}, {@code SUM(a) / COUNT(*)}), compiled by the router against the merged
 * columns like a HAVING clause, since no shard can compute it from its own part of a group.
 */
@FunctionalInterface
public interface RowExpression {

    /** The value for {@code row}, as a JDBC object ({@code getObject}); null for SQL NULL. */
    Object evaluate(MergedRow row) throws SQLException;
}
