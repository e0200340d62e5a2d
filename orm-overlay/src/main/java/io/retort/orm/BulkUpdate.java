package io.retort.orm;

import io.retort.orm.metamodel.Assignment;
import io.retort.orm.metamodel.Condition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An ORM-enabled bulk UPDATE: one statement for every matching row. The session flushes first; objects it
 * holds whose rows were updated are read again afterwards, so they show the new values. A version
 * counter, if mapped, is incremented in every updated row.
 *
 * <pre>{@code
 * int n = session.execute(update(User.class).set(User_.fullname.set("Sandy Squirrel")).where(User_.name.eq("sandy")));
 * }</pre>
 */
public final class BulkUpdate<T> {

    final Class<T> entity;
    final List<Assignment<T>> set;
    final Condition where;

    private BulkUpdate(Class<T> entity, List<Assignment<T>> set, Condition where) {
        this.entity = entity;
        this.set = List.copyOf(set);
        this.where = where;
    }

    static <T> BulkUpdate<T> of(Class<T> entity) {
        return new BulkUpdate<>(Objects.requireNonNull(entity, "entity"), List.of(), null);
    }

    @SafeVarargs
    public final BulkUpdate<T> set(Assignment<T>... values) {
        List<Assignment<T>> list = new ArrayList<>(set);
        list.addAll(Arrays.asList(values));
        return new BulkUpdate<>(entity, list, where);
    }

    /** Which rows (conditions on this entity's own columns); without it, every row. */
    public BulkUpdate<T> where(Condition... conditions) {
        Condition w = where;
        for (Condition c : conditions) {
            w = w == null ? c : w.and(c);
        }
        return new BulkUpdate<>(entity, set, w);
    }
}
