package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** MySQL's {@code ALTER [UNDO] TABLESPACE name options}. */
public record AlterTablespace(Identifier name, boolean undo, List<Option> options,
        Comments comments) implements Statement {

    public AlterTablespace {
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public AlterTablespace withComments(Comments comments) {
        return new AlterTablespace(name, undo, options, comments);
    }
}
