package io.retort.sql;

/** {@code NULLS FIRST} or {@code NULLS LAST}; when not written it is {@code null} in the model. */
public enum NullOrder {
    FIRST, LAST
}
