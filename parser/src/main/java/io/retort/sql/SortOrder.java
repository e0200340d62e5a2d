package io.retort.sql;

/** {@code ASC} or {@code DESC}; a missing direction is {@code null} in the model. */
public enum SortOrder {
    ASC, DESC
}
