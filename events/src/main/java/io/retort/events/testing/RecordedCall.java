package io.retort.events.testing;

import io.retort.events.CursorEvent;
import io.retort.events.StatementEvent;
import java.util.List;
import java.util.Objects;

/**
 * One callback a recording listener received.
 *
 * @param listener the recording listener's name
 * @param callback the callback's name, as in the listener interfaces ({@code beforeExecute}, {@code onCommit}, {@code transform}, …)
 * @param arguments the arguments, in order, as received
 * @param thread the name of the thread it came from
 */
public record RecordedCall(String listener, String callback, List<Object> arguments, String thread) {

    public RecordedCall {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(callback, "callback");
        arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
    }

    /** The first argument of this type. */
    public <T> T argument(Class<T> type) {
        for (Object a : arguments) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        throw new AssertionError(listener + "." + callback + " had no argument of type " + type.getSimpleName() + ": " + arguments);
    }

    /** The SQL the call was about (the statement's, or the physical SQL of a cursor event), or null. */
    public String sql() {
        for (Object a : arguments) {
            if (a instanceof CursorEvent c) {
                return c.sql();
            }
            if (a instanceof StatementEvent s) {
                return s.sql();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return listener + "." + callback + arguments;
    }
}
