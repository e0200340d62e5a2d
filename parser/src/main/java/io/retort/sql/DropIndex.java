package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** {@code DROP INDEX [CONCURRENTLY] [IF EXISTS] name, ... [ON t] [options] [CASCADE|RESTRICT]}. */
public record DropIndex(List<Name> names, Name table, boolean concurrently, boolean ifExists, DropBehavior behavior,
        List<Option> options, Comments comments) implements Statement {

    public DropIndex {
        names = List.copyOf(names);
        options = List.copyOf(options);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public DropIndex withComments(Comments comments) {
        return new DropIndex(names, table, concurrently, ifExists, behavior, options, comments);
    }
}
