package io.retort.sql;

/** A window frame's {@code EXCLUDE} clause. */
public enum FrameExclusion {
    CURRENT_ROW, GROUP, TIES, NO_OTHERS
}
