package io.retort.sql;

import java.util.Objects;

/**
 * {@code SUBSTRING(string FROM from FOR length)} (also MySQL's {@code MID}/{@code SUBSTR} with FROM/FOR); the comma
 * form is a plain {@link FunctionCall}.
 */
public record Substring(Expression string, Expression from, Expression length) implements Expression {

    public Substring {
        Objects.requireNonNull(string, "string");
    }
}
