package io.retort.sql;

import java.util.Objects;

/** PostgreSQL's {@code SET [LOCAL] TIME ZONE zone}. */
public record SetTimeZone(String scope, Expression zone) implements SetItem {

    public SetTimeZone {
        Objects.requireNonNull(zone, "zone");
    }
}
