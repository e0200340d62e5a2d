package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE [OR REPLACE] [kind] VIEW name [(columns)] [WITH (...)] AS query [WITH [CASCADED|LOCAL] CHECK OPTION]};
 * {@code kind} null or upper case ({@code TEMP}, {@code MATERIALIZED}, {@code RECURSIVE}); {@code checkOption} null,
 * {@code CHECK}, {@code CASCADED} or {@code LOCAL}; {@code options} are MySQL's ALGORITHM/DEFINER/SQL SECURITY and
 * PostgreSQL's WITH options.
 */
public record CreateView(Name name, boolean orReplace, String kind, List<Identifier> columns, Query query,
        String checkOption, List<Option> options, Comments comments) implements Statement {

    public CreateView {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(query, "query");
        options = List.copyOf(options);
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public CreateView withComments(Comments comments) {
        return new CreateView(name, orReplace, kind, columns, query, checkOption, options, comments);
    }
}
