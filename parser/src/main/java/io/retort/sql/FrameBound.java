package io.retort.sql;

import java.util.Objects;

/** A frame bound; {@code offset} is set for {@code n PRECEDING} and {@code n FOLLOWING}. */
public record FrameBound(BoundType type, Expression offset) implements Clause {

    public FrameBound {
        Objects.requireNonNull(type, "type");
    }

    public static final FrameBound UNBOUNDED_PRECEDING = new FrameBound(BoundType.UNBOUNDED_PRECEDING, null);
    public static final FrameBound CURRENT_ROW = new FrameBound(BoundType.CURRENT_ROW, null);
    public static final FrameBound UNBOUNDED_FOLLOWING = new FrameBound(BoundType.UNBOUNDED_FOLLOWING, null);

    public static FrameBound preceding(Object offset) {
        return new FrameBound(BoundType.PRECEDING, Sql.literal(offset));
    }

    public static FrameBound following(Object offset) {
        return new FrameBound(BoundType.FOLLOWING, Sql.literal(offset));
    }
}
