package io.retort.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.testkit.stub.Call;
import io.retort.testkit.stub.CallLog;
import io.retort.testkit.stub.StubArray;
import io.retort.testkit.stub.StubConnection;
import io.retort.testkit.stub.StubDatabaseMetaData;
import io.retort.testkit.stub.StubDriver;
import io.retort.testkit.stub.StubResultSet;
import io.retort.testkit.stub.StubStatement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every method of every wrapped JDBC 4.3 interface, called through Retort on the stub driver: the
 * real object receives the same call with the same arguments (the same objects), values come back
 * unchanged, and JDBC objects come back as Retort wrappers. Then every method on a closed object:
 * it fails with Retort's message and never reaches the real object.
 */
class DelegationTest {

    private static final Set<String> WRAPPER = Set.of("unwrap", "isWrapperFor");

    private Connection conn;
    private StubConnection stub;

    @BeforeEach
    void open() throws SQLException {
        StubDriver.register();
        conn = DriverManager.getConnection("jdbc:retort:stub:delegation");
        stub = conn.unwrap(StubConnection.class);
    }

    @AfterEach
    void close() throws SQLException {
        conn.close();
    }

    /** A fresh Retort object and the log of the real object behind it. */
    private record Target(Object wrapper, Object real, CallLog log) {}

    @TestFactory
    Stream<DynamicTest> connectionDelegates() {
        return delegation(Connection.class, Set.of("close", "abort"), c -> new Target(conn, stub, stub.log()));
    }

    @TestFactory
    Stream<DynamicTest> statementDelegates() {
        return delegation(Statement.class, Set.of("close", "getConnection"), c -> statement(() -> conn.createStatement()));
    }

    @TestFactory
    Stream<DynamicTest> preparedStatementDelegates() {
        return delegation(PreparedStatement.class, Set.of("close", "getConnection"),
                c -> statement(() -> conn.prepareStatement("select ?")));
    }

    @TestFactory
    Stream<DynamicTest> callableStatementDelegates() {
        return delegation(CallableStatement.class, Set.of("close", "getConnection"),
                c -> statement(() -> conn.prepareCall("{call p(?)}")));
    }

    @TestFactory
    Stream<DynamicTest> resultSetDelegates() {
        return delegation(ResultSet.class, Set.of("close", "getStatement"), c -> resultSet());
    }

    @TestFactory
    Stream<DynamicTest> databaseMetaDataDelegates() {
        return delegation(DatabaseMetaData.class, Set.of("getConnection", "getURL"), c -> {
            DatabaseMetaData md = unchecked(() -> conn.getMetaData());
            StubDatabaseMetaData real = unchecked(() -> md.unwrap(StubDatabaseMetaData.class));
            return new Target(md, real, real.log());
        });
    }

    @TestFactory
    Stream<DynamicTest> arrayDelegates() {
        return delegation(Array.class, Set.of(), c -> {
            Array a = unchecked(() -> conn.createArrayOf("int", new Object[] {1, 2}));
            StubArray real = (StubArray) ((RetortArray) a).realArray();
            return new Target(a, real, real.log());
        });
    }

    @TestFactory
    Stream<DynamicTest> closedConnectionRefusesEverything() {
        return Samples.methods(Connection.class, Set.of("close", "isClosed", "isValid", "abort", "unwrap", "isWrapperFor"))
                .stream().map(m -> DynamicTest.dynamicTest(Samples.signature(m), () -> {
                    Connection c = DriverManager.getConnection("jdbc:retort:stub:closed");
                    StubConnection real = c.unwrap(StubConnection.class);
                    c.close();
                    int calls = real.log().size();
                    assertThatThrownBy(() -> invoke(m, c)).isInstanceOf(SQLException.class)
                            .hasMessageStartingWith("connection is closed (jdbc:retort:stub:closed)")
                            .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08003");
                    assertThat(real.log().size()).as("calls reaching the real connection").isEqualTo(calls);
                }));
    }

    @TestFactory
    Stream<DynamicTest> closedStatementRefusesEverything() {
        return Samples.methods(CallableStatement.class, Set.of("close", "isClosed", "unwrap", "isWrapperFor"))
                .stream().map(m -> DynamicTest.dynamicTest(Samples.signature(m), () -> {
                    CallableStatement s = conn.prepareCall("{call p(?)}");
                    StubStatement real = s.unwrap(StubStatement.class);
                    s.close();
                    int calls = real.log().size();
                    assertThatThrownBy(() -> invoke(m, s)).isInstanceOf(SQLException.class)
                            .hasMessageStartingWith("statement is closed (jdbc:retort:stub:delegation, sql: {call p(?)})")
                            .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("HY010");
                    assertThat(real.log().size()).isEqualTo(calls);
                }));
    }

