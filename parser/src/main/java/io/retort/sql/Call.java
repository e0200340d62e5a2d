package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** {@code CALL procedure(arguments)}. */
public record Call(Name procedure, List<Expression> arguments, Comments comments) implements Statement {

    public Call {
        Objects.requireNonNull(procedure, "procedure");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public Call withComments(Comments comments) {
        return new Call(procedure, arguments, comments);
    }
}
