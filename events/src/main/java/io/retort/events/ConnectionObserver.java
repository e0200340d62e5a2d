package io.retort.events;

/** Observes logical connections opening and closing. Methods default to doing nothing. */
public interface ConnectionObserver extends RetortListener {

    /** A logical connection was opened (after the first real connection was made). */
    default void onConnect(ConnectionInfo connection) {}

    /** A logical connection was closed (after its real connections were closed or returned). */
    default void onClose(ConnectionInfo connection) {}
}
