package io.retort.sql;

/** What a row lock does when a row is locked: {@code NOWAIT} or {@code SKIP LOCKED}; waiting is {@code null}. */
public enum LockWait {
    NOWAIT, SKIP_LOCKED
}
