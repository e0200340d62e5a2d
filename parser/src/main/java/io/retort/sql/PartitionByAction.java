package io.retort.sql;

import java.util.Objects;

/** MySQL's {@code ALTER TABLE t PARTITION BY ...}. */
public record PartitionByAction(PartitionBy partitionBy) implements AlterAction {

    public PartitionByAction {
        Objects.requireNonNull(partitionBy, "partitionBy");
    }
}
