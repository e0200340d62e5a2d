package io.retort.sql;

/** {@code CASCADE} or {@code RESTRICT} on DROP and TRUNCATE; {@code null} when not written. */
public enum DropBehavior {
    CASCADE, RESTRICT
}
