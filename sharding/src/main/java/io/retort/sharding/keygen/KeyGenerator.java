package io.retort.sharding.keygen;

import java.sql.SQLException;

/**
 * Produces key values for a column an INSERT leaves out. Thread-safe.
 *
 * <pre>{@code
 * KeyGenerator ids = new SnowflakeKeyGenerator(3);
 * long id = (Long) ids.next();
 * }</pre>
 */
public interface KeyGenerator {

    /** The next key: a {@code Long} (snowflake) or a {@code java.util.UUID} (UUID v7). */
    Object next() throws SQLException;

    /** The YAML type name: {@code snowflake} or {@code uuid-v7}. */
    String type();
}
