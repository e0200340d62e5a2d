package io.retort.orm;

import io.retort.orm.metamodel.Condition;
import java.util.List;

/**
 * Chooses the shards a query runs on (SQLAlchemy's {@code execute_chooser}). The default reads the
 * query's top-level equality and IN conditions on the primary entity's sharding columns; without them
 * the query runs on every node of the table and the results are concatenated (ORDER BY, OFFSET and
 * LIMIT then apply in memory).
 *
 * <pre>{@code
 * .executeChooser((type, where, defaults) -> defaults)
 * }</pre>
 */
@FunctionalInterface
public interface ExecuteChooser {

    /**
     * @param entity the query's primary entity class
     * @param where the query's WHERE condition, or null
     * @param defaultShards the data nodes the configuration chooses
     * @return data nodes ({@code ds.table}) or data source names
     */
    List<String> shardsFor(Class<?> entity, Condition where, List<String> defaultShards);
}
