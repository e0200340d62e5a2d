package io.retort.sql;

/** The target of {@code SELECT ... INTO}: variables, a server-side file, or a new table (PostgreSQL). */
public enum IntoKind {
    VARIABLES, OUTFILE, DUMPFILE, TABLE
}
