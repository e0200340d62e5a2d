package io.retort.jdbc.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.jdbc.RetortConnection;
import io.retort.jdbc.RetortDatabaseMetaData;
import io.retort.jdbc.RetortResultSet;
import io.retort.jdbc.RetortStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The wrapper behaviour on a real database: metadata, back-references, unwrap, closing, abort and
 * real connections left behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WrapperSuite extends BehaviourSuite {

    private ExecutorService executor;

    @BeforeAll
    void startExecutor() {
        executor = Executors.newCachedThreadPool();
    }

    @AfterAll
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void metadataReportsTheRetortUrlAndTheRealDatabase() throws SQLException {
        try (Connection c = target().retort();
                Connection raw = target().raw()) {
            DatabaseMetaData md = c.getMetaData();
            DatabaseMetaData real = raw.getMetaData();
            assertThat(md).isInstanceOf(RetortDatabaseMetaData.class);
            assertThat(md.getURL()).isEqualTo(target().retortUrl()).contains("retort.dialect=");
            assertThat(md.getDatabaseProductName()).isEqualTo(real.getDatabaseProductName()).isNotBlank();
            assertThat(md.getDatabaseProductVersion()).isEqualTo(real.getDatabaseProductVersion());
            assertThat(md.getDriverName()).isEqualTo(real.getDriverName());
            assertThat(md.getDriverVersion()).isEqualTo(real.getDriverVersion());
            assertThat(md.getDatabaseMajorVersion()).isEqualTo(real.getDatabaseMajorVersion());
            assertThat(md.getIdentifierQuoteString()).isEqualTo(real.getIdentifierQuoteString());
            assertThat(md.supportsBatchUpdates()).isEqualTo(real.supportsBatchUpdates());
            assertThat(md.getConnection()).isSameAs(c);
        }
    }

    @Test
    void backReferencesAreRetortObjects() throws SQLException {
        try (Connection c = target().retort()) {
            Statement st = c.createStatement();
            assertThat(st.getConnection()).isSameAs(c);
            ResultSet rs = st.executeQuery("select 1");
            assertThat(rs).isInstanceOf(RetortResultSet.class);
            assertThat(rs.getStatement()).isSameAs(st);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);

            PreparedStatement ps = c.prepareStatement("select ?");
            assertThat(ps.getConnection()).isSameAs(c);
            ps.setInt(1, 5);
            ResultSet prs = ps.executeQuery();
            assertThat(prs.getStatement()).isSameAs(ps);
            assertThat(ps.execute()).isTrue();
            assertThat(ps.getResultSet().getStatement()).isSameAs(ps);

            DatabaseMetaData md = c.getMetaData();
            List<ResultSet> metadata = List.of(md.getTables(null, null, "%", null), md.getTypeInfo(), md.getSchemas(),
                    md.getCatalogs(), md.getTableTypes());
            for (ResultSet mrs : metadata) {
                assertThat(mrs).isInstanceOf(RetortResultSet.class);
                Statement behind = mrs.getStatement();
                assertThat(behind == null || behind instanceof RetortStatement).as("statement behind %s", mrs).isTrue();
                if (behind != null) {
                    assertThat(behind.getConnection()).isSameAs(c);
                }
                mrs.close();
            }
        }
    }

    @Test
    void unwrapReachesTheRealDriversTypes() throws SQLException {
        try (Connection c = target().retort()) {
            Class<?> realType = target().realConnectionType();
            assertThat(c.isWrapperFor(realType)).isTrue();
            assertThat(c.unwrap(realType)).isInstanceOf(realType).isNotInstanceOf(RetortConnection.class);
            assertThat(c.unwrap(RetortConnection.class)).isSameAs(c);
            assertThat(c.unwrap(Connection.class)).isSameAs(c);
            assertThat(c.isWrapperFor(List.class)).isFalse();
            Statement st = c.createStatement();
            assertThat(st.unwrap(target().realStatementType())).isInstanceOf(target().realStatementType());
            assertThat(st.unwrap(RetortStatement.class)).isSameAs(st);
            ResultSet rs = st.executeQuery("select 1");
            assertThat(rs.unwrap(RetortResultSet.class)).isSameAs(rs);
            assertThat(rs.isWrapperFor(ResultSet.class)).isTrue();
        }
    }

    @Test
    void closingTheConnectionClosesEverythingAndRefusesFurtherUse() throws SQLException {
        Connection c = target().retort();
        Connection real = (Connection) c.unwrap(target().realConnectionType());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select 1");
        PreparedStatement ps = c.prepareStatement("select 2");
        c.close();
        assertThat(List.of(c.isClosed(), st.isClosed(), ps.isClosed(), rs.isClosed(), real.isClosed())).containsOnly(true);
        assertThat(c.isValid(1)).isFalse();
        assertThatThrownBy(c::createStatement).isInstanceOf(SQLException.class)
                .hasMessageStartingWith("connection is closed")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08003");
        assertThatThrownBy(() -> st.executeQuery("select 1")).hasMessageStartingWith("statement is closed");
        assertThatThrownBy(ps::executeQuery).hasMessageContaining("sql: select 2");
        assertThatThrownBy(rs::next).hasMessageStartingWith("result set is closed");
    }

    @Test
    void closingAStatementClosesItsResultSetsAndCloseOnCompletionWorks() throws SQLException {
        try (Connection c = target().retort()) {
            Statement st = c.createStatement();
            ResultSet rs = st.executeQuery("select 1");
            st.close();
            assertThat(rs.isClosed()).isTrue();
            assertThat(st.isClosed()).isTrue();

            Statement auto = c.createStatement();
            auto.closeOnCompletion();
            assertThat(auto.isCloseOnCompletion()).isTrue();
            ResultSet once = auto.executeQuery("select 1");
            assertThat(auto.isClosed()).isFalse();
            once.close();
            assertThat(auto.isClosed()).isTrue();
            assertThat(auto.unwrap(target().realStatementType())).isNotNull();
        }
    }

    @Test
    void getResultSetTwiceAsTheRealDriver() throws SQLException {
        sameAsRaw("twice", (c, t) -> {
            PreparedStatement ps = c.prepareStatement("select 1");
            ps.execute();
            ResultSet a = ps.getResultSet();
            ResultSet b = ps.getResultSet();
            return List.of(a == b, a.next(), a.getInt(1));
        });
    }

    @Test
    void reExecutingClosesThePreviousResultSetAsTheRealDriverDoes() throws SQLException {
        sameAsRaw("reexecute", (c, t) -> {
            PreparedStatement ps = c.prepareStatement("select 1");
            ResultSet first = ps.executeQuery();
            ResultSet second = ps.executeQuery();
            return List.of(first.isClosed(), second.isClosed(), first == second);
        });
    }

    @Test
    void abortClosesTheConnection() throws Exception {
        Outcome raw;
        try (Connection c = target().raw()) {
            raw = Outcome.of(c, "", (conn, t) -> {
                conn.abort(executor);
                return "aborted";
            });
        }
        Connection c = target().retort();
        Connection real = (Connection) c.unwrap(target().realConnectionType());
        Statement st = c.createStatement();
        c.abort(executor);
        assertThat(raw.value()).isEqualTo("aborted"); // every driver here accepts abort
        // JDBC: an aborted connection is closed; where the real driver's abort does nothing (H2,
        // sqlite-jdbc), Retort closes the real connection itself, so it does not leak.
        assertThat(c.isClosed()).isTrue();
        assertThat(st.isClosed()).isTrue();
        assertThatThrownBy(c::createStatement).hasMessageStartingWith("connection is closed");
        awaitTrue("the real connection closes after abort", real::isClosed);
        assertThatCode(() -> c.abort(executor)).doesNotThrowAnyException(); // no-op once closed
    }

    @Test
    void networkTimeoutAsTheRealDriver() throws SQLException {
        Outcome o = sameAsRaw("network", (c, t) -> {
            c.setNetworkTimeout(executor, 4321);
            return c.getNetworkTimeout();
        });
        if (target() instanceof PostgresTarget || target() instanceof MariaDbTarget) {
            assertThat(o.value()).isEqualTo(4321);
        }
    }

    @Test
    void noRealConnectionIsLeftOpen() throws Exception {
        long before = target().sessions();
        List<Connection> reals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            try (Connection c = target().retort()) {
                reals.add((Connection) c.unwrap(target().realConnectionType()));
                Statement st = c.createStatement();
                st.executeQuery("select 1"); // statement and result set left open on purpose
                c.prepareStatement("select 2").executeQuery();
            }
        }
        Connection aborted = target().retort();
        reals.add((Connection) aborted.unwrap(target().realConnectionType()));
        aborted.createStatement().executeQuery("select 1");
        aborted.abort(executor);
        for (Connection real : reals) {
            awaitTrue("real connection closed", real::isClosed);
        }
        if (before >= 0) {
            awaitTrue("server sessions back to " + before, () -> target().sessions() == before);
        }
    }

    @FunctionalInterface
    interface Check {
        boolean ok() throws Exception;
    }

    /** Waits for something the server does asynchronously (ending a session); fails after 20 s. */
    static void awaitTrue(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(50);
        }
    }
}
