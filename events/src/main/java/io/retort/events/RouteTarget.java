package io.retort.events;

import java.util.List;
import java.util.Objects;

/**
 * One place a routed statement runs.
 *
 * @param dataSource the data source's name
 * @param physicalTables the physical tables the statement touches there, in the order of its logical tables
 */
public record RouteTarget(String dataSource, List<String> physicalTables) {
    public RouteTarget {
        Objects.requireNonNull(dataSource, "dataSource");
        physicalTables = List.copyOf(physicalTables);
    }
}
