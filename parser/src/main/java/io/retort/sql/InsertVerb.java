package io.retort.sql;

/** {@code INSERT} or MySQL's/SQLite's {@code REPLACE}. */
public enum InsertVerb {
    INSERT, REPLACE
}
