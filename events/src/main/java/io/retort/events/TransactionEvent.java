package io.retort.events;

import java.util.List;
import java.util.Objects;

/**
 * A step of a logical transaction.
 *
 * @param connection the logical connection
 * @param kind what happened
 * @param savepoint the savepoint's name for the savepoint kinds, otherwise null
 * @param dataSources the data sources the transaction had touched when this happened, in the order it touched them
 */
public record TransactionEvent(ConnectionInfo connection, Kind kind, String savepoint, List<String> dataSources) {

    /** The steps of a transaction. */
    public enum Kind { BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE_SAVEPOINT, ROLLBACK_TO_SAVEPOINT }

    public TransactionEvent {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(kind, "kind");
        dataSources = List.copyOf(dataSources);
    }
}
