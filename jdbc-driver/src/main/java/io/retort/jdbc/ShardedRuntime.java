package io.retort.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.retort.dialect.Dialect;
import io.retort.events.ListenerLoader;
import io.retort.events.Listeners;
import io.retort.events.RetortListener;
import io.retort.sharding.DataSourceConfig;
import io.retort.sharding.ListenerConfig;
import io.retort.sharding.ShardingConfig;
import io.retort.sharding.ShardingRule;
import io.retort.sharding.TransactionConfig;
import io.retort.sharding.merge.ResultMerger;
import io.retort.sharding.route.RouteTemplate;
import io.retort.sharding.route.ShardRouter;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a sharded configuration ({@code jdbc:retort:config:…}) shares between its
 * connections: the parsed configuration and rule, the router and its per-statement templates, a
 * HikariCP pool per data source (made on first use: opening a connection reads nothing a
 * statement does not need), each data source's dialect (read from its first connection), the
 * listeners of the YAML file, and the virtual threads that run units in parallel.
 */
final class ShardedRuntime implements AutoCloseable, ShardedExecution.Shapes {

    private static final Logger LOG = LoggerFactory.getLogger(ShardedRuntime.class);

    final String location;
    final ShardingConfig config;
    final ShardingRule rule;
    final ShardRouter router;
    final SqlDialect appDialect;
    final Listeners listeners;
    final ResultMerger merger = new ResultMerger();
    final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, HikariDataSource> pools = new ConcurrentHashMap<>();
    private final Map<String, Dialect> dialects = new ConcurrentHashMap<>();
    /** What the translator knows of each data source's tables (read through the units' own connections). */
    private final Map<String, io.retort.rewrite.JdbcSchemaInfo> schemas = new ConcurrentHashMap<>();
    private final JdbcTableMetadata metadata;
    private final Cache<Statement, RouteTemplate> templates = Caffeine.newBuilder().weakKeys().maximumSize(10_000)
            .executor(Runnable::run).build();
    /** The columns of tables federation read, by lower-case name (see {@link FederatedQueries#columns}). */
    final Map<String, Columns> federatedColumns = new ConcurrentHashMap<>();

    record Columns(long schemaVersion, List<io.retort.sharding.federation.TableSource.Column> columns) {}

    /** How a transaction over several data sources commits ({@code transaction: { mode: … }}). */
    final CommitProtocol commits;
    /** In two-phase mode: the protocol (it recovers each data source on its first borrow); else null. */
    private final TwoPhaseCommit twoPhase;
    private volatile boolean closed;
    /** Counts the data definition statements run: cached physical statements older than the count are re-prepared. */
    private volatile long schemaVersion;

    private ShardedRuntime(String location, ShardingConfig config, ShardingRule rule, Listeners listeners, RecoveryLog log) {
        this.location = location;
        this.twoPhase = log == null ? null : new TwoPhaseCommit(log, config.dataSources().keySet(), this::dialect, threads);
        this.commits = twoPhase != null ? twoPhase : LocalCommit.INSTANCE;
        this.config = config;
        this.rule = rule;
        this.appDialect = SqlDialect.fromName(config.dialect());
        this.listeners = listeners;
        this.metadata = new JdbcTableMetadata(this);
        this.router = new ShardRouter(rule, appDialect, metadata);
    }

    /**
     * Loads the configuration at {@code location} (what follows {@code jdbc:retort:config:}).
     *
     * @throws SQLException a {@code ShardingConfigException} naming file, line and key when the file is wrong
     */
    static ShardedRuntime load(String location, Listeners fromCode) throws SQLException {
        ClassLoader loader = contextLoader();
        ShardingConfig config = ShardingConfig.load(location, loader);
        ShardingRule rule = ShardingRule.of(config, loader);
        List<RetortListener> fromFile = new ArrayList<>();
        for (ListenerConfig l : config.listeners()) {
            fromFile.add(ListenerLoader.create(l.className(), l.properties(), loader));
        }
        Listeners listeners = Listeners.of(ListenerLoader.discover(loader)).plus(fromFile).plus(fromCode);
        RecoveryLog log = config.transaction().mode() == TransactionConfig.Mode.TWO_PHASE
                ? RecoveryLog.open(recoveryLogPath(location, config.transaction().log())) : null;
        return new ShardedRuntime(location, config, rule, listeners, log);
    }

