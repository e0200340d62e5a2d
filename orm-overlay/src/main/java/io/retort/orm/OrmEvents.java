package io.retort.orm;

import io.retort.events.Listeners;
import java.sql.SQLException;
import java.util.List;

/** Dispatches ORM events to the {@link OrmObserver}s among a factory's listeners. */
final class OrmEvents {

    private final OrmObserver[] observers;

    OrmEvents(Listeners listeners) {
        List<OrmObserver> list = listeners.ofType(OrmObserver.class);
        this.observers = list.toArray(new OrmObserver[0]);
    }

    boolean isEmpty() {
        return observers.length == 0;
    }

    enum Kind {
        BEFORE_INSERT("beforeInsert"), AFTER_INSERT("afterInsert"), BEFORE_UPDATE("beforeUpdate"),
        AFTER_UPDATE("afterUpdate"), BEFORE_DELETE("beforeDelete"), AFTER_DELETE("afterDelete"), LOAD("onLoad");

        final String callback;

        Kind(String callback) {
            this.callback = callback;
        }
    }

    void entity(Kind kind, Session session, EntityState state) throws SQLException {
        if (observers.length == 0) {
            return;
        }
        EntityEvent e = new EntityEvent(session, state.entity, state.mapper.table,
                state.shard == null ? Shard.SINGLE.id : state.shard.id);
        for (OrmObserver o : observers) {
            try {
                switch (kind) {
                    case BEFORE_INSERT -> o.beforeInsert(e);
                    case AFTER_INSERT -> o.afterInsert(e);
                    case BEFORE_UPDATE -> o.beforeUpdate(e);
                    case AFTER_UPDATE -> o.afterUpdate(e);
                    case BEFORE_DELETE -> o.beforeDelete(e);
                    case AFTER_DELETE -> o.afterDelete(e);
                    case LOAD -> o.onLoad(e);
                }
            } catch (RuntimeException | LinkageError | AssertionError ex) {
                throw failure(o, kind.callback, ex);
            }
        }
    }

    void beforeFlush(FlushEvent e) throws SQLException {
        for (OrmObserver o : observers) {
            try {
                o.beforeFlush(e);
            } catch (RuntimeException | LinkageError | AssertionError ex) {
                throw failure(o, "beforeFlush", ex);
            }
        }
    }

    void afterFlush(FlushEvent e) throws SQLException {
        SQLException first = null;
        for (OrmObserver o : observers) {
            try {
                o.afterFlush(e);
            } catch (RuntimeException | LinkageError | AssertionError ex) {
                SQLException f = failure(o, "afterFlush", ex);
                if (first == null) {
                    first = f;
                } else {
                    first.addSuppressed(f);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static SQLException failure(OrmObserver o, String callback, Throwable t) {
        return new SQLException("listener " + o.getClass().getName() + " (" + callback + ") failed: " + t, "HY000", t);
    }
}
