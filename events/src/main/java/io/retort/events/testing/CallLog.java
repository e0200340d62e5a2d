package io.retort.events.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * An ordered, thread-safe log of listener callbacks, shared by any number of
 * {@link RecordingListener}s and {@link RecordingTransformer}s so that a test sees how their calls
 * interleave.
 *
 * <pre>{@code
 * CallLog log = new CallLog();
 * Listeners listeners = Listeners.of(List.of(new RecordingListener("a", log), new RecordingListener("b", log)));
 * listeners.beforeExecute(TestEvents.statement("select 1").build());
 * log.assertCallbacks("a.beforeExecute", "b.beforeExecute");
 * }</pre>
 */
public final class CallLog {

    private final List<RecordedCall> calls = new ArrayList<>();

    /** Appends a call. */
    public synchronized void add(RecordedCall call) {
        calls.add(call);
    }

    /** Every call so far, in order (a copy). */
    public synchronized List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    /** The calls so far as {@code listener.callback} strings, in order. */
    public synchronized List<String> callbacks() {
        List<String> out = new ArrayList<>(calls.size());
        for (RecordedCall c : calls) {
            out.add(c.listener() + "." + c.callback());
        }
        return out;
    }

    /** The calls of one callback ({@code "beforeExecute"}), in order. */
    public synchronized List<RecordedCall> calls(String callback) {
        List<RecordedCall> out = new ArrayList<>();
        for (RecordedCall c : calls) {
            if (c.callback().equals(callback)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Checks that exactly these {@code listener.callback} calls happened, in this order.
     *
     * @throws AssertionError showing what was expected and what happened
     */
    public synchronized void assertCallbacks(String... expected) {
        List<String> actual = callbacks();
        if (!actual.equals(List.of(expected))) {
            throw new AssertionError("expected callbacks " + List.of(expected) + "\n but were " + actual);
        }
    }

    public synchronized void clear() {
        calls.clear();
    }

    public synchronized int size() {
        return calls.size();
    }

    @Override
    public synchronized String toString() {
        return "CallLog" + callbacks();
    }
}
