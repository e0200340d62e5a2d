package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * {@code SET [GLOBAL|SESSION] TRANSACTION modes} (also PostgreSQL's {@code SET SESSION CHARACTERISTICS AS TRANSACTION},
 * scope {@code SESSION CHARACTERISTICS}).
 */
public record SetTransaction(String scope, List<TransactionMode> modes, Comments comments) implements Statement {

    public SetTransaction {
        modes = List.copyOf(modes);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public SetTransaction withComments(Comments comments) {
        return new SetTransaction(scope, modes, comments);
    }
}
