package io.retort.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.events.testing.CallLog;
import io.retort.events.testing.RecordingListener;
import io.retort.events.testing.RecordingTransformer;
import io.retort.events.testing.TestEvents;
import io.retort.sql.Sql;
import io.retort.sql.Statement;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ListenersTest {

    private final CallLog log = new CallLog();

    @Test
    void higherPriorityFirstThenRegistrationOrder() throws SQLException {
        RecordingListener a = new RecordingListener("a", log);
        RecordingListener b = new RecordingListener("b", log).priority(10);
        RecordingListener c = new RecordingListener("c", log);
        RecordingListener d = new RecordingListener("d", log).priority(-5);
        RecordingListener e = new RecordingListener("e", log).priority(10);
        Listeners listeners = Listeners.of(List.of(a, b, c, d, e));

        listeners.beforeExecute(TestEvents.statement("select 1").build());

        log.assertCallbacks("b.beforeExecute", "e.beforeExecute", "a.beforeExecute", "c.beforeExecute", "d.beforeExecute");
        assertThat(listeners.all()).containsExactly(b, e, a, c, d);
    }

    @Test
    void plusAppendsInRegistrationOrderAndResortsByPriority() throws SQLException {
        RecordingListener a = new RecordingListener("a", log);
        RecordingListener b = new RecordingListener("b", log).priority(1);
        RecordingListener c = new RecordingListener("c", log);
        RecordingListener d = new RecordingListener("d", log).priority(1);
        Listeners listeners = Listeners.of(List.of(a, b)).plus(List.of(c, d));

        listeners.beforeExecute(TestEvents.statement("select 1").build());

        log.assertCallbacks("b.beforeExecute", "d.beforeExecute", "a.beforeExecute", "c.beforeExecute");
        assertThat(Listeners.of(List.of(a)).plus(Listeners.of(List.of(c, d))).all()).containsExactly(d, a, c);
    }

    @Test
    void emptyListenersAnswerNoToEverything() {
        assertThat(Listeners.of(List.of())).isSameAs(Listeners.NONE);
        assertThat(Listeners.NONE.needsModel()).isFalse();
        assertThat(Listeners.NONE.observesStatements()).isFalse();
        assertThat(Listeners.NONE.providesParameter("retort_tenant")).isFalse();
    }

    @Test
    void modelIsNeededOnlyWhenAListenerSaysSo() {
        assertThat(Listeners.of(List.of(new RecordingListener())).needsModel()).isFalse();
        assertThat(Listeners.of(List.of(new RecordingListener().needingModel())).needsModel()).isTrue();
        assertThat(Listeners.of(List.of(new RecordingTransformer())).needsModel()).isTrue();
    }

    @Test
    void transformersRunInOrderEachOnThePreviousResult() throws SQLException {
        Statement first = Sql.select(Sql.number(1));
        Statement second = Sql.select(Sql.number(2));
        Statement third = Sql.select(Sql.number(3));
        RecordingTransformer t1 = new RecordingTransformer("t1", log).onTransform((e, m) -> m == first ? second : null);
        RecordingTransformer t2 = new RecordingTransformer("t2", log).onTransform((e, m) -> m == second ? third : null);
        Listeners listeners = Listeners.of(List.of(t1, t2));

        Statement result = listeners.transform(TestEvents.statement("select 1").build(), first);

        assertThat(result).isSameAs(third);
        log.assertCallbacks("t1.transform", "t2.transform");
    }

    @Test
    void aRefusalKeepsItsSqlStateAndVendorCodeAndNamesTheListener() {
        RecordingTransformer guard = new RecordingTransformer("guard", log)
                .onTransform((e, m) -> { throw new SQLException("DELETE without WHERE", "42501", 1142); });
        RecordingTransformer later = new RecordingTransformer("later", log);
        Listeners listeners = Listeners.of(List.of(guard, later));

        assertThatThrownBy(() -> listeners.transform(TestEvents.statement("delete from t").build(), Sql.select(Sql.number(1))))
                .isInstanceOf(SQLSyntaxErrorException.class)
                .hasMessageContaining(RecordingTransformer.class.getName())
                .hasMessageContaining("(transform)")
                .hasMessageContaining("DELETE without WHERE")
                .satisfies(t -> {
                    SQLException e = (SQLException) t;
                    assertThat(e.getSQLState()).isEqualTo("42501");
                    assertThat(e.getErrorCode()).isEqualTo(1142);
                    assertThat(e.getCause()).hasMessage("DELETE without WHERE");
                });
        log.assertCallbacks("guard.transform");
    }

    @Test
    void aTransformerReturningNullIsAnError() {
        RecordingTransformer broken = new RecordingTransformer("broken").onTransform((e, m) -> null);
        assertThatThrownBy(() -> Listeners.of(List.of(broken)).transform(TestEvents.statement("x").build(), Sql.select(Sql.number(1))))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("returned null")
                .extracting(t -> ((SQLException) t).getSQLState()).isEqualTo("HY000");
    }

    @Test
    void aRuntimeFailureBeforeExecutionStopsTheRestWithHy000() {
        RecordingListener a = new RecordingListener("a", log).failOn("beforeExecute", () -> new IllegalStateException("boom"));
        RecordingListener b = new RecordingListener("b", log);
        Listeners listeners = Listeners.of(List.of(a, b));

        assertThatThrownBy(() -> listeners.beforeExecute(TestEvents.statement("select 1").build()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("listener " + RecordingListener.class.getName() + " (beforeExecute) failed")
                .hasMessageContaining("boom")
                .hasCauseInstanceOf(IllegalStateException.class)
                .extracting(t -> ((SQLException) t).getSQLState()).isEqualTo("HY000");
        log.assertCallbacks("a.beforeExecute");
    }

    @Test
    void linkageAndAssertionErrorsOfAListenerBecomeSqlExceptions() {
        RecordingListener missingDependency = new RecordingListener("a")
                .failOn("beforeCursorExecute", () -> { throw new NoClassDefFoundError("com/example/Missing"); });
        StatementEvent e = TestEvents.statement("select 1").build();
        assertThatThrownBy(() -> Listeners.of(List.of(missingDependency)).beforeCursorExecute(TestEvents.cursor(e, "ds0")))
                .isInstanceOf(SQLException.class)
                .hasCauseInstanceOf(NoClassDefFoundError.class);

        RecordingListener asserting = new RecordingListener("b").failOn("onConnect", () -> { throw new AssertionError("nope"); });
        assertThatThrownBy(() -> Listeners.of(List.of(asserting)).connected(TestEvents.connection()))
                .isInstanceOf(SQLException.class)
                .hasCauseInstanceOf(AssertionError.class);
    }

    @Test
    void afterCallbacksReachEveryListenerAndTheFirstFailureIsThrown() {
        RecordingListener a = new RecordingListener("a", log).failOn("afterExecute", () -> new IllegalStateException("first"));
        RecordingListener b = new RecordingListener("b", log).failOn("afterExecute", () -> new IllegalStateException("second"));
        RecordingListener c = new RecordingListener("c", log);
        Listeners listeners = Listeners.of(List.of(a, b, c));
        SQLException statementError = new SQLException("duplicate key", "23505");

        assertThatThrownBy(() -> listeners.afterExecute(TestEvents.statement("insert").build(), TestEvents.failure(10, statementError)))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("after the statement failed")
                .hasMessageContaining("first")
                .satisfies(t -> {
                    List<String> suppressed = new ArrayList<>();
                    for (Throwable s : t.getSuppressed()) {
                        suppressed.add(s.getMessage());
                    }
                    assertThat(suppressed).anySatisfy(m -> assertThat(m).isEqualTo("duplicate key"));
                    assertThat(suppressed).anySatisfy(m -> assertThat(m).contains("second"));
                });
        log.assertCallbacks("a.afterExecute", "b.afterExecute", "c.afterExecute");
    }

    @Test
    void afterCursorFailureSaysTheStatementCompleted() {
        RecordingListener a = new RecordingListener("a", log).failOn("afterCursorExecute", () -> new IllegalStateException("x"));
        RecordingListener b = new RecordingListener("b", log);
        StatementEvent e = TestEvents.statement("select 1").build();

        assertThatThrownBy(() -> Listeners.of(List.of(a, b)).afterCursorExecute(TestEvents.cursor(e, "ds0"), TestEvents.success(5, 1)))
                .hasMessageContaining("after the statement completed");
        log.assertCallbacks("a.afterCursorExecute", "b.afterCursorExecute");
    }

    @Test
    void physicalSqlTransformersChainAndObserversSeeTheFinalSql() throws SQLException {
        RecordingTransformer upper = new RecordingTransformer("upper", log).onPhysicalSql((e, sql) -> sql.toUpperCase());
        RecordingTransformer comment = new RecordingTransformer("comment", log).onPhysicalSql((e, sql) -> "/* app */ " + sql);
        RecordingListener observer = new RecordingListener("obs", log);
        Listeners listeners = Listeners.of(List.of(upper, comment, observer));
        StatementEvent e = TestEvents.statement("select 1").build();

        CursorEvent result = listeners.beforeCursorExecute(TestEvents.cursor(e, "ds0"));

        assertThat(result.sql()).isEqualTo("/* app */ SELECT 1");
        assertThat(observer.calls().get(0).argument(CursorEvent.class).sql()).isEqualTo("/* app */ SELECT 1");
        log.assertCallbacks("upper.transformPhysicalSql", "comment.transformPhysicalSql", "obs.beforeCursorExecute");
    }

    @Test
    void errorHandlersChainAndAFailingHandlerIsReportedWithTheOriginal() {
        SQLException original = new SQLException("connection reset", "08006");
        SQLException replaced = new SQLException("database unavailable, try again", "08006");
        RecordingTransformer h1 = new RecordingTransformer("h1", log).onError((e, current) -> replaced);
        RecordingTransformer h2 = new RecordingTransformer("h2", log);
        ErrorEvent event = TestEvents.error("select 1", "ds0", original);

        assertThat(event.isDisconnect()).isTrue();
        assertThat((Object) Listeners.of(List.of(h1, h2)).handleError(event)).isSameAs(replaced);
        assertThat(log.calls("handleError").get(1).arguments()).contains(replaced);

        ErrorHandler failing = (e, current) -> { throw new IllegalStateException("handler bug"); };
        SQLException result = Listeners.of(List.of(failing)).handleError(event);
        assertThat(result.getMessage()).contains("handleError").contains("handler bug");
        assertThat(List.of(result.getSuppressed())).containsExactly(original);
    }

    @Test
    void closeReachesEveryObserverEvenWhenOneFails() {
        RecordingListener a = new RecordingListener("a", log).failOn("onClose", () -> new IllegalStateException("a"));
        RecordingListener b = new RecordingListener("b", log);
        assertThatThrownBy(() -> Listeners.of(List.of(a, b)).closed(TestEvents.connection()))
                .hasMessageContaining("onClose, after the connection closed");
        log.assertCallbacks("a.onClose", "b.onClose");
    }

    @Test
    void transactionStepsReachTheirCallbacks() throws SQLException {
        RecordingListener r = new RecordingListener("r", log);
        Listeners listeners = Listeners.of(List.of(r));
        for (TransactionEvent.Kind kind : TransactionEvent.Kind.values()) {
            listeners.transaction(TestEvents.savepoint(kind, "sp1", "ds0"));
        }
        log.assertCallbacks("r.onBegin", "r.onCommit", "r.onRollback", "r.onSavepoint", "r.onReleaseSavepoint",
                "r.onRollbackToSavepoint");
    }

    @Test
    void poolEventsReachTheirCallbacks() throws SQLException {
        RecordingListener r = new RecordingListener("r", log);
        Listeners listeners = Listeners.of(List.of(r));
        PoolEvent e = TestEvents.pool("ds1");
        listeners.checkout(e);
        listeners.checkin(e);
        listeners.invalidate(e, new SQLException("gone", "08006"));
        log.assertCallbacks("r.onCheckout", "r.onCheckin", "r.onInvalidate");
        assertThat(Listeners.of(List.of(r)).observesPool()).isTrue();
    }

    @Test
    void parameterValuesComeFromTheFirstProviderThatProvidesTheName() throws SQLException {
        ParameterProvider tenant = new FixedParameter("retort_tenant", "acme");
        ParameterProvider other = new FixedParameter("retort_tenant", "ignored");
        Listeners listeners = Listeners.of(List.of(tenant, other));
        StatementEvent e = TestEvents.statement("select 1").build();

        assertThat(listeners.providesParameter("retort_tenant")).isTrue();
        assertThat(listeners.parameterValue("retort_tenant", e)).isEqualTo("acme");
        assertThatThrownBy(() -> listeners.parameterValue("unknown", e))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining(":unknown")
                .extracting(t -> ((SQLException) t).getSQLState()).isEqualTo("07001");
    }

    @Test
    void attributesAreSafeToUseFromSeveralThreads() throws Exception {
        StatementEvent e = TestEvents.statement("select 1").build();
        assertThat(e.attribute("x")).isNull();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 1000; i++) {
                    e.attributes().put(id + ":" + i, i);
                }
                return null;
            }));
        }
        start.countDown();
        for (var f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(e.attributes()).hasSize(threads * 1000);
        assertThat(e.attribute("3:999")).isEqualTo(999);
    }

    private record FixedParameter(String name, Object value) implements ParameterProvider {
        @Override
        public boolean providesParameter(String n) {
            return n.equals(name);
        }

        @Override
        public Object parameterValue(String n, StatementEvent event) {
            return value;
        }
    }
}
