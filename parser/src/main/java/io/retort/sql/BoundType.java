package io.retort.sql;

/** One end of a window frame. */
public enum BoundType {
    UNBOUNDED_PRECEDING, PRECEDING, CURRENT_ROW, FOLLOWING, UNBOUNDED_FOLLOWING
}
