package io.retort.sharding.route;

import java.util.Objects;

/**
 * A data source forced by the application for one execution, SQLAlchemy's {@code set_shard_id}.
 * The driver offers the scoped API and hands the current hint to the router; a
 * {@code /* retort: shard=ds1 *}{@code /} comment at the start of a statement does the same for
 * that statement and wins over a hint from code.
 *
 * <p>What a hint does: the statement runs only on the named data source. Sharded tables use their
 * nodes on it (still narrowed by sharding values; an INSERT whose row belongs on another data
 * source is refused, SQLState 22023); broadcast tables are read and written there only;
 * unconfigured tables are taken to exist there under their own name (so a hint also reaches
 * tables outside the sharding configuration); a single-node table living elsewhere is an error.
 *
 * <pre>{@code
 * RoutePlan plan = template.route(parameters, RouteHint.dataSource("ds1"));
 * }</pre>
 *
 * @param dataSource the forced data source's name ({@code dataSources:} key), or null for none
 */
public record RouteHint(String dataSource) {

    /** No hint: the sharding rule decides. */
    public static final RouteHint NONE = new RouteHint(null);

    /** Forces {@code dataSource}. */
    public static RouteHint dataSource(String dataSource) {
        return new RouteHint(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** Whether a data source is forced. */
    public boolean isPresent() {
        return dataSource != null;
    }
}
