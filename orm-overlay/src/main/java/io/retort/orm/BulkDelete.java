package io.retort.orm;

import io.retort.orm.metamodel.Condition;
import java.util.Objects;

/**
 * An ORM-enabled bulk DELETE: one statement for every matching row. The session flushes first; objects it
 * holds whose rows were deleted leave it (at commit; a rollback brings them back). Relationship
 * cascades are not applied: the database's own foreign keys (ON DELETE) decide about dependent rows.
 *
 * <pre>{@code
 * int n = session.execute(delete(Address.class).where(Address_.emailAddress.like("%@example.org")));
 * }</pre>
 */
public final class BulkDelete<T> {

    final Class<T> entity;
    final Condition where;

    private BulkDelete(Class<T> entity, Condition where) {
        this.entity = entity;
        this.where = where;
    }

    static <T> BulkDelete<T> from(Class<T> entity) {
        return new BulkDelete<>(Objects.requireNonNull(entity, "entity"), null);
    }

    /** Which rows (conditions on this entity's own columns); without it, every row. */
    public BulkDelete<T> where(Condition... conditions) {
        Condition w = where;
        for (Condition c : conditions) {
            w = w == null ? c : w.and(c);
        }
        return new BulkDelete<>(entity, w);
    }
}
