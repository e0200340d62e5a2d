package io.retort.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.testkit.stub.StubArray;
import io.retort.testkit.stub.StubConnection;
import io.retort.testkit.stub.StubDatabaseMetaData;
import io.retort.testkit.stub.StubDriver;
import io.retort.testkit.stub.StubResultSet;
import io.retort.testkit.stub.StubStatement;
import java.sql.Array;
import java.sql.BatchUpdateException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Closing, back-references and identity of the wrappers, on the stub driver. */
class LifecycleTest {

    private Connection conn;
    private StubConnection stub;

    @BeforeEach
    void open() throws SQLException {
        StubDriver.register();
        conn = DriverManager.getConnection("jdbc:retort:stub:lifecycle");
        stub = conn.unwrap(StubConnection.class);
    }

    @AfterEach
    void close() throws SQLException {
        conn.close();
    }

    private RetortConnection retort() {
        return (RetortConnection) conn;
    }

    @Test
    void closingTheConnectionClosesStatementsAndResultSets() throws SQLException {
        Statement st = conn.createStatement();
        PreparedStatement ps = conn.prepareStatement("select 1");
        CallableStatement cs = conn.prepareCall("{call p}");
        ResultSet rs = ps.executeQuery();
        ResultSet keys = st.getGeneratedKeys();
        assertThat(retort().openStatementCount()).isEqualTo(3);
        conn.close();
        assertThat(List.of(st.isClosed(), ps.isClosed(), cs.isClosed(), rs.isClosed(), keys.isClosed())).containsOnly(true);
        assertThat(stub.isClosed()).isTrue();
        assertThat(retort().openStatementCount()).isZero();
        assertThatThrownBy(st::getFetchSize).hasMessageStartingWith("statement is closed");
        assertThatThrownBy(rs::next).hasMessageStartingWith("result set is closed");
        assertThatThrownBy(conn::createStatement).hasMessageStartingWith("connection is closed");
        conn.close(); // again: nothing happens
        assertThat(stub.log().count("close")).isEqualTo(1);
    }

    @Test
    void closingAStatementClosesItsResultSetsAndForgetsIt() throws SQLException {
        PreparedStatement ps = conn.prepareStatement("select 1");
        ResultSet rs = ps.executeQuery();
        ps.close();
        assertThat(rs.isClosed()).isTrue();
        assertThat(ps.unwrap(StubStatement.class).isClosed()).isTrue();
        assertThat(retort().openStatementCount()).isZero();
        ps.close();
        assertThat(ps.unwrap(StubStatement.class).log().count("close")).isEqualTo(1);
    }

    @Test
    void manyStatementsClosedInAnyOrderLeaveNothingTracked() throws SQLException {
        Statement[] statements = new Statement[40];
        for (int i = 0; i < statements.length; i++) {
            statements[i] = conn.prepareStatement("select " + i);
        }
        for (int i = 0; i < statements.length; i += 2) {
            statements[i].close();
        }
        assertThat(retort().openStatementCount()).isEqualTo(20);
        for (int i = statements.length - 1; i > 0; i -= 2) {
            statements[i].close();
        }
        assertThat(retort().openStatementCount()).isZero();
    }

    @Test
    void closeOnCompletionClosesTheStatementWhenItsResultsAreClosed() throws SQLException {
        Statement st = conn.createStatement();
        st.closeOnCompletion();
        assertThat(st.isCloseOnCompletion()).isTrue();
        ResultSet rs = st.executeQuery("q");
        assertThat(st.isClosed()).isFalse();
        rs.close();
        assertThat(st.isClosed()).isTrue();
        assertThat(retort().openStatementCount()).isZero();
    }

    @Test
    void isClosedIsRightWhenTheRealObjectsClosedThemselves() throws SQLException {
        Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("q");
        st.unwrap(StubStatement.class).close(); // the real statement closes behind Retort's back
        assertThat(rs.isClosed()).isTrue();
        assertThat(st.isClosed()).isTrue();
        stub.closeFromServer();
        assertThat(conn.isClosed()).isTrue();
        assertThat(conn.isValid(1)).isFalse();
    }

    @Test
    void reExecutingHandsOutANewResultSetAndGetResultSetKeepsIdentity() throws SQLException {
        Statement st = conn.createStatement();
        ResultSet first = st.executeQuery("q1");
        assertThat(st.getResultSet()).isSameAs(first);
        ResultSet second = st.executeQuery("q2");
        assertThat(second).isNotSameAs(first);
        assertThat(first.isClosed()).isTrue(); // closed by the real statement, seen through the wrapper
        assertThat(st.getResultSet()).isSameAs(second);
        assertThat(st.getMoreResults()).isFalse();
        assertThat(second.isClosed()).isTrue();
        assertThat(st.getResultSet()).isNull();
    }

    @Test
    void backReferencesAreRetortObjects() throws SQLException {
        PreparedStatement ps = conn.prepareStatement("insert", Statement.RETURN_GENERATED_KEYS);
        assertThat(ps.getConnection()).isSameAs(conn);
        ps.executeUpdate();
        ResultSet keys = ps.getGeneratedKeys();
        assertThat(keys).isInstanceOf(RetortResultSet.class).isSameAs(ps.getGeneratedKeys());
        assertThat(keys.getStatement()).isSameAs(ps);
        assertThat(keys.next()).isTrue();
        assertThat(keys.getLong(1)).isEqualTo(1L);
        assertThat(ps.executeQuery().getStatement()).isSameAs(ps);
        assertThat(conn.prepareCall("{call p}").getConnection()).isSameAs(conn);
    }

