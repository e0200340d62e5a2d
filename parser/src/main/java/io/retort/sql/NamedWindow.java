package io.retort.sql;

import java.util.Objects;

/** {@code WINDOW name AS (spec)}. */
public record NamedWindow(Identifier name, WindowSpec spec) implements Clause {

    public NamedWindow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
    }
}
