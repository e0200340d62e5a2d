package io.retort.sql;

import java.util.Objects;

/**
 * A JDBC/ODBC escape {@code {fn NOW()}}, {@code {ts '...'}}, {@code {d '...'}}; {@code kind} is lower case ({@code fn},
 * {@code ts}, {@code d}, {@code t}).
 */
public record EscapeSequence(String kind, Expression body) implements Expression {

    public EscapeSequence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
    }
}
