package io.retort.events.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.events.ExecutionKind;
import io.retort.events.Listeners;
import io.retort.events.Outcome;
import io.retort.events.PlanInfo;
import io.retort.events.StatementEvent;
import io.retort.sql.Sql;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestKitTest {

    @Test
    void statementEventsHaveSensibleDefaultsAndParseLazily() {
        Statement model = Sql.select(Sql.number(1));
        TestEvents.StatementBuilder b = TestEvents.statement("SELECT 1").model(model).dialect(SqlDialect.MYSQL);
        StatementEvent e = b.build();
        assertThat(e.sql()).isEqualTo("SELECT 1");
        assertThat(e.kind()).isEqualTo(ExecutionKind.EXECUTE);
        assertThat(e.parameters().size()).isZero();
        assertThat(e.connection().dialect()).isEqualTo(SqlDialect.MYSQL);
        assertThat(e.planInfo()).isEqualTo(PlanInfo.NOT_PARSED);
        assertThat(b.modelRequests()).isZero();
        assertThat(e.model()).isSameAs(model);
        assertThat(e.model()).isSameAs(model);
        assertThat(b.modelRequests()).isEqualTo(2);
        assertThat(e.planInfo().status()).isEqualTo(PlanInfo.Status.GENERATED);
    }

    @Test
    void planInfoParametersAndBatchesCanBeGiven() {
        StatementEvent cached = TestEvents.statement("x").cached(5_000_000_000L).parameters(1, "a", null).build();
        assertThat(cached.planInfo().status()).isEqualTo(PlanInfo.Status.CACHED);
        assertThat(System.nanoTime() - cached.planInfo().createdAtNanos()).isGreaterThanOrEqualTo(5_000_000_000L);
        assertThat(cached.parameters().toString()).isEqualTo("[1, 'a', NULL]");
        StatementEvent batch = TestEvents.statement("INSERT").batchRow(1).batchRow(2).build();
        assertThat(batch.kind()).isEqualTo(ExecutionKind.BATCH);
        assertThat(batch.batch()).hasSize(2);
        assertThat(batch.parameters().get(1)).isEqualTo(2);
    }

    @Test
    void askingForAModelThatWasNotGivenSaysHowToGiveIt() {
        StatementEvent e = TestEvents.statement("SELECT 1").build();
        assertThatThrownBy(e::model).hasMessageContaining("has no model: give one with .model(...)");
        assertThatThrownBy(() -> TestEvents.statement("x").modelRequests()).hasMessageContaining("build() the event first");
    }

    @Test
    void outcomesAndOtherEvents() {
        Outcome ok = TestEvents.success(10, 3);
        assertThat(ok.failed()).isFalse();
        Outcome bad = TestEvents.failure(10, new SQLException("x", "23505"));
        assertThat(bad.failed()).isTrue();
        assertThat(bad.rowCount()).isEqualTo(-1);
        StatementEvent e = TestEvents.statement("SELECT 1").parameters(5).build();
        assertThat(TestEvents.cursor(e, "ds0").parameters().get(1)).isEqualTo(5);
        assertThat(TestEvents.cursor(e, "ds1", "SELECT 1 FROM t_1", 7).sql()).isEqualTo("SELECT 1 FROM t_1");
        assertThat(TestEvents.route(e, "ds0", "ds1").targets()).hasSize(2);
        assertThat(TestEvents.connection().id()).isNotEqualTo(TestEvents.connection().id());
    }

    @Test
    void recordingListenersShareALogAndFailOnRequest() throws SQLException {
        CallLog log = new CallLog();
        RecordingListener a = new RecordingListener("a", log);
        RecordingListener b = new RecordingListener("b", log).failOn("afterExecute", () -> new IllegalStateException("b fails"));
        Listeners listeners = Listeners.of(List.of(a, b));
        StatementEvent e = TestEvents.statement("SELECT 1").build();
        listeners.beforeExecute(e);
        assertThatThrownBy(() -> listeners.afterExecute(e, TestEvents.success(1, -1))).hasMessageContaining("b fails");

        log.assertCallbacks("a.beforeExecute", "b.beforeExecute", "a.afterExecute", "b.afterExecute");
        assertThat(a.callbacks()).containsExactly("beforeExecute", "afterExecute");
        assertThat(a.executedSql()).containsExactly("SELECT 1");
        assertThat(log.calls("afterExecute").get(0).argument(Outcome.class).elapsedNanos()).isEqualTo(1);
        assertThat(log.calls().get(0).thread()).isEqualTo(Thread.currentThread().getName());
        assertThatThrownBy(() -> log.assertCallbacks("a.beforeExecute"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected callbacks [a.beforeExecute]")
                .hasMessageContaining("but were [a.beforeExecute, b.beforeExecute");
        assertThatThrownBy(() -> log.calls().get(0).argument(Outcome.class)).hasMessageContaining("no argument of type Outcome");
        a.clear();
        assertThat(log.size()).isZero();
    }

    @Test
    void aRecordingListenerThatNeedsTheModelReadsIt() throws SQLException {
        RecordingListener needing = new RecordingListener().needingModel().priority(3);
        assertThat(needing.priority()).isEqualTo(3);
        TestEvents.StatementBuilder b = TestEvents.statement("SELECT 1").model(Sql.select(Sql.number(1)));
        StatementEvent e = b.build();
        Listeners.of(List.of(needing)).beforeExecute(e);
        assertThat(b.modelRequests()).isEqualTo(1);
    }

    @Test
    void recordingTransformersRecordAndDelegate() throws SQLException {
        Statement replacement = Sql.select(Sql.number(2));
        RecordingTransformer t = new RecordingTransformer("t").onTransform((e, m) -> replacement);
        StatementEvent e = TestEvents.statement("SELECT 1").build();
        assertThat(Listeners.of(List.of(t)).transform(e, Sql.select(Sql.number(1)))).isSameAs(replacement);
        assertThat(t.log().calls("transform")).singleElement().satisfies(c -> assertThat(c.sql()).isEqualTo("SELECT 1"));
    }
}
