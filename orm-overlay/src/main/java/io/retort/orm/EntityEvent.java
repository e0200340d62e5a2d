package io.retort.orm;

/**
 * One object's INSERT, UPDATE, DELETE or load.
 *
 * <pre>{@code
 * public void afterUpdate(EntityEvent e) { audit.record(e.table(), e.entity()); }
 * }</pre>
 *
 * @param session the session
 * @param entity the object
 * @param table its table (the logical name in a sharded session)
 * @param shard the data source or data node it was written to or read from ({@code "default"} when not sharded)
 */
public record EntityEvent(Session session, Object entity, String table, String shard) {
}
