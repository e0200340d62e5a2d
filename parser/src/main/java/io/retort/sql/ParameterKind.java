package io.retort.sql;

/**
 * How a parameter marker was written: JDBC's {@code ?}, a numbered {@code $1} (or SQLite's {@code ?1}), or a named
 * {@code :name}.
 */
public enum ParameterKind {
    QUESTION_MARK, NUMBERED, NAMED
}
