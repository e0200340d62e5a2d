package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** A SET statement with one or more items. */
public record SetStatement(List<SetItem> items, Comments comments) implements Statement {

    public SetStatement {
        items = List.copyOf(items);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public SetStatement withComments(Comments comments) {
        return new SetStatement(items, comments);
    }
}
