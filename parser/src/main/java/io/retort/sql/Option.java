package io.retort.sql;

import java.util.Objects;

/**
 * A named option of DDL and file clauses ({@code ENGINE=InnoDB}, {@code COMMENT 'x'}, {@code ALGORITHM=INPLACE}, {@code
 * FIELDS TERMINATED BY ','}); {@code name} is upper case, words separated by one space; {@code value} is a literal, a
 * {@link Keyword}, or null for a flag.
 */
public record Option(String name, Expression value) implements Clause {

    public Option {
        Objects.requireNonNull(name, "name");
    }
}
