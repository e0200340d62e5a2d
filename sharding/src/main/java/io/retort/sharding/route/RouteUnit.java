package io.retort.sharding.route;

import io.retort.sharding.DataNode;
import io.retort.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One physical statement to run: where, and what.
 *
 * <p>Parameters of {@code statement}: a parameter of the application's statement keeps its index
 * and is bound from the application's values; a named parameter whose name starts with
 * {@code retort_} was added by Retort (a generated key, a tenant id, a keyset boundary) and is bound
 * from {@code extraParameters} by name.
 *
 * @param dataSource the data source's name
 * @param statement the physical statement, in the application's dialect (rendered per data source later)
 * @param nodes the data nodes it touches (for EXPLAIN ROUTE and events)
 * @param extraParameters values of the {@code retort_}-named parameters added to {@code statement}
 */
public record RouteUnit(String dataSource, Statement statement, List<DataNode> nodes, Map<String, Object> extraParameters) {
    public RouteUnit {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(statement, "statement");
        nodes = List.copyOf(nodes);
        extraParameters = Map.copyOf(extraParameters);
    }

    public RouteUnit(String dataSource, Statement statement, List<DataNode> nodes) {
        this(dataSource, statement, nodes, Map.of());
    }
}
