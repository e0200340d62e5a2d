package io.retort.orm;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that records every statement its connections execute (the SQL of each execute,
 * executeQuery, executeUpdate and executeBatch call), so tests can count the statements a session issues.
 */
final class StatementLog implements DataSource {

    private final DataSource target;
    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    StatementLog(DataSource target) {
        this.target = target;
    }

    DataSource target() {
        return target;
    }

    /** Forgets what was recorded. */
    void clear() {
        statements.clear();
    }

    int count() {
        return statements.size();
    }

    List<String> statements() {
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }

    /** Statements that start with {@code prefix} (case-insensitive), e.g. "INSERT". */
    List<String> starting(String prefix) {
        List<String> out = new ArrayList<>();
        for (String s : statements()) {
            if (s.regionMatches(true, 0, prefix, 0, prefix.length())) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return wrap(target.getConnection(user, password));
    }

    private Connection wrap(Connection c) {
        InvocationHandler h = (proxy, method, args) -> {
            Object result = invoke(c, method, args);
            if (result instanceof PreparedStatement ps && method.getName().startsWith("prepare")) {
                return statement(ps, (String) args[0], PreparedStatement.class);
            }
            if (result instanceof Statement st && method.getName().equals("createStatement")) {
                return statement(st, null, Statement.class);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    private <T extends Statement> T statement(T st, String sql, Class<T> type) {
        InvocationHandler h = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("execute")) {
                statements.add(sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String s ? s : "?");
            }
            return invoke(st, method, args);
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h));
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
