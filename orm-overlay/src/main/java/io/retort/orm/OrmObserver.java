package io.retort.orm;

import io.retort.events.RetortListener;

/**
 * ORM events (SQLAlchemy's session and mapper events): before and after each flush, before and after the
 * INSERT, UPDATE or DELETE of each object, and when an object is loaded. A listener like any other
 * Retort listener: register it with {@code SessionFactory.builder(...).listen(...)} (or pass the same
 * {@code Listeners} the driver uses); only listeners implementing this interface receive ORM events,
 * in priority order, then registration order.
 *
 * <p>A before-callback may change the object ({@code beforeInsert} setting a creation timestamp is
 * written by that INSERT; {@code beforeUpdate} changes are included in the UPDATE). A callback that
 * throws stops the flush with a SQLException naming the listener; the session's transaction is then
 * rolled back by the application.
 *
 * <pre>{@code
 * final class Timestamps implements OrmObserver {
 *     public void beforeInsert(EntityEvent e) { if (e.entity() instanceof Audited a) a.created = Instant.now(); }
 * }
 * SessionFactory factory = SessionFactory.builder(dataSource).entities(User.class).listen(new Timestamps()).build();
 * }</pre>
 */
public interface OrmObserver extends RetortListener {

    /** A flush starts: {@code event} counts the new, changed and deleted objects. */
    default void beforeFlush(FlushEvent event) {
    }

    /** A flush ended; {@link FlushEvent#error()} is set when it failed. */
    default void afterFlush(FlushEvent event) {
    }

    default void beforeInsert(EntityEvent event) {
    }

    /** After the INSERT: generated keys are set. */
    default void afterInsert(EntityEvent event) {
    }

    default void beforeUpdate(EntityEvent event) {
    }

    default void afterUpdate(EntityEvent event) {
    }

    default void beforeDelete(EntityEvent event) {
    }

    default void afterDelete(EntityEvent event) {
    }

    /** An object was created from a row (not called when a row finds its object already in the session). */
    default void onLoad(EntityEvent event) {
    }
}
