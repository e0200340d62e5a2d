package io.retort.events;

/**
 * Observes the real connections Retort borrows from its pools (sharded configurations, where each
 * data source has a HikariCP pool). Methods default to doing nothing.
 */
public interface PoolObserver extends RetortListener {

    /** A real connection was borrowed for a logical connection. */
    default void onCheckout(PoolEvent event) {}

    /** A real connection went back to its pool. */
    default void onCheckin(PoolEvent event) {}

    /** A real connection was thrown away instead of returned (it failed, or was marked as disconnected). */
    default void onInvalidate(PoolEvent event, Throwable reason) {}
}
