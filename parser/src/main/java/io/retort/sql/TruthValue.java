package io.retort.sql;

/** The right side of {@code IS [NOT] TRUE / FALSE / UNKNOWN}. */
public enum TruthValue {
    TRUE, FALSE, UNKNOWN
}
