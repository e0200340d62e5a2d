package io.retort.jdbc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.events.CursorEvent;
import io.retort.events.Outcome;
import io.retort.events.PlanInfo;
import io.retort.events.StatementEvent;
import io.retort.events.StatementObserver;
import io.retort.events.builtin.SqlFirewall;
import io.retort.events.testing.RecordedCall;
import io.retort.events.testing.RecordingListener;
import io.retort.jdbc.RetortConnection;
import io.retort.jdbc.RetortDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Listeners on a real (H2) connection: the events, their order and contents, refusals and failures. */
class PipelineEventsTest {

    private static String h2() {
        return "jdbc:retort:h2:mem:events_" + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1";
    }

    private static RetortDataSource dataSource(String url) {
        RetortDataSource ds = new RetortDataSource();
        ds.setUrl(url);
        return ds;
    }

    @Test
    void observersSeeConnectionStatementCursorAndTransactionEventsInOrder() throws SQLException {
        RecordingListener recorder = new RecordingListener();
        RetortDataSource ds = dataSource(h2()).listen(recorder);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(10))");
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (id, name) VALUES (?, ?)")) {
                ps.setInt(1, 1);
                ps.setString(2, "one");
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            Savepoint sp = c.setSavepoint("sp1");
            st.executeUpdate("UPDATE t SET name = 'uno'");
            c.rollback(sp);
            c.commit();
        }
        assertThat(recorder.callbacks()).containsExactly(
                "onConnect",
                "beforeExecute", "beforeCursorExecute", "afterCursorExecute", "afterExecute",
                "onBegin", "beforeExecute", "beforeCursorExecute", "afterCursorExecute", "afterExecute",
                "onSavepoint",
                "beforeExecute", "beforeCursorExecute", "afterCursorExecute", "afterExecute",
                "onRollbackToSavepoint", "onCommit",
                "onClose");
        RecordedCall cursor = recorder.log().calls("beforeCursorExecute").get(1);
        CursorEvent event = cursor.argument(CursorEvent.class);
        assertThat(event.sql()).isEqualTo("INSERT INTO t (id, name) VALUES (?, ?)");
        assertThat(event.parameters().asList()).containsExactly(1, "one");
        Outcome insert = recorder.log().calls("afterExecute").get(1).argument(Outcome.class);
        assertThat(insert.rowCount()).isEqualTo(1);
        assertThat(insert.failed()).isFalse();
    }

    @Test
    void textOnlyObserversNeverCauseParsing() throws SQLException {
        List<PlanInfo.Status> seen = new ArrayList<>();
        StatementObserver observer = new StatementObserver() {
            @Override
            public void afterExecute(StatementEvent event, Outcome outcome) {
                seen.add(event.planInfo().status());
            }
        };
        try (Connection c = dataSource(h2()).listen(observer).getConnection(); Statement st = c.createStatement()) {
            st.execute("SELECT 1");
            st.execute("this is not SQL at all but goes to H2 as written");
        } catch (SQLSyntaxErrorException fromH2) {
            assertThat(fromH2.getSQLState()).isEqualTo("42001"); // H2's own syntax error, not Retort's
        }
        assertThat(seen).containsExactly(PlanInfo.Status.NOT_PARSED, PlanInfo.Status.NOT_PARSED);
    }

    @Test
    void aRefusingTransformerStopsTheStatementAndTheConnectionStaysUsable() throws SQLException {
        RecordingListener recorder = new RecordingListener();
        RetortDataSource ds = dataSource(h2()).listen(new SqlFirewall(Map.of("ddl", "deny")), recorder);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("CREATE TABLE t (id INT)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("SqlFirewall")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'T'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero(); // nothing ran
            }
            assertThat(c.isValid(1)).isTrue();
        }
        Outcome refused = recorder.log().calls("afterExecute").get(0).argument(Outcome.class);
        assertThat(refused.failed()).isTrue();
        assertThat(refused.error().getSQLState()).isEqualTo("42501");
    }

    @Test
    void aListenerFailingBeforeExecuteStopsTheStatementAndNamesItself() throws SQLException {
        RecordingListener failing = new RecordingListener("fails")
                .failOn("beforeExecute", () -> new IllegalStateException("audit store down"));
        String url = h2();
        try (Connection setup = DriverManager.getConnection(url); Statement st = setup.createStatement()) {
            st.execute("CREATE TABLE t (id INT)");
        }
        try (Connection c = dataSource(url).listen(failing).getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?)")) {
            ps.setInt(1, 7);
            assertThatThrownBy(ps::executeUpdate)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining(RecordingListener.class.getName())
                    .hasMessageContaining("beforeExecute")
                    .hasMessageContaining("audit store down");
            assertThat(ps.isClosed()).isFalse();
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aListenerFailingAfterExecuteSaysTheStatementCompleted() throws SQLException {
        RecordingListener failing = new RecordingListener("fails")
                .failOn("afterExecute", () -> new IllegalStateException("metrics overflow"));
        RecordingListener later = new RecordingListener("later");
        String url = h2();
        try (Connection c = dataSource(url).listen(failing, later).getConnection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("CREATE TABLE t (id INT)"))
                    .hasMessageContaining("after the statement completed")
                    .hasMessageContaining("metrics overflow");
            assertThat(later.callbacks()).contains("afterExecute"); // later listeners still heard of it
            assertThatThrownBy(() -> st.execute("INSERT INTO t VALUES (1)")).hasMessageContaining("metrics overflow");
            assertThat(st.isClosed()).isFalse();
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1); // the statements themselves ran, as the message said
        }
    }

    @Test
    void listenersFromTheUrlAreLoadedWithTheirProperties() throws SQLException {
        String url = h2() + "?retort.listeners=SlowQueryLog(thresholdMs=0)";
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(c.unwrap(RetortConnection.class).toString()).doesNotContain("password");
            try (Statement st = c.createStatement()) {
                st.execute("SELECT 1");
            }
        }
        assertThatThrownBy(() -> DriverManager.getConnection(h2() + "?retort.listeners=com.example.Missing"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("com.example.Missing")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"));
    }

    @Test
    void perConnectionListenersApplyToStatementsCreatedAfterwards() throws SQLException {
        RecordingListener recorder = new RecordingListener();
        try (Connection c = DriverManager.getConnection(h2()); Statement before = c.createStatement()) {
            c.unwrap(RetortConnection.class).listen(recorder);
            before.execute("SELECT 1");
            try (Statement after = c.createStatement()) {
                after.execute("SELECT 2");
            }
        }
        assertThat(recorder.executedSql()).containsExactly("SELECT 2");
    }
}
