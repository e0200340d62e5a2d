package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * {@code TRUNCATE [TABLE] t, ... [RESTART|CONTINUE IDENTITY] [CASCADE|RESTRICT]}; {@code identity} null, RESTART or
 * CONTINUE.
 */
public record Truncate(List<Name> tables, String identity, DropBehavior behavior,
        Comments comments) implements Statement {

    public Truncate {
        tables = List.copyOf(tables);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public Truncate withComments(Comments comments) {
        return new Truncate(tables, identity, behavior, comments);
    }
}
