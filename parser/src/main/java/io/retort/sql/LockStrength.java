package io.retort.sql;

/**
 * Row-locking strength: {@code FOR UPDATE}, PostgreSQL's {@code FOR NO KEY UPDATE}, {@code FOR SHARE}, {@code FOR KEY
 * SHARE}, and MySQL's {@code LOCK IN SHARE MODE}.
 */
public enum LockStrength {
    UPDATE, NO_KEY_UPDATE, SHARE, KEY_SHARE, LOCK_IN_SHARE_MODE
}
