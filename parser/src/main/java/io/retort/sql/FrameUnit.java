package io.retort.sql;

/** The unit of a window frame. */
public enum FrameUnit {
    ROWS, RANGE, GROUPS
}
