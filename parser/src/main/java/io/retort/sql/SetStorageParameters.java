package io.retort.sql;

import java.util.List;

/** PostgreSQL's {@code SET (p = v, ...)} or {@code RESET (p, ...)}. */
public record SetStorageParameters(boolean reset, List<Option> parameters) implements AlterAction {

    public SetStorageParameters {
        parameters = List.copyOf(parameters);
    }
}
