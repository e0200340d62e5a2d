package io.retort.sql;

import java.util.Objects;

/** PostgreSQL's {@code DETACH PARTITION p [CONCURRENTLY | FINALIZE]}; {@code mode} is null or upper case. */
public record DetachPartition(Name partition, String mode) implements AlterAction {

    public DetachPartition {
        Objects.requireNonNull(partition, "partition");
    }

    /** {@code DETACH PARTITION p}. */
    public DetachPartition(Name partition) {
        this(partition, null);
    }
}
