package io.retort.sharding.merge;

import java.sql.SQLException;

/** A condition on merged rows: a HAVING clause, compiled by the router against the output columns. */
@FunctionalInterface
public interface RowPredicate {

    /** SQL's three-valued logic collapses to a filter: only TRUE keeps the row. */
    boolean test(MergedRow row) throws SQLException;
}
