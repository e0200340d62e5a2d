package io.retort.sql;

import java.util.Objects;

/** {@code OVER name}: a reference to a window of the WINDOW clause. */
public record WindowRef(Identifier name) implements Window {

    public WindowRef {
        Objects.requireNonNull(name, "name");
    }
}
