package io.retort.events;

import java.util.Objects;

/**
 * A real connection of a pooled data source changing hands.
 *
 * @param connection the logical connection that borrowed or returned it
 * @param dataSource the data source's name (as in the YAML configuration)
 */
public record PoolEvent(ConnectionInfo connection, String dataSource) {
    public PoolEvent {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(dataSource, "dataSource");
    }
}
