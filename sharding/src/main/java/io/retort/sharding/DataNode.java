package io.retort.sharding;

import java.util.Objects;

/**
 * One physical table on one data source: where rows of a logical table live.
 *
 * <pre>{@code
 * DataNode node = new DataNode("ds1", "orders_3");   // printed as ds1.orders_3
 * }</pre>
 *
 * @param dataSource the data source's name in the YAML ({@code dataSources:} key)
 * @param table the physical table name, as the database knows it
 */
public record DataNode(String dataSource, String table) {

    public DataNode {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(table, "table");
    }

    /** {@code dataSource.table}, the form used in the YAML's {@code nodes:}. */
    @Override
    public String toString() {
        return dataSource + "." + table;
    }
}
