package io.retort.sharding.route;

import java.sql.SQLException;
import java.util.List;

/**
 * Table metadata the router needs from the real databases, on first need only: the column order
 * of a table (an {@code INSERT} without a column list into a sharded table must find the key's
 * position) and its primary key (to tell a deep-page strategy that a sort order is unique). The
 * driver implements it lazily from {@code DatabaseMetaData} and caches it; the router asks only
 * while preparing a statement ({@link ShardRouter#prepare}), never per execution.
 *
 * <pre>{@code
 * TableMetadata metadata = (dataSource, table) -> columnsFromDatabaseMetaData(dataSource, table);
 * ShardRouter router = new ShardRouter(rule, SqlDialect.POSTGRESQL, metadata);
 * }</pre>
 */
@FunctionalInterface
public interface TableMetadata {

    /** Metadata that knows nothing: an INSERT without a column list into a sharded table is then refused. */
    TableMetadata NONE = (dataSource, table) -> {
        throw new java.sql.SQLFeatureNotSupportedException("Retort needs the columns of " + dataSource + "." + table
                + " to route an INSERT without a column list, and has no table metadata; list the columns", "0A000");
    };

    /**
     * The column names of a physical table, in table order, as the database reports them.
     *
     * @param dataSource the data source's name
     * @param table the physical table's name
     */
    List<String> columns(String dataSource, String table) throws SQLException;

    /** The primary key's columns, in key order; empty when there is none or it is unknown. */
    default List<String> primaryKey(String dataSource, String table) throws SQLException {
        return List.of();
    }
}
