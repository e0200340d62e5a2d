package io.retort.sql;

import java.util.Objects;

/** MySQL's {@code CONVERT TO CHARACTER SET cs [COLLATE c]}; {@code charset} is a {@link Keyword} (possibly DEFAULT). */
public record ConvertCharset(Expression charset, Identifier collation) implements AlterAction {

    public ConvertCharset {
        Objects.requireNonNull(charset, "charset");
    }
}
