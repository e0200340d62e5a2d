package io.retort.events;

import java.sql.SQLException;

/**
 * Turns whatever a listener threw into the SQLException the application sees: it names the
 * listener and the callback; a listener's own SQLException (a refusal) keeps its SQLState and
 * vendor code, anything else becomes SQLState HY000 with the original as the cause.
 */
final class ListenerFailure {

    private ListenerFailure() {}

    static SQLException of(RetortListener listener, String callback, Throwable thrown) {
        String who = "listener " + listener.getClass().getName() + " (" + callback + ")";
        if (thrown instanceof SQLException e) {
            String message = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
            return SqlExceptions.of(who + ": " + message, e.getSQLState(), e.getErrorCode(), e);
        }
        return SqlExceptions.of(who + " failed: " + thrown, "HY000", 0, thrown);
    }
}
