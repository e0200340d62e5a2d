package io.retort.sql;

/** MySQL/MariaDB XA transaction commands. */
public enum XaAction {
    START, END, PREPARE, COMMIT, ROLLBACK, RECOVER
}
