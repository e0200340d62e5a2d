package io.retort.events;

import java.util.List;
import java.util.Objects;

/**
 * Where a statement was routed: one target per physical statement to run.
 *
 * @param statement the logical execution
 * @param targets the data nodes, in execution order
 * @param broadcast true when the statement goes to every node because no sharding value narrowed it
 */
public record RouteEvent(StatementEvent statement, List<RouteTarget> targets, boolean broadcast) {
    public RouteEvent {
        Objects.requireNonNull(statement, "statement");
        targets = List.copyOf(targets);
    }
}
