package io.retort.sql;

import java.util.Objects;

/** PostgreSQL's {@code DETACH PARTITION p}. */
public record DetachPartition(Name partition) implements AlterAction {

    public DetachPartition {
        Objects.requireNonNull(partition, "partition");
    }
}
