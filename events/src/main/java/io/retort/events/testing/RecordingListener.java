package io.retort.events.testing;

import io.retort.events.ConnectionInfo;
import io.retort.events.ConnectionObserver;
import io.retort.events.CursorEvent;
import io.retort.events.Outcome;
import io.retort.events.PoolEvent;
import io.retort.events.PoolObserver;
import io.retort.events.RouteEvent;
import io.retort.events.StatementEvent;
import io.retort.events.StatementObserver;
import io.retort.events.TransactionEvent;
import io.retort.events.TransactionObserver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A listener that records every observer callback it receives, in order, with its arguments: for
 * testing listeners, the driver's dispatch, and plugins. It observes statements, connections,
 * transactions and the pool; it does not transform (see {@link RecordingTransformer}).
 *
 * <pre>{@code
 * RecordingListener rec = new RecordingListener();
 * Listeners listeners = Listeners.of(List.of(rec));
 * StatementEvent e = TestEvents.statement("select 1").build();
 * listeners.beforeExecute(e);
 * listeners.afterExecute(e, TestEvents.success(1_000, -1));
 * rec.log().assertCallbacks("recording.beforeExecute", "recording.afterExecute");
 * rec.executedSql();   // ["select 1"]
 * }</pre>
 *
 * <p>Configure it (name, priority, {@link #needsModel()}, failures to throw) before registering it:
 * {@code Listeners} reads the priority once.
 */
public final class RecordingListener
        implements StatementObserver, ConnectionObserver, TransactionObserver, PoolObserver {

    private final String name;
    private final CallLog log;
    private volatile int priority;
    private volatile boolean needsModel;
    private final Map<String, Supplier<? extends RuntimeException>> failures = new HashMap<>();

    /** A recording listener named {@code recording} with its own log. */
    public RecordingListener() {
        this("recording", new CallLog());
    }

    /** A recording listener with this name and its own log. */
    public RecordingListener(String name) {
        this(name, new CallLog());
    }

    /** A recording listener writing to a shared log. */
    public RecordingListener(String name, CallLog log) {
        this.name = name;
        this.log = log;
    }

    /** This listener with another priority. */
    public RecordingListener priority(int priority) {
        this.priority = priority;
        return this;
    }

    /** This listener declaring that it reads the model (and reading it in {@code beforeExecute}). */
    public RecordingListener needingModel() {
        this.needsModel = true;
        return this;
    }

    /** Throws {@code failure.get()} from {@code callback} (e.g. {@code "beforeExecute"}) after recording the call. */
    public RecordingListener failOn(String callback, Supplier<? extends RuntimeException> failure) {
        synchronized (failures) {
            failures.put(callback, failure);
        }
        return this;
    }

    public String name() {
        return name;
    }

    public CallLog log() {
        return log;
    }

    /** The calls this listener received (its own, also when the log is shared). */
    public List<RecordedCall> calls() {
        List<RecordedCall> out = new ArrayList<>();
        for (RecordedCall c : log.calls()) {
            if (c.listener().equals(name)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The callback names this listener received, in order. */
    public List<String> callbacks() {
        List<String> out = new ArrayList<>();
        for (RecordedCall c : calls()) {
            out.add(c.callback());
        }
        return out;
    }

    /** The SQL of each {@code beforeExecute} received, in order. */
    public List<String> executedSql() {
        List<String> out = new ArrayList<>();
        for (RecordedCall c : calls()) {
            if (c.callback().equals("beforeExecute")) {
                out.add(c.sql());
            }
        }
        return out;
    }

    /** Forgets what was recorded (the whole log, when shared). */
    public void clear() {
        log.clear();
    }

    private void record(String callback, Object... arguments) {
        log.add(new RecordedCall(name, callback, Arrays.asList(arguments), Thread.currentThread().getName()));
        Supplier<? extends RuntimeException> failure;
        synchronized (failures) {
            failure = failures.get(callback);
        }
        if (failure != null) {
            throw failure.get();
        }
    }

    @Override
    public int priority() {
        return priority;
    }

    @Override
    public boolean needsModel() {
        return needsModel;
    }

    @Override
    public void beforeExecute(StatementEvent event) {
        if (needsModel) {
            event.model();
        }
        record("beforeExecute", event);
    }

    @Override
    public void afterRoute(RouteEvent event) {
        record("afterRoute", event);
    }

    @Override
    public void beforeCursorExecute(CursorEvent event) {
        record("beforeCursorExecute", event);
    }

    @Override
    public void afterCursorExecute(CursorEvent event, Outcome outcome) {
        record("afterCursorExecute", event, outcome);
    }

    @Override
    public void afterExecute(StatementEvent event, Outcome outcome) {
        record("afterExecute", event, outcome);
    }

    @Override
    public void onConnect(ConnectionInfo connection) {
        record("onConnect", connection);
    }

    @Override
    public void onClose(ConnectionInfo connection) {
        record("onClose", connection);
    }

    @Override
    public void onBegin(TransactionEvent event) {
        record("onBegin", event);
    }

    @Override
    public void onCommit(TransactionEvent event) {
        record("onCommit", event);
    }

    @Override
    public void onRollback(TransactionEvent event) {
        record("onRollback", event);
    }

    @Override
    public void onSavepoint(TransactionEvent event) {
        record("onSavepoint", event);
    }

    @Override
    public void onReleaseSavepoint(TransactionEvent event) {
        record("onReleaseSavepoint", event);
    }

    @Override
    public void onRollbackToSavepoint(TransactionEvent event) {
        record("onRollbackToSavepoint", event);
    }

    @Override
    public void onCheckout(PoolEvent event) {
        record("onCheckout", event);
    }

    @Override
    public void onCheckin(PoolEvent event) {
        record("onCheckin", event);
    }

    @Override
    public void onInvalidate(PoolEvent event, Throwable reason) {
        record("onInvalidate", event, reason);
    }

    @Override
    public String toString() {
        return "RecordingListener[" + name + "]";
    }
}
