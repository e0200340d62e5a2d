package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** {@code BEGIN [WORK|TRANSACTION] [modes]} or {@code START TRANSACTION [modes]}. */
public record BeginTransaction(List<TransactionMode> modes, Comments comments) implements Statement {

    public BeginTransaction {
        modes = List.copyOf(modes);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public BeginTransaction withComments(Comments comments) {
        return new BeginTransaction(modes, comments);
    }
}
