package io.retort.sql;

/** Which side {@code TRIM} works on. */
public enum TrimSpec {
    LEADING, TRAILING, BOTH
}
