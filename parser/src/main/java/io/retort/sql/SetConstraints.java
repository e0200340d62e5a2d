package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** PostgreSQL's {@code SET CONSTRAINTS ALL | c, ... DEFERRED | IMMEDIATE}; empty {@code constraints} means ALL. */
public record SetConstraints(List<Name> constraints, boolean deferred, Comments comments) implements Statement {

    public SetConstraints {
        constraints = List.copyOf(constraints);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public SetConstraints withComments(Comments comments) {
        return new SetConstraints(constraints, deferred, comments);
    }
}
