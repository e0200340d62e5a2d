package io.retort.events.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import io.retort.events.CursorEvent;
import io.retort.events.ListenerLoader;
import io.retort.events.Listeners;
import io.retort.events.PlanInfo;
import io.retort.events.RouteEvent;
import io.retort.events.RouteTarget;
import io.retort.events.StatementEvent;
import io.retort.events.testing.TestEvents;
import io.retort.sql.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementLogTest {

    private static final String LOGGER = "test.statementlog";

    private static StatementLog log(String... keyValues) {
        Map<String, String> props = new java.util.HashMap<>(Map.of("logger", LOGGER));
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return new StatementLog(props);
    }

    @Test
    void logsEachPhysicalStatementWithDataSourcePlanMaskedParametersTimeAndRows() {
        try (CapturedLog captured = new CapturedLog(LOGGER, Level.INFO)) {
            StatementLog log = log();
            StatementEvent e = TestEvents.statement("SELECT * FROM orders WHERE id = ? AND name = ?")
                    .parameters(42, "secret").cached(12_300_000_000L).build();
            log.beforeExecute(e);
            log.afterCursorExecute(TestEvents.cursor(e, "ds0"), TestEvents.success(412_345, 1));
            log.afterExecute(e, TestEvents.success(500_000, 1));

            assertThat(captured.lines()).hasSize(1);
            String line = captured.lines().get(0);
            assertThat(line).startsWith("ds0: SELECT * FROM orders WHERE id = ? AND name = ? [cached since 12.3");
            assertThat(line).endsWith("s ago] [?, ?] (0.412 ms, 1 row)");
            assertThat(line).doesNotContain("secret").doesNotContain("42");
        }
    }

    @Test
    void showsParametersOnlyWhenAllowed() {
        try (CapturedLog captured = new CapturedLog(LOGGER, Level.INFO)) {
            StatementEvent e = TestEvents.statement("UPDATE t SET a = ? WHERE id = ?").parameters("x", null)
                    .generated(120_000).build();
            log("showParameters", "true").afterCursorExecute(TestEvents.cursor(e, "ds1"), TestEvents.success(2_000_000, 3));
            assertThat(captured.lines()).containsExactly(
                    "ds1: UPDATE t SET a = ? WHERE id = ? [generated in 0.00012s] ['x', NULL] (2.000 ms, 3 rows)");
        }
    }

    @Test
    void saysWhenTheStatementWasNotParsed() {
        try (CapturedLog captured = new CapturedLog(LOGGER, Level.INFO)) {
            StatementEvent e = TestEvents.statement("select 1").build();
            log().afterCursorExecute(TestEvents.cursor(e, "main"), TestEvents.success(1_000, -1));
            assertThat(captured.lines()).containsExactly("main: select 1 [not parsed] [] (0.001 ms)");
        }
    }

    @Test
    void logsTheDatabaseErrorOfAFailedStatementOnce() {
        try (CapturedLog captured = new CapturedLog(LOGGER, Level.INFO)) {
            StatementLog log = log();
            StatementEvent e = TestEvents.statement("INSERT INTO t VALUES (?)").parameters(1).build();
            SQLException duplicate = new SQLException("duplicate key", "23505");
            log.afterCursorExecute(TestEvents.cursor(e, "ds0"), TestEvents.failure(98_000, duplicate));
            log.afterExecute(e, TestEvents.failure(120_000, duplicate));
            assertThat(captured.lines()).containsExactly(
                    "ds0: INSERT INTO t VALUES (?) [not parsed] [?] failed after 0.098 ms: [23505] duplicate key");
        }
    }

    @Test
    void logsAFailureThatNeverReachedADataSource() {
        try (CapturedLog captured = new CapturedLog(LOGGER, Level.INFO)) {
            StatementEvent e = TestEvents.statement("DELETE FROM t").build();
            log().afterExecute(e, TestEvents.failure(10_000, new SQLException("refused by the firewall", "42501")));
            assertThat(captured.lines()).containsExactly(
                    "(not run): DELETE FROM t [not parsed] [] failed after 0.010 ms: [42501] refused by the firewall");
        }
    }

    @Test
    void logsAFailureAfterSuccessfulPhysicalStatements() {
        try (CapturedLog captured = new CapturedLog(LOGGER, Level.INFO)) {
            StatementLog log = log();
            StatementEvent e = TestEvents.statement("SELECT avg(x) FROM t").build();
            log.afterCursorExecute(TestEvents.cursor(e, "ds0"), TestEvents.success(1_000, -1));
            log.afterExecute(e, TestEvents.failure(3_000, new SQLException("merge failed", "HY000")));
            assertThat(captured.lines()).hasSize(2);
            assertThat(captured.lines().get(1)).startsWith("(after its physical statements): SELECT avg(x) FROM t");
        }
    }

    @Test
    void logsARouteToSeveralDataSources() {
        try (CapturedLog captured = new CapturedLog(LOGGER, Level.INFO)) {
            StatementEvent e = TestEvents.statement("SELECT * FROM orders").build();
            StatementLog log = log();
            log.afterRoute(TestEvents.route(e, "ds0"));
            log.afterRoute(new RouteEvent(e, List.of(new RouteTarget("ds0", List.of("orders_0")),
                    new RouteTarget("ds1", List.of("orders_1"))), true));
            assertThat(captured.lines()).containsExactly(
                    "route: SELECT * FROM orders -> ds0 [orders_0], ds1 [orders_1] (every node: no sharding value narrowed it)");
        }
    }

    @Test
    void writesAtTheConfiguredLevel() {
        try (CapturedLog captured = new CapturedLog(LOGGER, Level.DEBUG)) {
            StatementEvent e = TestEvents.statement("select 1").build();
            log("level", "debug").afterCursorExecute(TestEvents.cursor(e, "ds0"), TestEvents.success(1, -1));
            log("level", "trace").afterCursorExecute(TestEvents.cursor(e, "ds0"), TestEvents.success(1, -1));
            assertThat(captured.levels()).containsExactly(Level.DEBUG);
        }
    }

    @Test
    void doesNothingAndNeverAsksForTheModelWhenItsLevelIsOff() throws SQLException {
        try (CapturedLog captured = new CapturedLog(LOGGER, Level.WARN)) {
            StatementLog log = log();
            TestEvents.StatementBuilder builder = TestEvents.statement("SELECT 1").model(Sql.select(Sql.number(1)));
            StatementEvent e = builder.build();
            Listeners listeners = Listeners.of(List.of(log));
            assertThat(listeners.needsModel()).isFalse();
            listeners.beforeExecute(e);
            CursorEvent c = listeners.beforeCursorExecute(TestEvents.cursor(e, "ds0"));
            listeners.afterCursorExecute(c, TestEvents.success(10, 1));
            listeners.afterExecute(e, TestEvents.failure(10, new SQLException("x")));
            assertThat(captured.lines()).isEmpty();
            assertThat(builder.modelRequests()).isZero();
            assertThat(e.attribute("anything")).isNull();
        }
    }

    @Test
    void rejectsUnknownPropertiesAndLevels() {
        assertThatThrownBy(() -> new StatementLog(Map.of("showParams", "true")))
                .hasMessageContaining("StatementLog has no property 'showParams'");
        assertThatThrownBy(() -> new StatementLog(Map.of("level", "loud")))
                .hasMessageContaining("'level' must be one of info, debug, trace, not 'loud'");
        assertThatThrownBy(() -> new StatementLog(Map.of("showParameters", "yes")))
                .hasMessageContaining("must be true or false");
    }

    @Test
    void loadsByItsShortNameWithProperties() throws SQLException {
        assertThat(ListenerLoader.fromSpec("StatementLog(showParameters=true;level=debug)").get(0).toString())
                .isEqualTo("StatementLog[io.retort.sql at DEBUG, parameters shown]");
    }

    @Test
    void planTextFollowsSqlAlchemy() {
        assertThat(LogText.plan(new StringBuilder(), PlanInfo.NOT_PARSED).toString()).isEqualTo("[not parsed]");
        assertThat(LogText.plan(new StringBuilder(), new PlanInfo(PlanInfo.Status.GENERATED, 123_456, 0)).toString())
                .isEqualTo("[generated in 0.00012s]");
        assertThat(LogText.seconds(12_345_678_901L)).isEqualTo("12.35");
        assertThat(LogText.seconds(123_456)).isEqualTo("0.0001235");
        assertThat(LogText.seconds(4_521_000_000_000L)).isEqualTo("4521");
    }
}
