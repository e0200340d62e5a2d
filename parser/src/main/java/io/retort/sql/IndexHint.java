package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * MySQL's index hint on a table: {@code USE | IGNORE | FORCE INDEX|KEY [FOR JOIN | ORDER BY | GROUP BY] (indexes)};
 * {@code type} is USE, IGNORE or FORCE, {@code scope} null, JOIN, ORDER BY or GROUP BY.
 */
public record IndexHint(String type, String scope, List<Identifier> indexes) {
    public IndexHint {
        Objects.requireNonNull(type, "type");
        indexes = List.copyOf(indexes);
    }
}
