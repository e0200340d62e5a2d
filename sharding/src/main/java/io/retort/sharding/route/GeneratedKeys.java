package io.retort.sharding.route;

import java.util.List;
import java.util.Objects;

/**
 * Keys Retort generated for an INSERT (its {@code keyGenerator:} column was left out), for
 * {@code getGeneratedKeys()}: one value per inserted row, in the rows' order in the statement.
 *
 * <pre>{@code
 * plan.generatedKeys().ifPresent(k -> System.out.println(k.column() + " = " + k.values()));   // id = [7126..., 7126...]
 * }</pre>
 *
 * @param column the column, as configured
 * @param values the generated values ({@code Long} for snowflake, {@code UUID} for uuid-v7)
 */
public record GeneratedKeys(String column, List<Object> values) {
    public GeneratedKeys {
        Objects.requireNonNull(column, "column");
        values = List.copyOf(values);
    }
}