    /** A relative {@code transaction.log} is read from the configuration file's folder (the working directory for a classpath resource). */
    static Path recoveryLogPath(String location, String log) {
        Path path = Path.of(log);
        if (path.isAbsolute() || location.startsWith(ShardingConfig.CLASSPATH_PREFIX)) {
            return path.toAbsolutePath();
        }
        Path folder = Path.of(location).toAbsolutePath().getParent();
        return folder == null ? path.toAbsolutePath() : folder.resolve(path);
    }

    /** The plan of {@code sql} in the application's dialect, from the plan cache. */
    @Override
    public Plan plan(String sql) {
        return PlanCache.get(sql, appDialect);
    }

    /** The route template of a statement model, prepared once per model instance. */
    @Override
    public RouteTemplate template(Statement model) {
        return templates.get(model, router::prepare);
    }

    /** A real connection of {@code dataSource}, borrowed from its pool. */
    Connection borrow(String dataSource) throws SQLException {
        if (closed) {
            throw RetortErrors.cannotConnect("the sharded configuration " + location + " was closed");
        }
        Connection c = pool(dataSource).getConnection();
        dialects.computeIfAbsent(dataSource, ds -> detect(c, ds));
        if (twoPhase != null) {
            twoPhase.recover(dataSource, c);
        }
        return c;
    }

    /** How many statements that may change tables have run (see {@link PhysicalStatementCache}). */
    long schemaVersion() {
        return schemaVersion;
    }

    /** A statement that may have changed tables ran (DDL, or one Retort could not parse). */
    synchronized void schemaChanged() {
        schemaVersion++;
    }

    /** The table cache of {@code dataSource}, for translations into its dialect. */
    io.retort.rewrite.JdbcSchemaInfo schema(String dataSource) {
        return schemas.computeIfAbsent(dataSource, ds -> io.retort.rewrite.JdbcSchemaInfo.shared());
    }

    /** The dialect of {@code dataSource}; known once a connection to it was borrowed. */
    Dialect dialect(String dataSource) throws SQLException {
        Dialect d = dialects.get(dataSource);
        if (d == null) {
            try (Connection c = borrow(dataSource)) {
                d = dialects.get(dataSource);
            }
        }
        return d;
    }

    private Dialect detect(Connection c, String dataSource) {
        try {
            return Dialect.forConnection(c.getMetaData());
        } catch (SQLException | IllegalArgumentException e) {
            throw new IllegalStateException("data source " + dataSource + ": cannot tell which database it is: " + e.getMessage(), e);
        }
    }

    private HikariDataSource pool(String dataSource) throws SQLException {
        HikariDataSource pool = pools.get(dataSource);
        if (pool != null) {
            return pool;
        }
        DataSourceConfig ds = config.dataSource(dataSource);
        if (ds == null) {
            throw RetortErrors.cannotConnect("no data source named " + dataSource + " in " + location);
        }
        synchronized (pools) {
            pool = pools.get(dataSource);
            if (pool == null) {
                pool = new HikariDataSource(hikari(ds));
                pools.put(dataSource, pool);
                LOG.debug("{}: pool for data source {} created", location, dataSource);
            }
            return pool;
        }
    }

    private HikariConfig hikari(DataSourceConfig ds) throws SQLException {
        Properties settings = new Properties();
        // Lazy and small by default: no connection until a statement needs one, none kept idle.
        settings.setProperty("minimumIdle", "0");
        settings.setProperty("maximumPoolSize", "8");
        settings.setProperty("initializationFailTimeout", "-1");
        settings.setProperty("poolName", "retort-" + ds.name());
        settings.putAll(ds.pool());
        HikariConfig hikari;
        try {
            hikari = new HikariConfig(settings);
        } catch (RuntimeException e) {
            throw config.origin().error("dataSources." + ds.name() + ".pool", "HikariCP rejected a setting: " + e.getMessage());
        }
        hikari.setJdbcUrl(ds.url());
        if (ds.username() != null) {
            hikari.setUsername(ds.username());
        }
        if (ds.password() != null) {
            hikari.setPassword(ds.password());
        }
        ds.properties().forEach(hikari::addDataSourceProperty);
        return hikari;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        synchronized (pools) {
            pools.values().forEach(HikariDataSource::close);
            pools.clear();
        }
        threads.shutdown();
        if (twoPhase != null) {
            twoPhase.close(); // releases the recovery log for the next process or configuration
        }
    }

    private static ClassLoader contextLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : ShardedRuntime.class.getClassLoader();
    }

    @Override
    public String toString() {
        return "ShardedRuntime[" + location + ", data sources " + config.dataSources().keySet() + "]";
    }
}
