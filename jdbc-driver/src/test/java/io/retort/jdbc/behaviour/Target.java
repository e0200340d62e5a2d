package io.retort.jdbc.behaviour;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * One database the behaviour suites run on: how to reach it raw and through Retort, and the SQL
 * and types that differ between databases. The Retort URL always carries a {@code retort.*}
 * option (the database's own dialect), so every test also shows that options are stripped.
 */
abstract class Target {

    abstract String name();

    /** The real driver's URL. */
    abstract String rawUrl();

    /** The same database through Retort, with {@code retort.dialect} set to the database's own dialect. */
    String retortUrl() {
        String rest = rawUrl().substring("jdbc:".length());
        return "jdbc:retort:" + rest + (rest.contains("?") ? "&" : "?") + "retort.dialect=" + dialect();
    }

    abstract String dialect();

    abstract Properties properties();

    Connection retort() throws SQLException {
        return DriverManager.getConnection(retortUrl(), properties());
    }

    Connection raw() throws SQLException {
        return DriverManager.getConnection(rawUrl(), properties());
    }

    /** A type (class or interface) of the real driver's connection, to unwrap to. */
    abstract Class<?> realConnectionType();

    abstract Class<?> realStatementType();

    /** Column definition of an auto-generated integer primary key named {@code id}. */
    abstract String idColumn();

    abstract String blobType();

    abstract String clobType();

    abstract String timestampType();

    abstract String timestampTzType();

    /** The element type name for {@code createArrayOf}. */
    String arrayElementType() {
        return "integer";
    }

    /**
     * A query returning one row and one column that runs for tens of seconds unless cancelled or
     * timed out, and ends by itself within about a minute if neither works.
     */
    abstract String longQuery();

    /** Whether the server is running {@link #longQuery()} now; true where that cannot be seen. */
    boolean longQueryRunning() throws SQLException {
        return true;
    }

    /** Whether the driver's query timeout stops a running query (sqlite-jdbc's does not). */
    boolean queryTimeoutInterruptsQueries() {
        return true;
    }

    /** What {@link #longQuery()} returns when it runs to the end. */
    String longQueryResult() {
        return "0";
    }

    /** Two queries in one statement. */
    String twoQueries() {
        return "select 1; select 2";
    }

    /** A call of the upper-case function with an OUT parameter, in JDBC escape syntax. */
    String upperCall() {
        return "{? = call upper(?)}";
    }

    /** Server sessions in the test database, counted on a raw connection; -1 where there is no server. */
    long sessions() throws SQLException {
        return -1;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
