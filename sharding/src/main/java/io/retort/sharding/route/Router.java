package io.retort.sharding.route;

import java.sql.SQLException;

/** Routes one prepared statement with each execution's values; one implementation per kind of statement. */
interface Router {

    /**
     * @param forced the data source a hint forces (already resolved to a configured name), or null
     */
    RoutePlan route(Bindings bindings, String forced) throws SQLException;

    /** A statement that cannot be routed: every execution fails with (a copy of) the same error. */
    record Failed(SQLException error) implements Router {
        @Override
        public RoutePlan route(Bindings bindings, String forced) throws SQLException {
            throw RouteErrors.copy(error);
        }
    }
}
