package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** {@code DROP [MATERIALIZED] VIEW [IF EXISTS] v, ... [CASCADE|RESTRICT]}. */
public record DropView(List<Name> names, boolean materialized, boolean ifExists, DropBehavior behavior,
        Comments comments) implements Statement {

    public DropView {
        names = List.copyOf(names);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public DropView withComments(Comments comments) {
        return new DropView(names, materialized, ifExists, behavior, comments);
    }
}
