package io.retort.testkit.stub;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The calls one stub object received, in order. Safe to read while another thread calls. */
public final class CallLog {

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, SQLException> failures = new ConcurrentHashMap<>();

    /** Records a call; throws the failure planned for this method, if any (once). */
    void record(String method, Object... args) throws SQLException {
        calls.add(Call.of(method, args));
        SQLException failure = failures.remove(method);
        if (failure != null) {
            throw failure;
        }
    }

    /** Records a call that cannot fail. */
    void note(String method, Object... args) {
        calls.add(Call.of(method, args));
    }

    /** The next call of {@code method} (any overload) throws {@code failure}, the same object. */
    public void failNext(String method, SQLException failure) {
        failures.put(method, failure);
    }

    /** All calls so far, oldest first. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The most recent call; fails if there was none. */
    public Call last() {
        if (calls.isEmpty()) {
            throw new IllegalStateException("no call recorded");
        }
        return calls.get(calls.size() - 1);
    }

    /** The names of the methods called, in order. */
    public List<String> methods() {
        return calls.stream().map(Call::method).toList();
    }

    public int count(String method) {
        return (int) calls.stream().filter(c -> c.method().equals(method)).count();
    }

    public boolean called(String method) {
        return count(method) > 0;
    }

    public int size() {
        return calls.size();
    }

    public void clear() {
        calls.clear();
    }

    @Override
    public String toString() {
        return calls.toString();
    }
}
