package io.retort.events.testing;

import io.retort.events.CursorEvent;
import io.retort.events.ErrorEvent;
import io.retort.events.ErrorHandler;
import io.retort.events.PhysicalSqlTransformer;
import io.retort.events.StatementEvent;
import io.retort.events.StatementTransformer;
import io.retort.sql.Statement;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * A transformer that records its calls (to its own {@link CallLog} or a shared one) and then
 * delegates: by default it returns the model, the physical SQL and the exception unchanged.
 * Registering it makes statements parsed, as any transformer does.
 *
 * <pre>{@code
 * RecordingTransformer refuse = new RecordingTransformer("guard")
 *         .onTransform((event, model) -> { throw new SQLException("no", "42501"); });
 * }</pre>
 */
public final class RecordingTransformer implements StatementTransformer, PhysicalSqlTransformer, ErrorHandler {

    private final String name;
    private final CallLog log;
    private volatile int priority;
    private volatile StatementTransformer onTransform = (event, model) -> model;
    private volatile PhysicalSqlTransformer onPhysical = (event, sql) -> sql;
    private volatile ErrorHandler onError = (event, current) -> current;

    public RecordingTransformer() {
        this("transformer", new CallLog());
    }

    public RecordingTransformer(String name) {
        this(name, new CallLog());
    }

    public RecordingTransformer(String name, CallLog log) {
        this.name = name;
        this.log = log;
    }

    public RecordingTransformer priority(int priority) {
        this.priority = priority;
        return this;
    }

    /** What {@code transform} does after recording the call. */
    public RecordingTransformer onTransform(StatementTransformer delegate) {
        this.onTransform = delegate;
        return this;
    }

    /** What the physical-SQL {@code transform} does after recording the call. */
    public RecordingTransformer onPhysicalSql(PhysicalSqlTransformer delegate) {
        this.onPhysical = delegate;
        return this;
    }

    /** What {@code handleError} does after recording the call. */
    public RecordingTransformer onError(ErrorHandler delegate) {
        this.onError = delegate;
        return this;
    }

    public String name() {
        return name;
    }

    public CallLog log() {
        return log;
    }

    @Override
    public int priority() {
        return priority;
    }

    @Override
    public Statement transform(StatementEvent event, Statement model) throws SQLException {
        record("transform", event, model);
        return onTransform.transform(event, model);
    }

    @Override
    public String transform(CursorEvent event, String sql) throws SQLException {
        record("transformPhysicalSql", event, sql);
        return onPhysical.transform(event, sql);
    }

    @Override
    public SQLException handleError(ErrorEvent event, SQLException current) {
        record("handleError", event, current);
        return onError.handleError(event, current);
    }

    private void record(String callback, Object... arguments) {
        log.add(new RecordedCall(name, callback, Arrays.asList(arguments), Thread.currentThread().getName()));
    }

    @Override
    public String toString() {
        return "RecordingTransformer[" + name + "]";
    }
}
