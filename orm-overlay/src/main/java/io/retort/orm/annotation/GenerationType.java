package io.retort.orm.annotation;

/**
 * Where a generated primary key comes from.
 *
 * <pre>{@code
 * @Id @GeneratedValue(strategy = GenerationType.SNOWFLAKE) Long id;
 * }</pre>
 */
public enum GenerationType {
    /** The database: an identity / AUTO_INCREMENT / INTEGER PRIMARY KEY column, read back at flush. */
    IDENTITY,
    /**
     * A database sequence ({@link GeneratedValue#sequence()}), fetched in blocks of
     * {@link GeneratedValue#allocationSize()} before the INSERT; not on SQLite, which has no sequences.
     */
    SEQUENCE,
    /** 64-bit snowflake ids from the sharding module's generator, assigned by the ORM before the INSERT. */
    SNOWFLAKE,
    /** RFC 9562 version 7 UUIDs from the sharding module's generator, assigned before the INSERT. */
    UUID_V7
}
