package io.retort.events;

/**
 * Observes logical transactions. JDBC has no explicit BEGIN: a transaction begins with the first
 * statement executed while auto-commit is off, and that is when {@link #onBegin} is called.
 * Methods default to doing nothing; each is called after the step succeeded.
 */
public interface TransactionObserver extends RetortListener {

    default void onBegin(TransactionEvent event) {}

    default void onCommit(TransactionEvent event) {}

    default void onRollback(TransactionEvent event) {}

    default void onSavepoint(TransactionEvent event) {}

    default void onReleaseSavepoint(TransactionEvent event) {}

    default void onRollbackToSavepoint(TransactionEvent event) {}
}
