package io.retort.sharding.route;

import io.retort.sql.Statement;
import java.util.List;

/**
 * Statements that are not routed by their tables: transaction and session control (no units: the
 * driver handles them), and CALL or unparsed statements (run as written on the hinted data source,
 * else the default one).
 */
record FixedRouter(RouteKind kind, Statement statement, String defaultDataSource, boolean returnsRows) implements Router {

    @Override
    public RoutePlan route(Bindings bindings, String forced) {
        if (kind == RouteKind.SESSION) {
            return RoutePlan.simple(kind, List.of(), false, false, forced, List.of());
        }
        String ds = forced != null ? forced : defaultDataSource;
        RouteUnit unit = new RouteUnit(ds, statement, List.of());
        return RoutePlan.simple(kind, List.of(unit), returnsRows, false, forced, List.of());
    }
}
