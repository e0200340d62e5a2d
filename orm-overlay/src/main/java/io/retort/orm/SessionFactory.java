package io.retort.orm;

import io.retort.dialect.Dialect;
import io.retort.events.Listeners;
import io.retort.events.RetortListener;
import io.retort.sharding.keygen.SnowflakeKeyGenerator;
import io.retort.sharding.keygen.UuidV7KeyGenerator;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Opens {@link Session}s on a data source (SQLAlchemy's engine plus sessionmaker): the mapped classes,
 * the database's dialect (read once from the connection's metadata), the ORM listeners and the key
 * generators. Thread-safe; build it once per application and open a session per unit of work.
 *
 * <pre>{@code
 * SessionFactory factory = SessionFactory.builder(dataSource).entities(User.class, Address.class).build();
 * factory.schema().createAll();
 * try (Session session = factory.openSession()) {
 *     session.add(new User("spongebob", "Spongebob Squarepants"));
 *     session.commit();
 * }
 * }</pre>
 *
 * Any {@code javax.sql.DataSource} works: a pool, a plain driver's data source, or a Retort
 * {@code RetortDataSource} (the ORM then sends SQL text for the driver to parse like any application's).
 */
public final class SessionFactory {

    final Registry registry;
    final Map<String, DataSource> dataSources;
    final Map<String, Dialect> dialects;
    final Routing routing;
    final OrmEvents events;
    final Listeners listeners;
    final boolean autoflush;
    final boolean expireOnCommit;
    final int rowsPerStatement;
    final SnowflakeKeyGenerator snowflake;
    final UuidV7KeyGenerator uuids = new UuidV7KeyGenerator();
    private final Map<String, SequenceBlock> sequences = new ConcurrentHashMap<>();

    SessionFactory(Registry registry, Map<String, DataSource> dataSources, Map<String, Dialect> dialects, Routing routing,
            Listeners listeners, boolean autoflush, boolean expireOnCommit, int rowsPerStatement, int workerId) {
        this.registry = registry;
        // Insertion order matters: the first data source is the default one.
        this.dataSources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dataSources));
        this.dialects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dialects));
        this.routing = routing;
        this.listeners = listeners;
        this.events = new OrmEvents(listeners);
        this.autoflush = autoflush;
        this.expireOnCommit = expireOnCommit;
        this.rowsPerStatement = rowsPerStatement;
        this.snowflake = new SnowflakeKeyGenerator(workerId);
    }

    /** A builder for a factory over one data source. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** A new session. Sessions are not thread-safe: use one per thread and unit of work. */
    public Session openSession() {
        return new Session(this);
    }

    /** DDL and reflection on this factory's database(s). */
    public Schema schema() {
        return new Schema(this);
    }

    public Registry registry() {
        return registry;
    }

    /** The dialect of the (first) data source. */
    public Dialect dialect() {
        return dialects.values().iterator().next();
    }

    Dialect dialect(String dataSource) {
        Dialect d = dialects.get(dataSource);
        if (d == null) {
            throw new IllegalArgumentException("no data source named " + dataSource);
        }
        return d;
    }

    /** The listeners this factory dispatches to (ORM observers among them). */
    public Listeners listeners() {
        return listeners;
    }

    SequenceBlock sequence(String dataSource, String name, int allocationSize) {
        return sequences.computeIfAbsent(dataSource + "\u0000" + name, k -> new SequenceBlock(name, allocationSize));
    }

    static Dialect detect(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return Dialect.forConnection(c.getMetaData());
        } catch (IllegalArgumentException e) {
            throw new SQLException(e.getMessage() + "; pass the dialect with SessionFactory.builder(...).dialect(...)",
                    "0A000", e);
        }
    }

    /** Builds a {@link SessionFactory}. */
    public static final class Builder {

        private final DataSource dataSource;
        private Registry registry;
        private final List<Class<?>> entities = new ArrayList<>();
        private Dialect dialect;
        private Listeners listeners = Listeners.NONE;
        private final List<RetortListener> extra = new ArrayList<>();
        private boolean autoflush = true;
        private boolean expireOnCommit;
        private int rowsPerStatement = 1000;
        private int workerId;

        Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /** The mapped classes (builds a {@link Registry}). */
        public Builder entities(Class<?>... classes) {
            entities.addAll(Arrays.asList(classes));
            return this;
        }

        /** A registry built already (shared by several factories). */
        public Builder registry(Registry registry) {
            this.registry = registry;
            return this;
        }

        /** The database's dialect, instead of reading it from the connection's metadata. */
        public Builder dialect(Dialect dialect) {
            this.dialect = dialect;
            return this;
        }

        /** Listeners, e.g. the same {@code Listeners} a Retort data source uses; ORM observers among them get ORM events. */
        public Builder listeners(Listeners listeners) {
            this.listeners = Objects.requireNonNull(listeners, "listeners");
            return this;
        }

        /** Adds listeners (after those of {@link #listeners(Listeners)}). */
        public Builder listen(RetortListener... more) {
            extra.addAll(Arrays.asList(more));
            return this;
        }

        /** Whether queries flush pending changes first (default true, as in SQLAlchemy). */
        public Builder autoflush(boolean autoflush) {
            this.autoflush = autoflush;
            return this;
        }

        /**
         * Whether commit expires every object, so that each is read again from the database the next
         * time the session loads its row or {@code get} returns it (default false: objects keep their
         * values after commit; SQLAlchemy's default is true, but without bytecode tricks a Java field
         * cannot reload itself on access).
         */
        public Builder expireOnCommit(boolean expireOnCommit) {
            this.expireOnCommit = expireOnCommit;
            return this;
        }

        /** Rows per multi-row INSERT (default 1000; fewer when a statement would exceed the database's parameter limit). */
        public Builder rowsPerStatement(int rows) {
            if (rows < 1) {
                throw new IllegalArgumentException("rowsPerStatement must be at least 1");
            }
            this.rowsPerStatement = rows;
            return this;
        }

        /** The worker id of the snowflake generator (0..1023, unique among the processes writing the same tables). */
        public Builder snowflakeWorkerId(int workerId) {
            this.workerId = workerId;
            return this;
        }

        /**
         * Builds the factory, reading the dialect from a connection when none was given.
         *
         * @throws SQLException when no connection can be opened or the database has no Retort dialect
         * @throws MappingException when a mapping is wrong
         */
        public SessionFactory build() throws SQLException {
            Registry r = registry != null ? registry : Registry.of(entities.toArray(new Class<?>[0]));
            Dialect d = dialect != null ? dialect : detect(dataSource);
            Map<String, DataSource> ds = new LinkedHashMap<>();
            ds.put(Shard.SINGLE.dataSource, dataSource);
            return new SessionFactory(r, ds, Map.of(Shard.SINGLE.dataSource, d), Routing.SINGLE, listeners.plus(extra),
                    autoflush, expireOnCommit, rowsPerStatement, workerId);
        }
    }
}
