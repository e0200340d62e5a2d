package io.retort.sql;

import java.util.Objects;

/** {@code SAVEPOINT name}. */
public record Savepoint(Identifier name, Comments comments) implements Statement {

    public Savepoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public Savepoint withComments(Comments comments) {
        return new Savepoint(name, comments);
    }
}
