package io.retort.sharding.exec;

import io.retort.sharding.route.RouteUnit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs physical statements on the real databases, inside the logical connection's transaction.
 * The driver implements it (rendering each unit for its data source's dialect, binding parameters,
 * firing the cursor events, running units on different data sources in parallel); the sharding
 * module's multi-round algorithms (deep pagination, moving a row to another shard) use it.
 */
public interface UnitExecutor {

    /**
     * Runs one query per unit and returns their result sets in unit order. Rows are fetched lazily
     * (with a fetch size), so results may be merged in bounded memory. On failure, every unit already
     * started is cancelled and closed, and the exception names the data source that failed.
     */
    List<ResultSet> query(List<RouteUnit> units) throws SQLException;

    /** Runs one update per unit and returns their update counts in unit order. */
    long[] update(List<RouteUnit> units) throws SQLException;
}
