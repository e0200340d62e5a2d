package io.retort.events.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import io.retort.events.ListenerLoader;
import io.retort.events.StatementEvent;
import io.retort.events.testing.TestEvents;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlowQueryLogTest {

    private static final String LOGGER = "test.slow";

    private static SlowQueryLog slow(long ms) {
        return new SlowQueryLog(Map.of("thresholdMs", Long.toString(ms), "logger", LOGGER));
    }

    @Test
    void logsPhysicalStatementsAtOrAboveTheThreshold() {
        try (CapturedLog captured = new CapturedLog(LOGGER, Level.INFO)) {
            SlowQueryLog log = slow(200);
            StatementEvent fast = TestEvents.statement("SELECT 1").build();
            log.afterCursorExecute(TestEvents.cursor(fast, "ds0"), TestEvents.success(199_999_999, 1));
            log.afterExecute(fast, TestEvents.success(199_999_999, 1));
            StatementEvent slowOne = TestEvents.statement("SELECT * FROM t WHERE a = ?").parameters("secret").build();
            log.afterCursorExecute(TestEvents.cursor(slowOne, "ds1"), TestEvents.success(200_000_000, 3));
            log.afterExecute(slowOne, TestEvents.success(201_000_000, 3));

            assertThat(captured.lines()).containsExactly(
                    "slow statement on ds1: SELECT * FROM t WHERE a = ? [not parsed] [?] (200.000 ms, 3 rows)");
            assertThat(captured.levels()).containsExactly(Level.WARN);
        }
    }

    @Test
    void logsAStatementSlowAsAWholeWhenNoPhysicalStatementWas() {
        try (CapturedLog captured = new CapturedLog(LOGGER, Level.INFO)) {
            SlowQueryLog log = slow(100);
            StatementEvent e = TestEvents.statement("SELECT count(*) FROM orders").build();
            log.afterCursorExecute(TestEvents.cursor(e, "ds0"), TestEvents.success(60_000_000, -1));
            log.afterCursorExecute(TestEvents.cursor(e, "ds1"), TestEvents.success(70_000_000, -1));
            log.afterExecute(e, TestEvents.success(135_000_000, -1));
            assertThat(captured.lines()).containsExactly(
                    "slow statement across its data sources: SELECT count(*) FROM orders [not parsed] [] (135.000 ms)");
        }
    }

    @Test
    void logsSlowFailuresWithTheError() {
        try (CapturedLog captured = new CapturedLog(LOGGER, Level.INFO)) {
            StatementEvent e = TestEvents.statement("SELECT pg_sleep(5)").build();
            slow(1000).afterCursorExecute(TestEvents.cursor(e, "ds0"),
                    TestEvents.failure(1_500_000_000, new SQLException("canceling statement due to statement timeout", "57014")));
            assertThat(captured.lines()).singleElement().asString()
                    .endsWith("failed after 1500.000 ms: [57014] canceling statement due to statement timeout");
        }
    }

    @Test
    void thresholdZeroLogsEverythingAndTheDefaultIsOneSecond() {
        assertThat(new SlowQueryLog().thresholdMs()).isEqualTo(1000);
        try (CapturedLog captured = new CapturedLog(LOGGER, Level.INFO)) {
            StatementEvent e = TestEvents.statement("SELECT 1").build();
            slow(0).afterCursorExecute(TestEvents.cursor(e, "ds0"), TestEvents.success(0, 1));
            assertThat(captured.lines()).hasSize(1);
        }
    }

    @Test
    void nothingWhenWarnIsOff() {
        try (CapturedLog captured = new CapturedLog(LOGGER, Level.ERROR)) {
            StatementEvent e = TestEvents.statement("SELECT 1").build();
            slow(0).afterCursorExecute(TestEvents.cursor(e, "ds0"), TestEvents.success(5, 1));
            slow(0).afterExecute(e, TestEvents.success(5, 1));
            assertThat(captured.lines()).isEmpty();
        }
    }

    @Test
    void badThresholdsAreExplained() {
        assertThatThrownBy(() -> new SlowQueryLog(Map.of("thresholdMs", "fast")))
                .hasMessageContaining("'thresholdMs' must be a whole number, not 'fast'");
        assertThatThrownBy(() -> new SlowQueryLog(Map.of("thresholdMs", "-1")))
                .hasMessageContaining("must be a whole number of at least 0");
        assertThatThrownBy(() -> ListenerLoader.create("SlowQueryLog", Map.of("thresholdMs", "x")))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("io.retort.events.builtin.SlowQueryLog rejected its properties [thresholdMs]");
    }

    @Test
    void loadsFromTheYamlShape() throws SQLException {
        assertThat(((SlowQueryLog) ListenerLoader.create("io.retort.events.builtin.SlowQueryLog", Map.of("thresholdMs", "200")))
                .thresholdMs()).isEqualTo(200);
    }
}
