package io.retort.sql;

import java.util.Objects;

/** MySQL's {@code SET NAMES charset [COLLATE c]} or {@code SET CHARACTER SET charset} ({@code names} false). */
public record SetNames(boolean names, Expression charset, Expression collation) implements SetItem {

    public SetNames {
        Objects.requireNonNull(charset, "charset");
    }
}
