package io.retort.orm;

import java.util.List;

/**
 * Chooses the shards that may hold the row with a given key (SQLAlchemy's {@code identity_chooser}),
 * for {@code session.get}. The default routes the key when it is the sharding column, and asks every
 * node of the table otherwise.
 *
 * <pre>{@code
 * .identityChooser((type, key, defaults) -> defaults)
 * }</pre>
 */
@FunctionalInterface
public interface IdentityChooser {

    /**
     * @param entity the entity class
     * @param key the primary key
     * @param defaultShards the data nodes the configuration chooses, in order
     * @return data nodes ({@code ds.table}) or data source names to ask, in order
     */
    List<String> shardsFor(Class<?> entity, Object key, List<String> defaultShards);
}
