package io.retort.sharding;

import io.retort.sharding.keygen.KeyGenerator;
import java.util.Objects;

/**
 * A column that Retort fills when an INSERT leaves it out ({@code keyGenerator:} in the YAML).
 *
 * @param column the column
 * @param generator the generator (shared by every table with the same generator settings)
 */
public record GeneratedKey(String column, KeyGenerator generator) {
    public GeneratedKey {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(generator, "generator");
    }
}
