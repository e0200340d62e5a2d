package io.retort.sql;

import java.util.Objects;

/**
 * A table-level option in ALTER TABLE: {@code ENGINE=InnoDB}, {@code ALGORITHM=INPLACE}, {@code LOCK=NONE}, {@code
 * FORCE}, {@code SET SCHEMA s}, {@code SET ACCESS METHOD m}, {@code OWNER TO r}.
 */
public record TableOptionAction(Option option) implements AlterAction {

    public TableOptionAction {
        Objects.requireNonNull(option, "option");
    }
}
