package io.retort.sharding.route;

import io.retort.sharding.DataNode;
import io.retort.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * @param extraParameters values of the {@code retort_}-named parameters added to {@code statement} (a value may be
 *     null: SQL NULL); unmodifiable, in the order the router added them. Such parameters have
 *     {@link io.retort.sql.ParameterKind#NAMED} kind and index 0, so they never collide with the application's.
 */
public record RouteUnit(String dataSource, Statement statement, List<DataNode> nodes, Map<String, Object> extraParameters) {
    public RouteUnit {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(statement, "statement");
        nodes = List.copyOf(nodes);
        // Not Map.copyOf: a moved row's columns may be NULL.
        extraParameters = extraParameters.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(extraParameters));
    }

    public RouteUnit(String dataSource, Statement statement, List<DataNode> nodes) {
        this(dataSource, statement, nodes, Map.of());
    }
}
