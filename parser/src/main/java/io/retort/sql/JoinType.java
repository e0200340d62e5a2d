package io.retort.sql;

/**
 * Join kinds; {@code LEFT OUTER} is {@link #LEFT}, a bare {@code JOIN} is {@link #INNER}. {@link #STRAIGHT} is MySQL's
 * {@code STRAIGHT_JOIN}.
 */
public enum JoinType {
    INNER, LEFT, RIGHT, FULL, CROSS, STRAIGHT
}
