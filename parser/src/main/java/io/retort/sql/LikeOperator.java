package io.retort.sql;

/** The pattern-matching predicates. MySQL's {@code RLIKE} is {@link #REGEXP}. */
public enum LikeOperator {
    LIKE, ILIKE, SIMILAR_TO, REGEXP
}
