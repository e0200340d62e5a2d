package io.retort.jdbc;

/** What a sharded statement's {@code cancel()} reaches: the execution running now (called from any thread). */
interface Cancellable {
    void cancelAll();
}
