package io.retort.sharding.federation;

import java.sql.SQLException;
import java.util.List;

/**
 * Where federation reads a logical table from: the driver runs each scan as a single-table query
 * through its own router, so scans go to the shards their conditions allow, in the logical
 * connection's transaction.
 */
public interface TableSource {

    /**
     * The columns of a logical table, as its database reports them.
     *
     * @param table the name as the statement wrote it (schema-qualified names have several parts)
     * @throws SQLException when there is no such table
     */
    List<Column> columns(List<String> table) throws SQLException;

    /**
     * The rows of {@code table}: the given columns (in that order) of the rows that pass every
     * condition. Rows that fail a condition may be returned too: federation checks every condition again.
     */
    Rows scan(List<String> table, List<String> columns, List<Condition> conditions) throws SQLException;

    /** A column: its name and its JDBC type ({@link java.sql.Types}), precision and scale as the database reports them. */
    record Column(String name, int jdbcType, int precision, int scale, boolean nullable) {}

    /**
     * {@code column operator value}, where the operator is {@code =, <>, <, <=, >, >=} or {@code IN}
     * (then the value is a {@code List}); values are JDBC parameter values.
     */
    record Condition(String column, String operator, Object value) {}

    /** Rows as JDBC values, one array per row. */
    interface Rows extends AutoCloseable {
        /** The next row, or null after the last. */
        Object[] next() throws SQLException;

        @Override
        void close() throws SQLException;
    }
}
