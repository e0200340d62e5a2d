package io.retort.sql;

import java.util.Objects;

/**
 * A function written without parentheses: {@code CURRENT_DATE}, {@code CURRENT_TIMESTAMP}, {@code LOCALTIME}, {@code
 * CURRENT_USER}, {@code SESSION_USER}, {@code USER}, {@code CURRENT_SCHEMA}, {@code CURRENT_CATALOG}, {@code
 * CURRENT_ROLE}; {@code name} is upper case.
 */
public record SqlValueFunction(String name) implements Expression {

    public SqlValueFunction {
        Objects.requireNonNull(name, "name");
    }
}
