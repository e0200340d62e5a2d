package io.retort.orm;

/**
 * A flush of a session.
 *
 * <pre>{@code
 * public void afterFlush(FlushEvent e) { log.info("flushed {} new objects in {} ms", e.inserted(), e.elapsedNanos() / 1e6); }
 * }</pre>
 *
 * @param session the session
 * @param inserted new objects (before: to insert; after: inserted)
 * @param updated changed objects
 * @param deleted deleted objects
 * @param elapsedNanos the flush's duration (0 before it)
 * @param error why it failed (after a failed flush), else null
 */
public record FlushEvent(Session session, int inserted, int updated, int deleted, long elapsedNanos, Throwable error) {
}
