package io.retort.sql;

import java.util.Objects;

/** PostgreSQL's {@code ATTACH PARTITION p FOR VALUES ...}. */
public record AttachPartition(Name partition, PartitionBound bound) implements AlterAction {

    public AttachPartition {
        Objects.requireNonNull(partition, "partition");
    }
}
