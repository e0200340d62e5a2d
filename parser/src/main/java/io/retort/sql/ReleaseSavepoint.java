package io.retort.sql;

import java.util.Objects;

/** {@code RELEASE [SAVEPOINT] name}. */
public record ReleaseSavepoint(Identifier name, Comments comments) implements Statement {

    public ReleaseSavepoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public ReleaseSavepoint withComments(Comments comments) {
        return new ReleaseSavepoint(name, comments);
    }
}
