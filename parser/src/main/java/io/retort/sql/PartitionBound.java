package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * PostgreSQL's partition bound: {@code FOR VALUES IN (...)} (kind IN), {@code FROM (...) TO (...)} (FROM_TO), {@code
 * WITH (MODULUS m, REMAINDER r)} (WITH), or {@code DEFAULT}.
 */
public record PartitionBound(String kind, List<Expression> values, List<Expression> to) implements Clause {

    public PartitionBound {
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
        to = List.copyOf(to);
    }
}