    @TestFactory
    Stream<DynamicTest> closedResultSetRefusesEverything() {
        return Samples.methods(ResultSet.class, Set.of("close", "isClosed", "unwrap", "isWrapperFor"))
                .stream().map(m -> DynamicTest.dynamicTest(Samples.signature(m), () -> {
                    Target t = resultSet();
                    ResultSet rs = (ResultSet) t.wrapper();
                    rs.close();
                    int calls = t.log().size();
                    assertThatThrownBy(() -> invoke(m, rs)).isInstanceOf(SQLException.class)
                            .hasMessageStartingWith("result set is closed")
                            .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("24000");
                    assertThat(t.log().size()).isEqualTo(calls);
                }));
    }

    private Stream<DynamicTest> delegation(Class<?> iface, Set<String> handledElsewhere, Function<Void, Target> target) {
        Set<String> excluded = new java.util.HashSet<>(handledElsewhere);
        excluded.addAll(WRAPPER);
        List<Method> methods = Samples.methods(iface, excluded);
        assertThat(methods).isNotEmpty();
        return methods.stream().map(m -> DynamicTest.dynamicTest(Samples.signature(m), () -> {
            Target t = target.apply(null);
            Object[] args = Samples.arguments(m);
            t.log().clear();
            Object result = invoke(m, t.wrapper(), args);
            Call call = t.log().calls().stream().filter(c -> c.method().equals(m.getName())).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError(m + " did not reach the real object; calls: " + t.log()));
            assertThat(call.args()).as("arguments of %s", m.getName()).hasSize(args.length);
            for (int i = 0; i < args.length; i++) {
                if (m.getParameterTypes()[i].isPrimitive()) {
                    assertThat(call.arg(i)).isEqualTo(args[i]);
                } else {
                    assertThat(call.arg(i)).as("argument %s of %s", i, m.getName()).isSameAs(args[i]);
                }
            }
            checkResult(m, result, t.real(), args);
        }));
    }

    private void checkResult(Method m, Object result, Object real, Object[] args) throws Exception {
        Class<?> type = m.getReturnType();
        if (type == String.class) {
            assertThat(result).as("value of %s", m.getName()).isEqualTo(invoke(m, real, args));
        } else if (Statement.class.isAssignableFrom(type)) {
            assertThat(result).isInstanceOf(RetortStatement.class);
            assertThat(((Statement) result).getConnection()).isSameAs(conn);
        } else if (type == ResultSet.class && result != null) {
            assertThat(result).isInstanceOf(RetortResultSet.class);
            Statement owner = ((ResultSet) result).getStatement();
            assertThat(owner == null || owner instanceof RetortStatement).as("statement of %s", m.getName()).isTrue();
        } else if (type == DatabaseMetaData.class) {
            assertThat(result).isInstanceOf(RetortDatabaseMetaData.class);
        } else if (type == Array.class) {
            assertThat(result).isInstanceOf(RetortArray.class);
        }
    }

    private Target statement(SqlSupplier<Statement> make) {
        Statement s = unchecked(make);
        StubStatement real = unchecked(() -> s.unwrap(StubStatement.class));
        return new Target(s, real, real.log());
    }

    private Target resultSet() {
        Statement s = unchecked(() -> conn.createStatement());
        StubStatement realStatement = unchecked(() -> s.unwrap(StubStatement.class));
        realStatement.willReturn(List.of("a", "b", "s"), new Object[] {1L, 2L, 3L});
        ResultSet rs = unchecked(() -> s.executeQuery("select a, b, s"));
        unchecked(rs::next);
        StubResultSet real = unchecked(() -> rs.unwrap(StubResultSet.class));
        return new Target(rs, real, real.log());
    }

    static Object invoke(Method m, Object target, Object... args) throws Exception {
        try {
            return m.invoke(target, args.length == 0 && m.getParameterCount() > 0 ? Samples.arguments(m) : args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    @FunctionalInterface
    interface SqlSupplier<T> {
        T get() throws SQLException;
    }

    static <T> T unchecked(SqlSupplier<T> s) {
        try {
            return s.get();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
