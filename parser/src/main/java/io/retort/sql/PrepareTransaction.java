package io.retort.sql;

import java.util.Objects;

/** PostgreSQL's {@code PREPARE TRANSACTION 'id'} (two-phase commit). */
public record PrepareTransaction(String id, Comments comments) implements Statement {

    public PrepareTransaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public PrepareTransaction withComments(Comments comments) {
        return new PrepareTransaction(id, comments);
    }
}
