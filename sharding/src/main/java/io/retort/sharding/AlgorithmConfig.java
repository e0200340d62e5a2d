package io.retort.sharding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@code algorithm:} entry: {@code { type: hash-mod | mod | range | list | class, ... }}.
 * Literal values (range boundaries, list values) keep their YAML type: a plain {@code 42} is a
 * {@code Long}, {@code 4.5} a {@code BigDecimal}, {@code 2024-01-01} a {@code LocalDate},
 * {@code 2024-01-01 10:00:00} a {@code LocalDateTime}, anything quoted a {@code String}.
 */
public sealed interface AlgorithmConfig {

    /** The {@code type:} name. */
    String type();

    /** {@code hash-mod}: MurmurHash3 of the value's canonical bytes modulo the target count (see HASHING.md). */
    record HashMod() implements AlgorithmConfig {
        @Override
        public String type() {
            return "hash-mod";
        }
    }

    /** {@code mod}: an integral value modulo the target count (floor modulo: never negative). */
    record Mod() implements AlgorithmConfig {
        @Override
        public String type() {
            return "mod";
        }
    }

    /**
     * {@code range}: {@code boundaries: [b1, ..., bn]} split values into n+1 partitions
     * {@code (-inf, b1)}, {@code [b1, b2)}, ..., {@code [bn, +inf)}, mapped to the targets in order.
     */
    record Range(List<Object> boundaries) implements AlgorithmConfig {
        public Range {
            boundaries = List.copyOf(boundaries);
        }

        @Override
        public String type() {
            return "range";
        }
    }

    /**
     * {@code list}: {@code values: { target: [v1, v2], ... }}, with an optional {@code default:}
     * target for values not listed.
     */
    record ListLookup(Map<String, List<Object>> values, String defaultTarget) implements AlgorithmConfig {
        public ListLookup {
            Map<String, List<Object>> copy = new LinkedHashMap<>();
            values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            values = Collections.unmodifiableMap(copy);
        }

        @Override
        public String type() {
            return "list";
        }
    }

    /** {@code class}: user code implementing {@link ShardingAlgorithm}, with its {@code properties:}. */
    record ClassBased(String className, Map<String, String> properties) implements AlgorithmConfig {
        public ClassBased {
            Objects.requireNonNull(className, "className");
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }

        @Override
        public String type() {
            return "class";
        }
    }
}
