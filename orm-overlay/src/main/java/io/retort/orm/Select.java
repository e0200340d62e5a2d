package io.retort.orm;

import io.retort.orm.metamodel.Attribute;
import io.retort.orm.metamodel.CollectionAttribute;
import io.retort.orm.metamodel.ColumnAttribute;
import io.retort.orm.metamodel.Condition;
import io.retort.orm.metamodel.EntityAlias;
import io.retort.orm.metamodel.EntitySelection;
import io.retort.orm.metamodel.Orderable;
import io.retort.orm.metamodel.Ordering;
import io.retort.orm.metamodel.ReferenceAttribute;
import io.retort.orm.metamodel.Selection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An ORM query (SQLAlchemy 2.0's {@code select()}), immutable: every method returns a new query. Built
 * with {@link Orm#select}, run with {@link Session#scalars} or {@link Session#execute}.
 *
 * <pre>{@code
 * Select<User> q = select(User.class)
 *         .join(User_.addresses)
 *         .where(Address_.emailAddress.eq("sandy@sqlalchemy.org"))
 *         .orderBy(User_.id)
 *         .options(Load.selectin(User_.addresses));
 * User sandy = session.scalars(q).one();
 * }</pre>
 *
 * @param <R> what {@link Session#scalars} returns per row: the entity, or the value of a single column
 */
public final class Select<R> {

    /** A join: through a relationship, or to an entity with an explicit condition. */
    record Join(Attribute<?, ?> relationship, Selection<?> target, Condition on, boolean outer) {
    }

    final List<Selection<?>> selections;
    final List<Join> joins;
    final Condition where;
    final List<ColumnAttribute<?, ?>> groupBy;
    final Condition having;
    final List<Ordering> orderBy;
    final Integer limit;
    final Integer offset;
    final boolean distinct;
    final List<Load> options;
    final boolean forUpdate;
    final boolean populateExisting;
    final String shard;

    private Select(List<Selection<?>> selections, List<Join> joins, Condition where, List<ColumnAttribute<?, ?>> groupBy,
            Condition having, List<Ordering> orderBy, Integer limit, Integer offset, boolean distinct, List<Load> options,
            boolean forUpdate, boolean populateExisting, String shard) {
        this.selections = List.copyOf(selections);
        this.joins = List.copyOf(joins);
        this.where = where;
        this.groupBy = List.copyOf(groupBy);
        this.having = having;
        this.orderBy = List.copyOf(orderBy);
        this.limit = limit;
        this.offset = offset;
        this.distinct = distinct;
        this.options = List.copyOf(options);
        this.forUpdate = forUpdate;
        this.populateExisting = populateExisting;
        this.shard = shard;
    }

    static <R> Select<R> of(List<Selection<?>> selections) {
        if (selections.isEmpty()) {
            throw new IllegalArgumentException("select what? name an entity class or columns");
        }
        return new Select<>(selections, List.of(), null, List.of(), null, List.of(), null, null, false, List.of(), false,
                false, null);
    }

    private Select<R> copy(List<Join> joins, Condition where, List<ColumnAttribute<?, ?>> groupBy, Condition having,
            List<Ordering> orderBy, Integer limit, Integer offset, boolean distinct, List<Load> options, boolean forUpdate,
            boolean populateExisting, String shard) {
        return new Select<>(selections, joins, where, groupBy, having, orderBy, limit, offset, distinct, options, forUpdate,
                populateExisting, shard);
    }

    /** Adds conditions to WHERE (AND-ed with what is there). */
    public Select<R> where(Condition... conditions) {
        Condition w = where;
        for (Condition c : conditions) {
            Objects.requireNonNull(c, "condition");
            w = w == null ? c : w.and(c);
        }
        return copy(joins, w, groupBy, having, orderBy, limit, offset, distinct, options, forUpdate, populateExisting, shard);
    }

    /** INNER JOIN through a many-to-one ({@code select(Address.class).join(Address_.user)}). */
    public Select<R> join(ReferenceAttribute<?, ?> relationship) {
        return addJoin(new Join(relationship, null, null, false));
    }

    /** INNER JOIN through a collection ({@code select(User.class).join(User_.addresses)}). */
    public Select<R> join(CollectionAttribute<?, ?> relationship) {
        return addJoin(new Join(relationship, null, null, false));
    }

    /** INNER JOIN through a many-to-one into an alias of its target. */
    public <T> Select<R> join(ReferenceAttribute<?, T> relationship, EntityAlias<T> target) {
        return addJoin(new Join(relationship, target, null, false));
    }

    /** INNER JOIN through a collection into an alias of its element type. */
    public <T> Select<R> join(CollectionAttribute<?, T> relationship, EntityAlias<T> target) {
        return addJoin(new Join(relationship, target, null, false));
    }

    /** INNER JOIN of an entity on an explicit condition. */
    public Select<R> join(Class<?> target, Condition on) {
        return addJoin(new Join(null, EntitySelection.of(target), Objects.requireNonNull(on, "on"), false));
    }

    /** INNER JOIN of an alias on an explicit condition. */
    public Select<R> join(EntityAlias<?> target, Condition on) {
        return addJoin(new Join(null, target, Objects.requireNonNull(on, "on"), false));
    }

    /** LEFT OUTER JOIN through a many-to-one. */
    public Select<R> outerJoin(ReferenceAttribute<?, ?> relationship) {
        return addJoin(new Join(relationship, null, null, true));
    }

    /** LEFT OUTER JOIN through a collection. */
    public Select<R> outerJoin(CollectionAttribute<?, ?> relationship) {
        return addJoin(new Join(relationship, null, null, true));
    }

    public <T> Select<R> outerJoin(ReferenceAttribute<?, T> relationship, EntityAlias<T> target) {
        return addJoin(new Join(relationship, target, null, true));
    }

    public <T> Select<R> outerJoin(CollectionAttribute<?, T> relationship, EntityAlias<T> target) {
        return addJoin(new Join(relationship, target, null, true));
    }

    public Select<R> outerJoin(Class<?> target, Condition on) {
        return addJoin(new Join(null, EntitySelection.of(target), Objects.requireNonNull(on, "on"), true));
    }

    public Select<R> outerJoin(EntityAlias<?> target, Condition on) {
        return addJoin(new Join(null, target, Objects.requireNonNull(on, "on"), true));
    }

    private Select<R> addJoin(Join j) {
        List<Join> list = new ArrayList<>(joins);
        list.add(j);
        return copy(list, where, groupBy, having, orderBy, limit, offset, distinct, options, forUpdate, populateExisting, shard);
    }

    /** ORDER BY; a column alone sorts ascending. */
    public Select<R> orderBy(Orderable... items) {
        List<Ordering> list = new ArrayList<>(orderBy);
        for (Orderable o : items) {
            list.add(o.toOrdering());
        }
        return copy(joins, where, groupBy, having, list, limit, offset, distinct, options, forUpdate, populateExisting, shard);
    }

    public Select<R> groupBy(ColumnAttribute<?, ?>... columns) {
        List<ColumnAttribute<?, ?>> list = new ArrayList<>(groupBy);
        list.addAll(Arrays.asList(columns));
        return copy(joins, where, list, having, orderBy, limit, offset, distinct, options, forUpdate, populateExisting, shard);
    }

    public Select<R> having(Condition condition) {
        Condition h = having == null ? condition : having.and(condition);
        return copy(joins, where, groupBy, h, orderBy, limit, offset, distinct, options, forUpdate, populateExisting, shard);
    }

    public Select<R> limit(int count) {
        return copy(joins, where, groupBy, having, orderBy, count, offset, distinct, options, forUpdate, populateExisting, shard);
    }

    public Select<R> offset(int count) {
        return copy(joins, where, groupBy, having, orderBy, limit, count, distinct, options, forUpdate, populateExisting, shard);
    }

    public Select<R> distinct() {
        return copy(joins, where, groupBy, having, orderBy, limit, offset, true, options, forUpdate, populateExisting, shard);
    }

    /** Loader options: how relationships of the loaded entities are loaded ({@link Load}). */
    public Select<R> options(Load... loads) {
        List<Load> list = new ArrayList<>(options);
        list.addAll(Arrays.asList(loads));
        return copy(joins, where, groupBy, having, orderBy, limit, offset, distinct, list, forUpdate, populateExisting, shard);
    }

    /** {@code FOR UPDATE} (left out on SQLite, which locks the whole database when writing). */
    public Select<R> forUpdate() {
        return copy(joins, where, groupBy, having, orderBy, limit, offset, distinct, options, true, populateExisting, shard);
    }

    /** Overwrite objects the session already holds with the rows read (discarding their unflushed changes). */
    public Select<R> populateExisting() {
        return copy(joins, where, groupBy, having, orderBy, limit, offset, distinct, options, forUpdate, true, shard);
    }

    /**
     * Sharded sessions: run only on this shard (a data source name, or a data node {@code ds.table}),
     * like SQLAlchemy's {@code set_shard_id}; ignored by unsharded sessions.
     */
    public Select<R> shard(String shard) {
        return copy(joins, where, groupBy, having, orderBy, limit, offset, distinct, options, forUpdate, populateExisting,
                Objects.requireNonNull(shard, "shard"));
    }

    @Override
    public String toString() {
        return "select" + selections + (joins.isEmpty() ? "" : " join " + joins) + (where == null ? "" : " where " + where);
    }
}
