package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON t [USING m] (columns) [INCLUDE
 * (...)] [WHERE ...] [options]}; {@code kind} null or upper case.
 */
public record CreateIndex(Identifier name, Name table, String kind, boolean concurrently, boolean ifNotExists,
        String method, List<IndexColumn> columns, List<Identifier> include, Expression where, List<Option> options,
        Comments comments) implements Statement {

    public CreateIndex {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        include = List.copyOf(include);
        options = List.copyOf(options);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public CreateIndex withComments(Comments comments) {
        return new CreateIndex(name, table, kind, concurrently, ifNotExists, method, columns, include, where, options,
                comments);
    }
}
