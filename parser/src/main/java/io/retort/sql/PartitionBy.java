package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * {@code PARTITION BY RANGE|LIST|HASH|KEY (expressions) [PARTITIONS n]}; {@code method} upper case (e.g. {@code LINEAR
 * HASH}).
 */
public record PartitionBy(String method, List<Expression> expressions, Expression partitions) implements Clause {

    public PartitionBy {
        Objects.requireNonNull(method, "method");
        expressions = List.copyOf(expressions);
    }
}
