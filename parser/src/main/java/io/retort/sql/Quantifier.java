package io.retort.sql;

/** The quantifier of {@code x = ANY (...)}; {@code SOME} is kept apart from {@code ANY} only in spelling. */
public enum Quantifier {
    ANY, ALL, SOME
}
