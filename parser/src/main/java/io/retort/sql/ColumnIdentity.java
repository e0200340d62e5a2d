package io.retort.sql;

import java.util.List;

/** {@code GENERATED ALWAYS | BY DEFAULT AS IDENTITY [(options)]}. */
public record ColumnIdentity(boolean always, List<Option> options) implements ColumnConstraint {

    public ColumnIdentity {
        options = List.copyOf(options);
    }
}
