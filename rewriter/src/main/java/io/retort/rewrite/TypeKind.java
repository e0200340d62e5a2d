package io.retort.rewrite;

/**
 * The coarse type of a value, as far as translation needs it: whether {@code a / b} divides integers,
 * whether {@code a || b} joins strings, whether a cast to integer must round.
 */
public enum TypeKind {
    BOOLEAN, INTEGER, DECIMAL, FLOAT, TEXT, BINARY, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, INTERVAL, JSON, UUID,
    /** A type Retort does not classify (arrays, geometry, enums, user types). */
    OTHER;

    /** INTEGER, DECIMAL or FLOAT. */
    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == FLOAT;
    }

    /** DATE, TIME, TIMESTAMP or TIMESTAMP_TZ. */
    public boolean isTemporal() {
        return this == DATE || this == TIME || this == TIMESTAMP || this == TIMESTAMP_TZ;
    }
}
