package io.retort.sql;

import java.util.Objects;

/**
 * {@code COMMIT [WORK] [AND [NO] CHAIN] [[NO] RELEASE]} (also PostgreSQL's END); {@code release} is MySQL's: disconnect
 * after committing.
 */
public record Commit(boolean chain, boolean release, Comments comments) implements Statement {

    public Commit {
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public Commit withComments(Comments comments) {
        return new Commit(chain, release, comments);
    }

    /** {@code COMMIT [AND CHAIN]} without RELEASE. */
    public Commit(boolean chain, Comments comments) {
        this(chain, false, comments);
    }
}
