package io.retort.sql;

import java.util.Objects;

/**
 * {@code ROLLBACK [WORK] [TO [SAVEPOINT] name] [AND [NO] CHAIN] [[NO] RELEASE]} (also PostgreSQL's ABORT); {@code
 * savepoint} null for a full rollback.
 */
public record Rollback(Identifier savepoint, boolean chain, boolean release, Comments comments) implements Statement {

    public Rollback {
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public Rollback withComments(Comments comments) {
        return new Rollback(savepoint, chain, release, comments);
    }

    /** {@code ROLLBACK [TO SAVEPOINT name]} without CHAIN or RELEASE. */
    public Rollback(Identifier savepoint, Comments comments) {
        this(savepoint, false, false, comments);
    }
}
