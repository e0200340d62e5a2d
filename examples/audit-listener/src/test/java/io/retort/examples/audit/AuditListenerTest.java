package io.retort.examples.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.events.ListenerLoader;
import io.retort.events.Listeners;
import io.retort.events.RetortListener;
import io.retort.events.StatementEvent;
import io.retort.events.testing.TestEvents;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditListenerTest {

    @BeforeEach
    void clear() {
        AuditListener.clear();
    }

    @Test
    void serviceLoaderFindsThePluginThroughTheListenerLoader() throws SQLException {
        List<RetortListener> found = ListenerLoader.discover();
        assertThat(found).hasAtLeastOneElementOfType(AuditListener.class);
        assertThat(ListenerLoader.fromSpec("io.retort.examples.audit.AuditListener").get(0)).isInstanceOf(AuditListener.class);
    }

    @Test
    void recordsEveryStatementWithWhereItRanAndHowItEnded() throws SQLException {
        Listeners listeners = Listeners.of(ListenerLoader.discover());
        assertThat(listeners.needsModel()).as("the plugin keeps the fast path").isFalse();

        TestEvents.StatementBuilder builder = TestEvents.statement("UPDATE orders SET note = ? WHERE id = ?").parameters("secret", 7);
        StatementEvent update = builder.build();
        listeners.beforeExecute(update);
        listeners.afterCursorExecute(listeners.beforeCursorExecute(TestEvents.cursor(update, "ds0")), TestEvents.success(1_500, 1));
        listeners.afterCursorExecute(listeners.beforeCursorExecute(TestEvents.cursor(update, "ds1")), TestEvents.success(2_500, 0));
        listeners.afterExecute(update, TestEvents.success(5_000, 1));

        StatementEvent refused = TestEvents.statement("DELETE FROM orders").build();
        listeners.afterExecute(refused, TestEvents.failure(100, new SQLException("refused", "42501")));

        assertThat(AuditListener.recordedSql()).containsExactly("UPDATE orders SET note = ? WHERE id = ?", "DELETE FROM orders");
        AuditEntry first = AuditListener.entries().get(0);
        assertThat(first.dataSources()).containsExactly("ds0", "ds1");
        assertThat(first.elapsedNanos()).isEqualTo(5_000);
        assertThat(first.rowCount()).isEqualTo(1);
        assertThat(first.failed()).isFalse();
        assertThat(first.toString()).doesNotContain("secret");
        AuditEntry second = AuditListener.entries().get(1);
        assertThat(second.dataSources()).isEmpty();
        assertThat(second.error()).isEqualTo("[42501] refused");
        assertThat(builder.modelRequests()).isZero();
    }

    @Test
    void keepsOnlyTheLatestEntries() {
        AuditListener listener = new AuditListener();
        for (int i = 0; i < AuditListener.CAPACITY + 5; i++) {
            listener.afterExecute(TestEvents.statement("SELECT " + i).build(), TestEvents.success(1, -1));
        }
        List<String> sql = AuditListener.recordedSql();
        assertThat(sql).hasSize(AuditListener.CAPACITY);
        assertThat(sql.get(0)).isEqualTo("SELECT 5");
    }
}
