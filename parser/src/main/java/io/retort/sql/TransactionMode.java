package io.retort.sql;

/** A transaction characteristic of BEGIN / START TRANSACTION / SET TRANSACTION. */
public sealed interface TransactionMode {

    /** {@code ISOLATION LEVEL ...}. */
    record Isolation(IsolationLevel level) implements TransactionMode {
        public Isolation {
            java.util.Objects.requireNonNull(level, "level");
        }
    }

    /** {@code READ ONLY} or {@code READ WRITE}. */
    record AccessMode(boolean readOnly) implements TransactionMode {
    }

    /** PostgreSQL's {@code [NOT] DEFERRABLE}. */
    record Deferrable(boolean deferrable) implements TransactionMode {
    }

    /** MySQL's {@code WITH CONSISTENT SNAPSHOT}. */
    record ConsistentSnapshot() implements TransactionMode {
    }

    /** SQLite's {@code BEGIN DEFERRED | IMMEDIATE | EXCLUSIVE}; {@code behavior} is upper case. */
    record LockingBehavior(String behavior) implements TransactionMode {
        public LockingBehavior {
            java.util.Objects.requireNonNull(behavior, "behavior");
        }
    }
}
