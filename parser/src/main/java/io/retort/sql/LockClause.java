package io.retort.sql;

import java.util.List;
import java.util.Objects;

/**
 * A row-locking clause {@code FOR UPDATE [OF t, ...] [NOWAIT | SKIP LOCKED]}, {@code FOR SHARE}, or MySQL's {@code LOCK
 * IN SHARE MODE}.
 */
public record LockClause(LockStrength strength, List<Name> tables, LockWait waitPolicy) implements Clause {

    public LockClause {
        Objects.requireNonNull(strength, "strength");
        tables = List.copyOf(tables);
    }
}
