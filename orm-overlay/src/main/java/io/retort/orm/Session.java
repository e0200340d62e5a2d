package io.retort.orm;

import io.retort.dialect.Dialect;
import io.retort.dialect.RenderedSql;
import io.retort.orm.annotation.Cascade;
import io.retort.sql.ModelHandoff;
import io.retort.sql.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A unit of work on the database (SQLAlchemy's {@code Session}): an identity map (one object per row),
 * the objects added, changed and deleted since the last flush, and a transaction that begins when the
 * session first needs the database and ends with {@link #commit()} or {@link #rollback()}.
 *
 * <pre>{@code
 * try (Session session = factory.openSession()) {
 *     User sandy = session.scalars(select(User.class).where(User_.name.eq("sandy"))).one();
 *     sandy.addresses.add(new Address("sandy@squirrelpower.org"));
 *     session.commit();                    // flush: INSERT the address; then COMMIT
 * }
 * }</pre>
 *
 * <p>Changes are found by comparing each object with the values last read from or written to the
 * database (no bytecode tricks); {@link #flush()} writes them in foreign-key order, inserts in batches
 * (multi-row {@code INSERT ... RETURNING} where the database has it), updates by primary key in JDBC
 * batches, and checks version counters. Queries flush first ({@code autoflush}).
 *
 * <p>Not thread-safe. Database failures are {@link SQLException}s carrying the driver's SQLState; after
 * one, roll back before going on.
 */
public class Session implements AutoCloseable {

    static final Logger SQL_LOG = LoggerFactory.getLogger("io.retort.orm.SQL");

    final SessionFactory factory;
    final Registry registry;
    final Routing routing;
    final Connections connections;
    final Map<IdentityKey, EntityState> identityMap = new HashMap<>();
    final StateTable states = new StateTable();
    /** Added objects, in add order (entries that are no longer pending are skipped). */
    final ArrayList<EntityState> pending = new ArrayList<>();
    /** Objects marked deleted, in delete order (entries no longer DELETED are skipped). */
    final ArrayList<EntityState> deleted = new ArrayList<>();
    final ArrayList<TransactionLevel> levels = new ArrayList<>();
    boolean flushing;
    boolean closed;
    boolean autoflush;
    long sequence;
    /** The number of the current transaction; transaction-scoped marks on objects carry it. */
    long epoch = 1;
    /** Numbers the session's loading steps (see {@link LoadContext}). */
    int loadSteps;
    /** Objects deleted by flushes of this transaction: they leave the session at commit. */
    final ArrayList<EntityState> removed = new ArrayList<>();
    /** Pending states counted by mapper (cheap check whether a flush has anything to do). */
    int modifications;

    Session(SessionFactory factory) {
        this.factory = factory;
        this.registry = factory.registry;
        this.routing = factory.routing;
        this.connections = new Connections(factory.dataSources);
        this.autoflush = factory.autoflush;
    }

    // ------------------------------------------------------------------ adding and deleting

    /**
     * Adds a new object (it is inserted at the next flush) together with the new objects reachable through
     * its relationships with save-update cascade. Adding an object the session already holds does nothing;
     * adding one marked deleted takes the deletion back.
     *
     * @throws IllegalArgumentException when the class is not mapped or is read-only, or when another object
     *     with the same key is already in the session (use {@link #merge})
     */
    public void add(Object entity) {
        checkOpen();
        Cascades.add(this, entity);
    }

    /** {@link #add} for each object. */
    public void addAll(Collection<?> entities) {
        for (Object e : entities) {
            add(e);
        }
    }

    /**
     * Marks an object deleted: its row is deleted at the next flush, after the rows that depend on it
     * (children with delete cascade are deleted, others are detached by setting their foreign key to NULL).
     * Deleting an object that was only added removes it from the session.
     *
     * @throws IllegalArgumentException when the object is not in this session
     */
    public void delete(Object entity) {
        checkOpen();
        EntityState s = states.get(entity);
        if (s == null) {
            throw new IllegalArgumentException(describe(entity) + " is not in this session; delete an object the session"
                    + " loaded or added (merge a detached one first)");
        }
        if (s.mapper.readOnly) {
            throw new IllegalArgumentException(s.mapper.type.getSimpleName() + " is mapped read-only and cannot be deleted");
        }
        switch (s.status) {
            case PENDING -> detach(s);
            case PERSISTENT -> {
                s.status = EntityState.Status.DELETED;
                deleted.add(s);
                modifications++;
            }
            default -> {
            }
        }
    }

    /**
     * Replaces a record entity with an updated copy (records are immutable): the copy takes the record's
     * place in the session, and the next flush writes the columns that differ.
     *
     * <pre>{@code
     * Country c = session.get(Country.class, "NL");
     * Country renamed = session.replace(c, new Country("NL", "The Netherlands"));
     * }</pre>
     *
     * @throws IllegalArgumentException when {@code current} is not in the session, the records differ in key
     *     or type, or the entity is read-only
     */
    public <T> T replace(T current, T replacement) {
        checkOpen();
        EntityState s = states.get(current);
        if (s == null) {
            throw new IllegalArgumentException(describe(current) + " is not in this session");
        }
        if (replacement.getClass() != current.getClass()) {
            throw new IllegalArgumentException("a " + current.getClass().getSimpleName() + " can only be replaced by another");
        }
        if (s.mapper.readOnly) {
            throw new IllegalArgumentException(s.mapper.type.getSimpleName() + " is mapped read-only; it cannot be changed");
        }
        Object key = s.mapper.idOf(current);
        if (!s.mapper.id.type.same(key, s.mapper.idOf(replacement))) {
            throw new IllegalArgumentException("the replacement of " + s.mapper.describe(current)
                    + " has another key; delete the old record and add the new one instead");
        }
        if (states.containsKey(replacement)) {
            throw new IllegalArgumentException("the replacement is already in the session");
        }
        swap(s, replacement);
        modifications++;
        return replacement;
    }

    /** Puts {@code replacement} in the place of the object of state {@code s} (records). */
    EntityState swap(EntityState s, Object replacement) {
        return RecordReplacement.swap(this, s, replacement);
    }

    // ------------------------------------------------------------------ loading

    /**
     * The object of {@code type} with primary key {@code id}: from the identity map without SQL when the
     * session holds it, else loaded; null when there is no such row (or it is deleted in this session).
     */
    public <T> T get(Class<T> type, Object id) throws SQLException {
        checkOpen();
        return Loading.get(this, registry.mapper(type), id);
    }

    /**
     * Copies the state of a detached (or new) object onto the session's object with the same key, loading
     * it if needed, and returns that object; an object without key, or whose row does not exist, becomes a
     * new pending object. Relationships with merge cascade are merged too.
     *
     * @throws StaleObjectException when a versioned object's version differs from the database's
     */
    public <T> T merge(T entity) throws SQLException {
        checkOpen();
        return Merging.merge(this, entity, new IdentityHashMap<>());
    }

    /** Reloads an object's columns from the database (discarding its unflushed changes) and resets its lazy collections. */
    public void refresh(Object entity) throws SQLException {
        checkOpen();
        EntityState s = persistentState(entity, "refresh");
        Loading.refresh(this, s);
        if (s.mapper.hasCollections || s.mapper.hasManyToOne) {
            Cascades.forEachRelated(this, s, Cascade.REFRESH_EXPUNGE, related -> {
                EntityState rs = states.get(related);
                if (rs != null && rs.isPersistent()) {
                    Loading.refresh(this, rs);
                }
            });
        }
    }

    /**
     * Forgets what the session knows of an object's row: its fields go back to the values last read
     * (unflushed changes are discarded), and the next time the session loads its row, or {@link #get}
     * returns it, it is read again. Lazy collections reload on their next access.
     */
    public void expire(Object entity) {
        checkOpen();
        EntityState s = persistentState(entity, "expire");
        Rollbacks.restore(this, s, s.snapshot);
        s.expired = true;
    }

    /** {@link #expire} for every persistent object. */
    public void expireAll() {
        checkOpen();
        for (EntityState s : new ArrayList<>(states.values())) {
            if (s.isPersistent()) {
                Rollbacks.restore(this, s, s.snapshot);
                s.expired = true;
            }
        }
    }

    /** Removes an object from the session (with related objects, for refresh-expunge cascade); its unflushed changes are not written. */
    public void expunge(Object entity) {
        checkOpen();
        EntityState s = states.get(entity);
        if (s == null) {
            return;
        }
        detach(s);
        if (s.mapper.hasCollections || s.mapper.hasManyToOne) {
            try {
                Cascades.forEachRelated(this, s, Cascade.REFRESH_EXPUNGE, related -> {
                    EntityState rs = states.get(related);
                    if (rs != null) {
                        detach(rs);
                    }
                });
            } catch (SQLException e) {
                throw new OrmDataAccessException(e);
            }
        }
    }

    /** Removes every object from the session. */
    public void expungeAll() {
        checkOpen();
        for (EntityState s : new ArrayList<>(states.values())) {
            detach(s);
        }
        pending.clear();
        deleted.clear();
    }

    /** Whether the session holds {@code entity} (pending, persistent or marked deleted). */
    public boolean contains(Object entity) {
        EntityState s = states.get(entity);
        return s != null && s.status != EntityState.Status.DETACHED && s.status != EntityState.Status.REMOVED;
    }

    /** Whether a flush would write something for {@code entity} (new, deleted, or changed since loaded). */
    public boolean isModified(Object entity) {
        EntityState s = states.get(entity);
        if (s == null) {
            return false;
        }
        return switch (s.status) {
            case PENDING, DELETED -> true;
            case PERSISTENT -> Dirty.changedColumns(s) != null || Dirty.collectionsChanged(s);
            default -> false;
        };
    }

    /** The objects that the next flush inserts. */
    public List<Object> newObjects() {
        return Dirty.entities(pending, EntityState.Status.PENDING);
    }

    /** The persistent objects changed since they were loaded or last flushed. */
    public List<Object> dirtyObjects() {
        List<Object> out = new ArrayList<>();
        for (EntityState s : states.values()) {
            if (s.isPersistent() && (Dirty.changedColumns(s) != null || Dirty.collectionsChanged(s))) {
                out.add(s.entity);
            }
        }
        return out;
    }

    /** The objects the next flush deletes. */
    public List<Object> deletedObjects() {
        return Dirty.entities(deleted, EntityState.Status.DELETED);
    }

    /** The shard (data node) an object was loaded from or written to; {@code "default"} in an unsharded session, null if unknown. */
    public String shardOf(Object entity) {
        EntityState s = states.get(entity);
        return s == null || s.shard == null ? null : s.shard.id;
    }

    // ------------------------------------------------------------------ queries

    /**
     * Runs an ORM query and returns the first column of each row: the entities of
     * {@code select(User.class)}, or the values of {@code select(User_.name)}.
     *
     * <pre>{@code
     * List<User> users = session.scalars(select(User.class).where(User_.name.in("spongebob", "sandy"))).all();
     * }</pre>
     */
    public <T> ScalarResult<T> scalars(Select<T> select) throws SQLException {
        checkOpen();
        return Queries.scalars(this, select);
    }

    /** The first column of the first row, or null when there is none. */
    public <T> T scalar(Select<T> select) throws SQLException {
        try (ScalarResult<T> r = scalars(select)) {
            return r.first();
        }
    }

    /**
     * Runs an ORM query and returns its rows: entities, columns and aggregates by position or by the
     * selection.
     *
     * <pre>{@code
     * for (Row row : session.execute(select(User_.name, Address_.emailAddress).join(User_.addresses)).all()) {
     *     String name = row.get(User_.name);
     * }
     * }</pre>
     */
    public Result execute(Select<?> select) throws SQLException {
        checkOpen();
        return Queries.execute(this, select);
    }

    /** Runs an ORM-enabled bulk UPDATE; objects of the session that it changed are refreshed. Returns the row count. */
    public int execute(BulkUpdate<?> update) throws SQLException {
        checkOpen();
        return Bulk.update(this, update);
    }

    /** Runs an ORM-enabled bulk DELETE; objects of the session whose rows it deleted leave the session. */
    public int execute(BulkDelete<?> delete) throws SQLException {
        checkOpen();
        return Bulk.delete(this, delete);
    }

    /** Runs an ORM-enabled bulk INSERT of rows (not tracked by the session); returns the row count. */
    public int execute(BulkInsert<?> insert) throws SQLException {
        checkOpen();
        return Bulk.insert(this, insert);
    }

    // ------------------------------------------------------------------ flushing and transactions

    /** Writes every pending change to the database, in the session's transaction (beginning it if needed). */
    public void flush() throws SQLException {
        checkOpen();
        if (flushing) {
            throw new IllegalStateException("flush() called from within a flush (from an ORM listener?)");
        }
        UnitOfWork.flush(this);
    }

    /** Flushes unless autoflush is off or a flush is running. */
    void autoflush() throws SQLException {
        if (autoflush && !flushing) {
            UnitOfWork.flush(this);
        }
    }

    /** Flushes and commits the transaction; objects stay in the session with their values. */
    public void commit() throws SQLException {
        checkOpen();
        flush();
        if (levels.size() > 1) {
            throw new IllegalStateException("commit() while a nested transaction (savepoint) is open; commit or roll it back first");
        }
        connections.commit();
        Rollbacks.committed(this);
    }

    /**
     * Rolls the transaction back: objects inserted in it (and objects added but not flushed) leave the
     * session, objects deleted in it are back, and every other object returns to the values the database
     * holds (lazy collections reload on their next access).
     */
    public void rollback() throws SQLException {
        checkOpen();
        SQLException failure = null;
        try {
            connections.rollback();
        } catch (SQLException e) {
            failure = e;
        }
        Rollbacks.rollbackTo(this, 1);
        levels.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Begins a nested transaction (a savepoint), flushing first. Commit it to keep its changes in the
     * enclosing transaction, roll it back to undo them in the database and in the session; closing it
     * without commit rolls it back.
     *
     * <pre>{@code
     * try (SessionTransaction nested = session.beginNested()) {
     *     session.add(risky);
     *     nested.commit();
     * } catch (SQLException e) {
     *     // the savepoint was rolled back; the outer transaction goes on
     * }
     * }</pre>
     */
    public SessionTransaction beginNested() throws SQLException {
        checkOpen();
        flush();
        beginIfNeeded();
        connections.savepoint();
        TransactionLevel level = new TransactionLevel(levels.size() + 1, sequence);
        levels.add(level);
        return new SessionTransaction(this, level);
    }

    void commitNested(TransactionLevel level) throws SQLException {
        Rollbacks.commitNested(this, level);
    }

    void rollbackNested(TransactionLevel level) throws SQLException {
        Rollbacks.rollbackNested(this, level);
    }

    /** After a failed flush: undo the innermost level (the savepoint, or the whole transaction). */
    void rollbackAfterFailure(Throwable cause) {
        Rollbacks.afterFailure(this, cause);
    }

    /** Whether a transaction is open (the session holds a connection). */
    public boolean inTransaction() {
        return !levels.isEmpty();
    }

    /**
     * The session's JDBC connection (of its data source; in a sharded session, of the default shard), in its
     * transaction, for SQL the ORM does not write. Do not commit or close it: use the session.
     */
    public Connection connection() throws SQLException {
        checkOpen();
        return connection(factory.dataSources.keySet().iterator().next());
    }

    /** Turns autoflush on or off for this session. */
    public void setAutoflush(boolean autoflush) {
        this.autoflush = autoflush;
    }

    /** Rolls back what is open, and detaches every object; lazy relationships not loaded by then fail on access. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            if (!levels.isEmpty() || connections.inTransaction()) {
                connections.rollback();
            }
        } catch (SQLException e) {
            SQL_LOG.warn("rollback on close failed: {}", e.toString());
        } finally {
            // The objects keep their states' last status; lazy loads see that the session is closed.
            states.clear();
            identityMap.clear();
            pending.clear();
            deleted.clear();
            levels.clear();
            closed = true;
        }
    }

    public boolean isOpen() {
        return !closed;
    }

    // ------------------------------------------------------------------ internals

    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this session is closed; open a new one");
        }
    }

    void beginIfNeeded() {
        if (levels.isEmpty()) {
            levels.add(new TransactionLevel(1, sequence));
        }
    }

    Connection connection(String dataSource) throws SQLException {
        beginIfNeeded();
        return connections.get(dataSource);
    }

    Connection connection(Shard shard) throws SQLException {
        return connection(shard.dataSource);
    }

    Dialect dialect(Shard shard) {
        return factory.dialect(shard.dataSource);
    }

    /** Renders a statement for a shard (physical table names, its database's dialect); a Retort connection gets the model too. */
    RenderedSql render(Shard shard, Statement statement) throws SQLException {
        Statement physical = shard.rename(statement);
        Dialect dialect = dialect(shard);
        RenderedSql sql = dialect.render(physical);
        handOff(shard, sql, dialect, physical);
        return sql;
    }

    /**
     * Over a Retort connection: tells it the model {@code sql} was rendered from, so it does not parse
     * the text when it needs a model (listeners, translation, sharding). Only when the text's
     * {@code ?} are the model's positional parameters in order, as parsing would give them.
     */
    void handOff(Shard shard, RenderedSql sql, Dialect dialect, Statement physical) throws SQLException {
        if (!sql.bindsInSourceOrder()) {
            return;
        }
        for (io.retort.sql.Parameter p : sql.bindings()) {
            if (p.kind() != io.retort.sql.ParameterKind.QUESTION_MARK) {
                return;
            }
        }
        Connection c = connection(shard);
        if (c.isWrapperFor(ModelHandoff.class)) {
            c.unwrap(ModelHandoff.class).renderedFrom(sql.sql(), dialect.family(), physical);
        }
    }

    /** Prepares and binds a statement on a shard's connection. */
    PreparedStatement prepare(Shard shard, Statement statement, Binds binds) throws SQLException {
        RenderedSql sql = render(shard, statement);
        PreparedStatement ps = prepareSql(shard, sql.sql());
        try {
            binds.bind(ps, sql, dialect(shard).family());
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
        return ps;
    }

    PreparedStatement prepareSql(Shard shard, String sql) throws SQLException {
        if (SQL_LOG.isDebugEnabled()) {
            SQL_LOG.debug("[{}] {}", shard.id, sql);
        }
        return connection(shard).prepareStatement(sql);
    }

    /** Remembers, on every open transaction level, an object's state before a flush changes it. */
    void beforeWrite(EntityState s) {
        for (int i = levels.size() - 1; i >= 0; i--) {
            levels.get(i).remember(s);
        }
    }

    int depth() {
        return levels.size();
    }

    /** Takes an object out of the session. */
    void detach(EntityState s) {
        states.remove(s.entity);
        if (s.key != null && identityMap.get(s.key) == s) {
            identityMap.remove(s.key);
        }
        s.status = EntityState.Status.DETACHED;
    }

    /** The session's object of {@code m} with key {@code id} on (or near, for a related table) {@code shard}, or null. */
    EntityState lookup(EntityMapper<?> m, Object id, Shard shard) {
        Shard own = routing.sharded() ? routing.canonical(m, shard == null ? Shard.SINGLE : shard) : Shard.SINGLE;
        return own == null ? null : identityMap.get(new IdentityKey(m, id, own));
    }

    /** Registers a loaded or inserted object under its key. */
    void register(EntityState s, IdentityKey key) {
        s.key = key;
        identityMap.put(key, s);
    }

    EntityState persistentState(Object entity, String operation) {
        EntityState s = states.get(entity);
        if (s == null || s.status == EntityState.Status.DETACHED) {
            throw new IllegalArgumentException("cannot " + operation + " " + describe(entity)
                    + ": it is not in this session");
        }
        if (s.status != EntityState.Status.PERSISTENT) {
            throw new IllegalArgumentException("cannot " + operation + " " + s.mapper.describe(entity) + ": it is "
                    + s.status.name().toLowerCase(java.util.Locale.ROOT) + ", not persistent");
        }
        return s;
    }

    String describe(Object entity) {
        EntityMapper<?> m = entity == null ? null : registry.mapperOf(entity);
        return m == null ? String.valueOf(entity) : m.describe(entity);
    }

    @Override
    public String toString() {
        return "Session[" + states.size() + " objects" + (closed ? ", closed" : "") + "]";
    }
}
