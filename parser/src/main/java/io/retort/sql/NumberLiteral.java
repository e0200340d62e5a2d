package io.retort.sql;

import java.util.Objects;

/** A numeric literal, kept as written ({@code 1}, {@code 1.50}, {@code 1e-3}). */
public record NumberLiteral(String text) implements Literal {

    public NumberLiteral {
        Objects.requireNonNull(text, "text");
    }
}
