package io.retort.sharding;

import java.util.Objects;

/**
 * {@code keyGenerator: { column: id, type: snowflake, workerId: 3 }}: fills {@code column} when an
 * INSERT leaves it out.
 *
 * @param column the generated column
 * @param type the generator
 * @param workerId the snowflake worker id, 0..1023 (unique per running process); 0 for UUID v7
 */
public record KeyGeneratorConfig(String column, Type type, int workerId) {

    /** The generator types. */
    public enum Type {
        /** 64-bit ids: 41-bit milliseconds since 2024-01-01T00:00:00Z, 10-bit worker id, 12-bit sequence. */
        SNOWFLAKE("snowflake"),
        /** RFC 9562 version 7 UUIDs, monotonic within the process. */
        UUID_V7("uuid-v7");

        private final String yamlName;

        Type(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }
    }

    public KeyGeneratorConfig {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
    }
}
