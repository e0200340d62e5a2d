package io.retort.sql;

import java.util.Objects;

/**
 * A window frame {@code ROWS|RANGE|GROUPS start} or {@code ... BETWEEN start AND end}, with an optional EXCLUDE; {@code
 * end} is null without BETWEEN.
 */
public record WindowFrame(FrameUnit unit, FrameBound start, FrameBound end,
        FrameExclusion exclusion) implements Clause {

    public WindowFrame {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(start, "start");
    }
}
