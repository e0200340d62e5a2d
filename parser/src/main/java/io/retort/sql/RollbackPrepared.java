package io.retort.sql;

import java.util.Objects;

/** PostgreSQL's {@code ROLLBACK PREPARED 'id'}. */
public record RollbackPrepared(String id, Comments comments) implements Statement {

    public RollbackPrepared {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public RollbackPrepared withComments(Comments comments) {
        return new RollbackPrepared(id, comments);
    }
}
