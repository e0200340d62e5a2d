package io.retort.sharding;

import java.util.Objects;

/**
 * A sharding column and how its values choose targets.
 *
 * @param key the sharding column
 * @param keyType the column's type, or null (inherited by bound tables, {@link KeyType#AUTO} otherwise)
 * @param algorithm the algorithm, or null: {@code hash-mod} (or the bound table's algorithm)
 */
public record StrategyConfig(String key, KeyType keyType, AlgorithmConfig algorithm) {
    public StrategyConfig {
        Objects.requireNonNull(key, "key");
    }
}
