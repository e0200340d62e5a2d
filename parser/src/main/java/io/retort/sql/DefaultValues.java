package io.retort.sql;

/** {@code INSERT ... DEFAULT VALUES}. */
public record DefaultValues() implements Clause, InsertSource {
}
