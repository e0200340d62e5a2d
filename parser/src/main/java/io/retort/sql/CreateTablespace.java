package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** MySQL's {@code CREATE [UNDO] TABLESPACE name options}. */
public record CreateTablespace(Identifier name, boolean undo, List<Option> options,
        Comments comments) implements Statement {

    public CreateTablespace {
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public CreateTablespace withComments(Comments comments) {
        return new CreateTablespace(name, undo, options, comments);
    }
}
