package io.retort.sql;

import java.util.Objects;

/**
 * A statement the parser could not read, kept whole: its text, why it could not be read, and the dialect it was read
 * in. It is executed as written (or refused in strict mode). The leading comments are still extracted when the text
 * could be tokenized, so routing hints work on it too.
 */
public record Passthrough(String sql, String reason, SqlDialect dialect, Comments comments) implements Statement {

    public Passthrough {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(comments, "comments");
    }

    @Override
    public Passthrough withComments(Comments comments) {
        return new Passthrough(sql, reason, dialect, comments);
    }
}