    @Test
    void metadataResultSetsNeverExposeTheRealStatement() throws SQLException {
        var md = conn.getMetaData();
        assertThat(md).isSameAs(conn.getMetaData());
        assertThat(md.getConnection()).isSameAs(conn);
        assertThat(md.getURL()).isEqualTo("jdbc:retort:stub:lifecycle");
        assertThat(md.getDatabaseProductName()).isEqualTo("StubDB");
        ResultSet tables = md.getTables(null, null, "%", null);
        Statement behind = tables.getStatement();
        assertThat(behind).isInstanceOf(RetortStatement.class).isSameAs(tables.getStatement());
        assertThat(behind.unwrap(StubStatement.class)).isSameAs(md.unwrap(StubDatabaseMetaData.class).internalStatement());
        assertThat(behind.getConnection()).isSameAs(conn);
        assertThat(retort().openStatementCount()).isZero(); // the driver's own statement is not the application's
    }

    @Test
    void arrayResultSetsNeverExposeTheRealStatementAndArraysGoBackUnwrapped() throws SQLException {
        Array a = conn.createArrayOf("int", new Object[] {7});
        assertThat(a).isInstanceOf(RetortArray.class);
        StubArray real = (StubArray) ((RetortArray) a).realArray();
        ResultSet rs = a.getResultSet();
        assertThat(rs.getStatement()).isInstanceOf(RetortStatement.class);
        assertThat(rs.getStatement().unwrap(StubStatement.class)).isSameAs(real.internalStatement());
        assertThat(a.toString()).isEqualTo(real.toString());

        PreparedStatement ps = conn.prepareStatement("insert into t values (?, ?)");
        ps.setArray(1, a);
        ps.setObject(2, a);
        StubStatement stubPs = ps.unwrap(StubStatement.class);
        assertThat(stubPs.log().calls().get(0).arg(1)).isSameAs(real);
        assertThat(stubPs.log().calls().get(1).arg(1)).isSameAs(real);

        Statement st = conn.createStatement();
        ResultSet values = st.executeQuery("q");
        values.next();
        Array fromRow = values.getArray(1);
        assertThat(fromRow).isInstanceOf(RetortArray.class);
        assertThat(fromRow.getResultSet().getStatement()).isInstanceOf(RetortStatement.class);
        conn.createStruct("t", new Object[] {a});
        assertThat(((Object[]) stub.log().last().arg(1))[0]).isSameAs(real);
    }

    @Test
    void exceptionsPassThroughUnchanged() throws SQLException {
        Statement st = conn.createStatement();
        BatchUpdateException failure = new BatchUpdateException("duplicate key", "23505", 0, new int[] {1, -3, 1}, null);
        st.unwrap(StubStatement.class).log().failNext("executeBatch", failure);
        st.addBatch("a");
        assertThatThrownBy(st::executeBatch).isSameAs(failure);
        SQLException deadlock = new SQLException("deadlock", "40P01", 1213);
        stub.log().failNext("commit", deadlock);
        assertThatThrownBy(conn::commit).isSameAs(deadlock);
    }

    @Test
    void abortClosesWithoutClosingStatementsOneByOne() throws SQLException {
        Statement st = conn.createStatement();
        Executor direct = Runnable::run;
        conn.abort(direct);
        assertThat(stub.log().calls()).filteredOn(c -> c.method().equals("abort")).singleElement()
                .satisfies(c -> assertThat(c.arg(0)).isSameAs(direct));
        assertThat(stub.log().called("close")).as("the stub's abort closed it already").isFalse();
        assertThat(conn.isClosed()).isTrue();
        assertThat(st.isClosed()).isTrue();
        assertThat(st.unwrap(StubStatement.class).log().called("close")).isFalse();
        conn.abort(direct); // no-op once closed
        assertThat(stub.log().count("abort")).isEqualTo(1);
    }

    @Test
    void abortClosesTheRealConnectionWhenTheRealAbortDoesNot() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:retort:stub:lazyabort");
        StubConnection real = c.unwrap(StubConnection.class);
        real.ignoreAbort();
        List<Runnable> tasks = new java.util.ArrayList<>();
        c.abort(tasks::add); // an executor that runs nothing until told to
        assertThat(c.isClosed()).isTrue();
        assertThat(real.isClosed()).isFalse();
        assertThat(tasks).hasSize(1);
        tasks.get(0).run();
        assertThat(real.isClosed()).isTrue();
        assertThat(real.log().called("close")).isTrue();
    }

    @Test
    void abortNeedsAnExecutor() {
        assertThatThrownBy(() -> conn.abort(null)).isInstanceOf(SQLException.class).hasMessageContaining("executor");
    }

    @Test
    void unwrapReachesRetortTypesAndTheRealObjects() throws SQLException {
        assertThat(conn.unwrap(RetortConnection.class)).isSameAs(conn);
        assertThat(conn.unwrap(Connection.class)).isSameAs(conn);
        assertThat(conn.unwrap(StubConnection.class)).isSameAs(stub);
        assertThat(conn.isWrapperFor(StubConnection.class)).isTrue();
        assertThat(conn.isWrapperFor(String.class)).isFalse();
        assertThatThrownBy(() -> conn.unwrap(String.class)).isInstanceOf(SQLException.class);
        PreparedStatement ps = conn.prepareStatement("x");
        assertThat(ps.unwrap(RetortStatement.class)).isSameAs(ps);
        assertThat(ps.isWrapperFor(RetortPreparedStatement.class)).isTrue();
        ResultSet rs = ps.executeQuery();
        assertThat(rs.unwrap(StubResultSet.class)).isNotNull();
        assertThat(rs.unwrap(RetortResultSet.class)).isSameAs(rs);
    }
}
