package io.retort.sql;

import java.util.Objects;

/** MySQL's {@code USE database}. */
public record Use(Identifier database, Comments comments) implements Statement {

    public Use {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public Use withComments(Comments comments) {
        return new Use(database, comments);
    }
}
