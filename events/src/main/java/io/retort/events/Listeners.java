package io.retort.events;

import io.retort.sql.Statement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * An immutable, ordered set of listeners and the dispatch of every event to them. Order: higher
 * {@link RetortListener#priority()} first, then registration order. The driver keeps one per
 * connection and asks it cheap questions ({@link #needsModel()}, {@link #observesStatements()})
 * to decide whether a statement can take the fast path.
 *
 * <p>Failures: a listener that throws in a before-callback stops the statement (nothing runs);
 * in an after-callback, the remaining listeners are still called and the first failure is thrown
 * afterwards, saying that the statement itself had completed. Either way the exception names the
 * listener and the callback ({@link ListenerFailure}). Besides runtime exceptions, a listener's
 * {@link LinkageError} (a plugin missing one of its own dependencies) and {@link AssertionError} are
 * turned into SQLExceptions too, so they cannot skip the driver's clean-up; virtual-machine errors
 * (out of memory, stack overflow) still propagate as they are.
 *
 * <pre>{@code
 * Listeners listeners = Listeners.of(List.of(new StatementLog(), new SlowQueryLog(200)));
 * if (listeners.needsModel()) { ... parse ... }
 * }</pre>
 */
public final class Listeners {

    /** No listeners: every question answers "no", every dispatch does nothing. */
    public static final Listeners NONE = new Listeners(List.of());

    private static final Comparator<RetortListener> BY_PRIORITY =
            Comparator.comparingInt(RetortListener::priority).reversed();

    private final List<RetortListener> all;
    private final StatementObserver[] statementObservers;
    private final StatementTransformer[] transformers;
    private final PhysicalSqlTransformer[] physicalTransformers;
    private final ConnectionObserver[] connectionObservers;
    private final TransactionObserver[] transactionObservers;
    private final PoolObserver[] poolObservers;
    private final ErrorHandler[] errorHandlers;
    private final ParameterProvider[] parameterProviders;
    private final boolean needsModel;

    private Listeners(List<RetortListener> inRegistrationOrder) {
        List<RetortListener> sorted = new ArrayList<>(inRegistrationOrder);
        sorted.sort(BY_PRIORITY); // List.sort is stable: equal priorities keep registration order
        this.all = List.copyOf(sorted);
        this.statementObservers = select(all, StatementObserver.class).toArray(new StatementObserver[0]);
        this.transformers = select(all, StatementTransformer.class).toArray(new StatementTransformer[0]);
        this.physicalTransformers = select(all, PhysicalSqlTransformer.class).toArray(new PhysicalSqlTransformer[0]);
        this.connectionObservers = select(all, ConnectionObserver.class).toArray(new ConnectionObserver[0]);
        this.transactionObservers = select(all, TransactionObserver.class).toArray(new TransactionObserver[0]);
        this.poolObservers = select(all, PoolObserver.class).toArray(new PoolObserver[0]);
        this.errorHandlers = select(all, ErrorHandler.class).toArray(new ErrorHandler[0]);
        this.parameterProviders = select(all, ParameterProvider.class).toArray(new ParameterProvider[0]);
        boolean model = transformers.length > 0;
        for (StatementObserver o : statementObservers) {
            model |= o.needsModel();
        }
        this.needsModel = model;
    }

    /** These listeners, given in registration order. */
    public static Listeners of(Collection<? extends RetortListener> inRegistrationOrder) {
        return inRegistrationOrder.isEmpty() ? NONE : new Listeners(List.copyOf(inRegistrationOrder));
    }

    /** These listeners followed (in registration order) by {@code more}. */
    public Listeners plus(Collection<? extends RetortListener> more) {
        if (more.isEmpty()) {
            return this;
        }
        // `all` is sorted stably by priority only, so listeners of equal priority are still in
        // registration order there; appending and re-sorting keeps that order.
        List<RetortListener> combined = new ArrayList<>(all);
        combined.addAll(more);
        return new Listeners(combined);
    }

    /** {@code this} followed by every listener of {@code other}. */
    public Listeners plus(Listeners other) {
        return other.all.isEmpty() ? this : plus(other.all);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** Every listener, in call order. */
    public List<RetortListener> all() {
        return all;
    }

    /** The listeners implementing {@code type}, in call order (e.g. the ORM's own observer interface). */
    public <T> List<T> ofType(Class<T> type) {
        return select(all, type);
    }

    /** Whether some listener needs statements parsed (a transformer, or an observer that declared it). */
    public boolean needsModel() {
        return needsModel;
    }

    /** Whether any listener wants statement or cursor events. */
    public boolean observesStatements() {
        return statementObservers.length > 0 || transformers.length > 0 || physicalTransformers.length > 0;
    }

    /** Whether any observer wants the after-cursor-execute and after-execute callbacks. */
    public boolean hearsOutcomes() {
        return statementObservers.length > 0;
    }

    public boolean transformsStatements() {
        return transformers.length > 0;
    }

    public boolean transformsPhysicalSql() {
        return physicalTransformers.length > 0;
    }

    public boolean observesTransactions() {
        return transactionObservers.length > 0;
    }

    public boolean observesConnections() {
        return connectionObservers.length > 0;
    }

    public boolean observesPool() {
        return poolObservers.length > 0;
    }

    public boolean handlesErrors() {
        return errorHandlers.length > 0;
    }

    // ---- statements ----

    /** Runs the transformers in order; returns the final model. */
    public Statement transform(StatementEvent event, Statement model) throws SQLException {
        Statement current = model;
        for (StatementTransformer t : transformers) {
            try {
                current = t.transform(event, current);
            } catch (SQLException | RuntimeException | LinkageError | AssertionError e) {
                throw ListenerFailure.of(t, "transform", e);
            }
            if (current == null) {
                throw ListenerFailure.of(t, "transform", new IllegalStateException("returned null instead of a statement"));
            }
        }
        return current;
    }

    public void beforeExecute(StatementEvent event) throws SQLException {
        for (StatementObserver o : statementObservers) {
            try {
                o.beforeExecute(event);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                throw ListenerFailure.of(o, "beforeExecute", e);
            }
        }
    }

    public void afterRoute(RouteEvent event) throws SQLException {
        for (StatementObserver o : statementObservers) {
            try {
                o.afterRoute(event);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                throw ListenerFailure.of(o, "afterRoute", e);
            }
        }
    }

    /**
     * Runs the physical-SQL transformers, then the observers' before-cursor-execute callbacks with
     * the final SQL; returns the event with the SQL to run.
     */
    public CursorEvent beforeCursorExecute(CursorEvent event) throws SQLException {
        CursorEvent current = event;
        for (PhysicalSqlTransformer t : physicalTransformers) {
            String sql;
            try {
                sql = t.transform(current, current.sql());
            } catch (SQLException | RuntimeException | LinkageError | AssertionError e) {
                throw ListenerFailure.of(t, "transform physical SQL", e);
            }
            if (sql == null) {
                throw ListenerFailure.of(t, "transform physical SQL", new IllegalStateException("returned null instead of SQL"));
            }
            if (!sql.equals(current.sql())) {
                current = current.withSql(sql);
            }
        }
        for (StatementObserver o : statementObservers) {
            try {
                o.beforeCursorExecute(current);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                throw ListenerFailure.of(o, "beforeCursorExecute", e);
            }
        }
        return current;
    }

    public void afterCursorExecute(CursorEvent event, Outcome outcome) throws SQLException {
        SQLException failure = null;
        for (StatementObserver o : statementObservers) {
            try {
                o.afterCursorExecute(event, outcome);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                failure = collect(failure, o, "afterCursorExecute", e, outcome);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    public void afterExecute(StatementEvent event, Outcome outcome) throws SQLException {
        SQLException failure = null;
        for (StatementObserver o : statementObservers) {
            try {
                o.afterExecute(event, outcome);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                failure = collect(failure, o, "afterExecute", e, outcome);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static SQLException collect(SQLException first, RetortListener l, String callback, Throwable e,
            Outcome outcome) {
        String when = outcome.failed() ? callback + ", after the statement failed" : callback + ", after the statement completed";
        SQLException wrapped = ListenerFailure.of(l, when, e);
        if (outcome.failed()) {
            wrapped.addSuppressed(outcome.error());
        }
        if (first == null) {
            return wrapped;
        }
        first.addSuppressed(wrapped);
        return first;
    }

    // ---- parameters added by listeners ----

    /**
     * Whether some listener supplies the value of the named parameter {@code name} (a parameter a
     * transformer added, such as the tenant filter's {@code :retort_tenant}).
     */
    public boolean providesParameter(String name) {
        for (ParameterProvider p : parameterProviders) {
            if (p.providesParameter(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value to bind to the named parameter {@code name} in this execution: asks the first listener
     * (in call order) that {@link ParameterProvider#providesParameter provides} it. Call it on the
     * application's thread, before fanning out to data sources.
     *
     * @throws SQLException when no listener provides {@code name} (SQLState 07001, like a parameter
     *     left unbound), or the provider refused (its SQLException, naming it)
     */
    public Object parameterValue(String name, StatementEvent event) throws SQLException {
        for (ParameterProvider p : parameterProviders) {
            if (p.providesParameter(name)) {
                try {
                    return p.parameterValue(name, event);
                } catch (SQLException | RuntimeException | LinkageError | AssertionError e) {
                    throw ListenerFailure.of(p, "parameterValue :" + name, e);
                }
            }
        }
        throw new SQLException("no value for the named parameter :" + name + " in " + event.sql()
                + ": no listener provides it; bind it like the other parameters or register the listener that adds it",
                "07001");
    }

    // ---- errors ----

    /**
     * Passes a failure through the error handlers and returns the exception the application should
     * see. Never throws: a handler that fails is reported with the original as a suppressed exception.
     */
    public SQLException handleError(ErrorEvent event) {
        SQLException current = event.exception();
        for (ErrorHandler h : errorHandlers) {
            try {
                SQLException next = h.handleError(event, current);
                if (next != null) {
                    current = next;
                }
            } catch (RuntimeException | LinkageError | AssertionError e) {
                SQLException failure = ListenerFailure.of(h, "handleError", e);
                failure.addSuppressed(event.exception());
                return failure;
            }
        }
        return current;
    }

    // ---- connections, transactions, pools ----

    public void connected(ConnectionInfo connection) throws SQLException {
        for (ConnectionObserver o : connectionObservers) {
            try {
                o.onConnect(connection);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                throw ListenerFailure.of(o, "onConnect", e);
            }
        }
    }

    /** Called after the connection closed; every observer is called, the first failure is thrown. */
    public void closed(ConnectionInfo connection) throws SQLException {
        SQLException failure = null;
        for (ConnectionObserver o : connectionObservers) {
            try {
                o.onClose(connection);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                SQLException wrapped = ListenerFailure.of(o, "onClose, after the connection closed", e);
                if (failure == null) {
                    failure = wrapped;
                } else {
                    failure.addSuppressed(wrapped);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Dispatches a transaction step (after it succeeded). */
    public void transaction(TransactionEvent event) throws SQLException {
        for (TransactionObserver o : transactionObservers) {
            try {
                switch (event.kind()) {
                    case BEGIN -> o.onBegin(event);
                    case COMMIT -> o.onCommit(event);
                    case ROLLBACK -> o.onRollback(event);
                    case SAVEPOINT -> o.onSavepoint(event);
                    case RELEASE_SAVEPOINT -> o.onReleaseSavepoint(event);
                    case ROLLBACK_TO_SAVEPOINT -> o.onRollbackToSavepoint(event);
                }
            } catch (RuntimeException | LinkageError | AssertionError e) {
                throw ListenerFailure.of(o, "on " + event.kind(), e);
            }
        }
    }

    public void checkout(PoolEvent event) throws SQLException {
        for (PoolObserver o : poolObservers) {
            try {
                o.onCheckout(event);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                throw ListenerFailure.of(o, "onCheckout", e);
            }
        }
    }

    public void checkin(PoolEvent event) throws SQLException {
        for (PoolObserver o : poolObservers) {
            try {
                o.onCheckin(event);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                throw ListenerFailure.of(o, "onCheckin", e);
            }
        }
    }

    public void invalidate(PoolEvent event, Throwable reason) throws SQLException {
        for (PoolObserver o : poolObservers) {
            try {
                o.onInvalidate(event, reason);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                throw ListenerFailure.of(o, "onInvalidate", e);
            }
        }
    }

    private static <T> List<T> select(List<RetortListener> listeners, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (RetortListener l : listeners) {
            if (type.isInstance(l)) {
                out.add(type.cast(l));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        List<String> names = new ArrayList<>(all.size());
        for (RetortListener l : all) {
            names.add(l.getClass().getSimpleName());
        }
        return "Listeners" + names;
    }
}
