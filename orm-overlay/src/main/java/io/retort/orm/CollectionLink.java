package io.retort.orm;

import io.retort.orm.annotation.Fetch;
import java.sql.SQLException;
import java.util.Collection;

/**
 * What an ORM collection ({@link OrmList}, {@link OrmSet}) knows about where it belongs: the owner, the
 * relationship, the session that may load it, and whether it is loaded. It loads on first access
 * (lazy), refuses (raise), or fails clearly once the session is gone; and it keeps the other side of
 * a bidirectional relationship in step when elements are added or removed.
 */
final class CollectionLink {

    static final byte LOADED = 0;
    static final byte LAZY = 1;
    static final byte RAISE = 2;

    final Object owner;
    final Relationship relationship;
    Session session;
    byte mode;

    CollectionLink(Object owner, Relationship relationship, Session session, byte mode) {
        this.owner = owner;
        this.relationship = relationship;
        this.session = session;
        this.mode = mode;
    }

    static byte modeOf(Fetch fetch) {
        return fetch == Fetch.RAISE ? RAISE : LAZY;
    }

    /** Loads the collection's elements into {@code target} if it is not loaded yet. */
    void ensureLoaded(OrmCollection target) {
        if (mode == LOADED) {
            return;
        }
        if (mode == RAISE) {
            throw new RaiseLoadException(relationship.path() + " of " + relationship.owner.describe(owner)
                    + " is not loaded and is configured to raise instead of loading: load it with the query"
                    + " (options(Load.selectin(" + relationship.owner.type.getSimpleName() + "_." + relationship.name
                    + ")) or Load.joined(...))");
        }
        EntityState s = session == null || session.closed ? null : session.states.get(owner);
        if (s == null || s.status == EntityState.Status.DETACHED) {
            throw new DetachedInstanceException(relationship.path() + " of " + relationship.owner.describe(owner)
                    + " was not loaded and " + (session == null || session.closed ? "its session is closed"
                    : "the object is no longer in its session") + ": access it while the session is open, or load it"
                    + " with the query (options(Load.selectin(" + relationship.owner.type.getSimpleName() + "_."
                    + relationship.name + ")))");
        }
        if (s.isPending()) {
            target.markLoaded(java.util.List.of());
            return;
        }
        try {
            Loading.loadCollection(session, s, relationship, target);
        } catch (SQLException e) {
            throw new OrmDataAccessException(e);
        }
    }

    /** {@code element} was added by the application: point its back-reference at the owner. */
    void added(Object element) {
        Relationship inverse = relationship.inverse;
        if (element == null || inverse == null) {
            return;
        }
        if (relationship.kind == Relationship.Kind.ONE_TO_MANY) {
            Object previous = ColumnValues.target(element, inverse);
            if (previous == owner) {
                return;
            }
            if (previous != null && inverse.inverse != null && inverse.inverse.field.get(previous) instanceof OrmCollection c
                    && c.isLoaded()) {
                c.rawRemove(element);
            }
            ColumnValues.setTarget(element, inverse, owner);
        } else {
            Object other = inverse.field.get(element);
            if (other instanceof OrmCollection c) {
                if (c.isLoaded() && !c.rawContains(owner)) {
                    c.rawAdd(owner);
                }
            } else if (other instanceof Collection<?> plain) {
                @SuppressWarnings("unchecked")
                Collection<Object> p = (Collection<Object>) plain;
                if (!p.contains(owner)) {
                    p.add(owner);
                }
            }
        }
    }

    /** {@code element} was removed by the application: clear its back-reference if it still points here. */
    void removed(Object element) {
        Relationship inverse = relationship.inverse;
        if (element == null || inverse == null) {
            return;
        }
        if (relationship.kind == Relationship.Kind.ONE_TO_MANY) {
            if (ColumnValues.target(element, inverse) == owner) {
                ColumnValues.setTarget(element, inverse, null);
            }
        } else {
            Object other = inverse.field.get(element);
            if (other instanceof OrmCollection c) {
                if (c.isLoaded()) {
                    c.rawRemove(owner);
                }
            } else if (other instanceof Collection<?> plain) {
                plain.remove(owner);
            }
        }
    }

    String describe() {
        return relationship.path() + " of " + relationship.owner.describe(owner);
    }
}
