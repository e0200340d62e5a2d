package io.retort.sql;

import java.util.Objects;

/** {@code COMMIT [WORK] [AND [NO] CHAIN]} (also PostgreSQL's END). */
public record Commit(boolean chain, Comments comments) implements Statement {

    public Commit {
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public Commit withComments(Comments comments) {
        return new Commit(chain, comments);
    }
}
