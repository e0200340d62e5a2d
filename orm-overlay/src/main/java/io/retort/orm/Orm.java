package io.retort.orm;

import io.retort.orm.metamodel.EntityAlias;
import io.retort.orm.metamodel.EntitySelection;
import io.retort.orm.metamodel.Selection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The static entry point of ORM statements (SQLAlchemy's {@code select}, {@code insert}, {@code update},
 * {@code delete}, {@code aliased}).
 *
 * <pre>{@code
 * import static io.retort.orm.Orm.*;
 *
 * session.scalars(select(User.class).where(User_.name.eq("spongebob")).orderBy(User_.id)).all();
 * session.execute(select(User_.name, Address_.emailAddress).join(User_.addresses)).all();
 * session.execute(update(User.class).set(User_.fullname.set("Sandy Squirrel")).where(User_.name.eq("sandy")));
 * }</pre>
 */
public final class Orm {

    private Orm() {
    }

    /** Whole entities: {@code session.scalars(select(User.class))} returns {@code User}s. */
    public static <T> Select<T> select(Class<T> entity) {
        return Select.of(List.of(EntitySelection.of(entity)));
    }

    /** One column, aggregate or aliased entity: {@code scalars} returns its values. */
    public static <V> Select<V> select(Selection<V> selection) {
        return Select.of(List.of(selection));
    }

    /** Several selections: run with {@link Session#execute}, one {@link Row} per result row. */
    public static Select<Row> select(Selection<?> first, Selection<?> second, Selection<?>... more) {
        List<Selection<?>> list = new ArrayList<>();
        list.add(first);
        list.add(second);
        list.addAll(Arrays.asList(more));
        return Select.of(list);
    }

    /** Several entities per row ({@code select(User.class, Address.class).join(User_.addresses)}). */
    public static Select<Row> select(Class<?> first, Class<?> second, Class<?>... more) {
        List<Selection<?>> list = new ArrayList<>();
        list.add(EntitySelection.of(first));
        list.add(EntitySelection.of(second));
        for (Class<?> c : more) {
            list.add(EntitySelection.of(c));
        }
        return Select.of(list);
    }

    /** An alias of an entity, for self-joins and joining the same entity twice. */
    public static <T> EntityAlias<T> aliased(Class<T> entity, String name) {
        return new EntityAlias<>(entity, name);
    }

    /** An ORM-enabled bulk INSERT. */
    public static <T> BulkInsert<T> insert(Class<T> entity) {
        return BulkInsert.into(entity);
    }

    /** An ORM-enabled bulk UPDATE. */
    public static <T> BulkUpdate<T> update(Class<T> entity) {
        return BulkUpdate.of(entity);
    }

    /** An ORM-enabled bulk DELETE. */
    public static <T> BulkDelete<T> delete(Class<T> entity) {
        return BulkDelete.from(entity);
    }
}
