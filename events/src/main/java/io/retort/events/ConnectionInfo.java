package io.retort.events;

import io.retort.sql.SqlDialect;
import java.util.Objects;

/**
 * Which logical connection an event belongs to.
 *
 * @param id a number unique within this JVM, in connection order
 * @param url the URL the application connected with, password masked
 * @param dialect the SQL dialect the application writes
 */
public record ConnectionInfo(long id, String url, SqlDialect dialect) {
    public ConnectionInfo {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(dialect, "dialect");
    }
}
