package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * MySQL's full-text {@code MATCH (cols) AGAINST (search [modifier])}; {@code modifier} is upper case, e.g. {@code IN
 * NATURAL LANGUAGE MODE}.
 */
public record MatchAgainst(List<Expression> columns, Expression against, String modifier) implements Expression {

    public MatchAgainst {
        columns = List.copyOf(columns);
        Objects.requireNonNull(against, "against");
    }
}
