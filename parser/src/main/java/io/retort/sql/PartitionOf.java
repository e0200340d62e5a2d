package io.retort.sql;

import java.util.Objects;

/** PostgreSQL's {@code CREATE TABLE t PARTITION OF parent [FOR VALUES ...]}. */
public record PartitionOf(Name parent, PartitionBound bound) implements Clause {

    public PartitionOf {
        Objects.requireNonNull(parent, "parent");
    }
}
