package io.retort.sql;

import java.util.Objects;

/** PostgreSQL's {@code COMMIT PREPARED 'id'}. */
public record CommitPrepared(String id, Comments comments) implements Statement {

    public CommitPrepared {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public CommitPrepared withComments(Comments comments) {
        return new CommitPrepared(id, comments);
    }
}
