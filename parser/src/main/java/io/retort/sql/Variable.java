package io.retort.sql;

import java.util.Objects;

/**
 * A MySQL user variable {@code @x} or system variable {@code @@x} / {@code @@session.x}; also the target of {@code SET
 * x = ...}. {@code scope} is GLOBAL, SESSION, LOCAL, PERSIST, PERSIST_ONLY or null.
 */
public record Variable(VariableKind kind, String scope, Name name) implements Expression {

    public Variable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
