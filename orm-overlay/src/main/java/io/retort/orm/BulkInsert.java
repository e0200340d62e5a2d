package io.retort.orm;

import io.retort.orm.metamodel.Assignment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An ORM-enabled bulk INSERT (SQLAlchemy's {@code session.execute(insert(User), [...])}): rows written
 * straight to the table, not tracked by the session. Rows are given as column assignments (checked by
 * the compiler through the metamodel) or as objects, whose generated keys are filled in.
 *
 * <pre>{@code
 * session.execute(insert(User.class)
 *         .row(User_.name.set("spongebob"), User_.fullname.set("Spongebob Squarepants"))
 *         .row(User_.name.set("sandy"), User_.fullname.set("Sandy Cheeks")));
 * session.execute(insert(User.class).objects(manyUsers));   // keys written back into the objects
 * }</pre>
 */
public final class BulkInsert<T> {

    final Class<T> entity;
    final List<List<Assignment<T>>> rows;
    final List<T> objects;

    private BulkInsert(Class<T> entity, List<List<Assignment<T>>> rows, List<T> objects) {
        this.entity = entity;
        this.rows = List.copyOf(rows);
        this.objects = List.copyOf(objects);
    }

    static <T> BulkInsert<T> into(Class<T> entity) {
        return new BulkInsert<>(Objects.requireNonNull(entity, "entity"), List.of(), List.of());
    }

    /** One more row: the columns it sets (others get their defaults; a generated key is generated). */
    @SafeVarargs
    public final BulkInsert<T> row(Assignment<T>... values) {
        List<List<Assignment<T>>> list = new ArrayList<>(rows);
        list.add(List.copyOf(Arrays.asList(values)));
        return new BulkInsert<>(entity, list, objects);
    }

    /** Objects to insert as rows (they do not enter the session; database-generated keys are set on them). */
    public BulkInsert<T> objects(Collection<? extends T> more) {
        List<T> list = new ArrayList<>(objects);
        list.addAll(more);
        return new BulkInsert<>(entity, rows, list);
    }
}
