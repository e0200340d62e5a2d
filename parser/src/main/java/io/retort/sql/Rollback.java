package io.retort.sql;

import java.util.Objects;

/** {@code ROLLBACK [WORK] [TO [SAVEPOINT] name]} (also PostgreSQL's ABORT); {@code savepoint} null for a full rollback. */
public record Rollback(Identifier savepoint, Comments comments) implements Statement {

    public Rollback {
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public Rollback withComments(Comments comments) {
        return new Rollback(savepoint, comments);
    }
}
