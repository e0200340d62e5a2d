package io.retort.sql;

import java.util.List;
import java.util.Objects;

/** {@code left [NATURAL] type JOIN right [ON cond | USING (cols)]}; joins nest to the left. */
public record Join(FromItem left, JoinType type, FromItem right, Expression on, List<Identifier> using,
        boolean natural) implements FromItem {

    public Join {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(right, "right");
        using = List.copyOf(using);
    }
}
