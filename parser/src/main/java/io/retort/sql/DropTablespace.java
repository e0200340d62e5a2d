package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** MySQL's {@code DROP [UNDO] TABLESPACE name [options]}. */
public record DropTablespace(Identifier name, boolean undo, List<Option> options,
        Comments comments) implements Statement {

    public DropTablespace {
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public DropTablespace withComments(Comments comments) {
        return new DropTablespace(name, undo, options, comments);
    }
}
