package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * {@code EXPLAIN [options] statement}; {@code options} are upper case as written ({@code ANALYZE}, {@code VERBOSE},
 * Retort's {@code ROUTE}, {@code FORMAT=JSON}).
 */
public record Explain(List<String> options, Statement statement, Comments comments) implements Statement {

    public Explain {
        options = List.copyOf(options);
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public Explain withComments(Comments comments) {
        return new Explain(options, statement, comments);
    }
}
