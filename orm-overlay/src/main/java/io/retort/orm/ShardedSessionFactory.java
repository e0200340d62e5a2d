package io.retort.orm;

import io.retort.dialect.Dialect;
import io.retort.events.Listeners;
import io.retort.events.RetortListener;
import io.retort.orm.annotation.GenerationType;
import io.retort.sharding.ShardingRule;
import io.retort.sharding.TableRule;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Builds a {@link SessionFactory} whose sessions spread objects over shards (SQLAlchemy's
 * {@code horizontal_shard} extension), on a sharding configuration: the data sources and data nodes
 * of a {@link ShardingRule} (the YAML of {@code jdbc:retort:config:}), one {@code DataSource} per data
 * source name. A new object is written to the node its sharding key routes to, {@code get} asks the
 * nodes its key can be on, a query runs on the nodes its conditions allow; identities carry their shard.
 *
 * <pre>{@code
 * ShardingRule rule = ShardingRule.load("classpath:shop.yaml", loader);
 * SessionFactory factory = ShardedSessionFactory.builder(rule, Map.of("ds0", pool0, "ds1", pool1))
 *         .entities(Customer.class, Order.class)
 *         .build();
 * try (Session s = factory.openSession()) {
 *     s.add(new Order(customerId, ...));        // INSERT INTO orders_3 on ds1, say
 *     s.commit();                               // each data source commits in turn
 *     s.shardOf(order);                         // "ds1.orders_3"
 * }
 * }</pre>
 *
 * Keys that route must be known before the INSERT: use {@code GenerationType.SNOWFLAKE} or
 * {@code UUID_V7} (or assign them) for a table sharded by its key. Sequences are not supported across
 * shards, and broadcast tables are read, not written, by the ORM.
 */
public final class ShardedSessionFactory {

    private ShardedSessionFactory() {
    }

    public static Builder builder(ShardingRule rule, Map<String, DataSource> dataSources) {
        return new Builder(rule, dataSources);
    }

    /** Builds a sharded {@link SessionFactory}. */
    public static final class Builder {

        private final ShardingRule rule;
        private final Map<String, DataSource> dataSources;
        private final List<Class<?>> entities = new ArrayList<>();
        private Registry registry;
        private final Map<String, Dialect> dialects = new LinkedHashMap<>();
        private Listeners listeners = Listeners.NONE;
        private final List<RetortListener> extra = new ArrayList<>();
        private ShardChooser shardChooser;
        private IdentityChooser identityChooser;
        private ExecuteChooser executeChooser;
        private int workerId;
        private int rowsPerStatement = 1000;
        private boolean autoflush = true;

        Builder(ShardingRule rule, Map<String, DataSource> dataSources) {
            this.rule = Objects.requireNonNull(rule, "rule");
            this.dataSources = new LinkedHashMap<>(dataSources);
        }

        public Builder entities(Class<?>... classes) {
            entities.addAll(Arrays.asList(classes));
            return this;
        }

        public Builder registry(Registry registry) {
            this.registry = registry;
            return this;
        }

        /** The dialect of one data source, instead of reading it from a connection. */
        public Builder dialect(String dataSource, Dialect dialect) {
            dialects.put(dataSource, dialect);
            return this;
        }

        public Builder listeners(Listeners listeners) {
            this.listeners = Objects.requireNonNull(listeners, "listeners");
            return this;
        }

        public Builder listen(RetortListener... more) {
            extra.addAll(Arrays.asList(more));
            return this;
        }

        public Builder shardChooser(ShardChooser chooser) {
            this.shardChooser = chooser;
            return this;
        }

        public Builder identityChooser(IdentityChooser chooser) {
            this.identityChooser = chooser;
            return this;
        }

        public Builder executeChooser(ExecuteChooser chooser) {
            this.executeChooser = chooser;
            return this;
        }

        public Builder snowflakeWorkerId(int workerId) {
            this.workerId = workerId;
            return this;
        }

        public Builder rowsPerStatement(int rows) {
            this.rowsPerStatement = rows;
            return this;
        }

        public Builder autoflush(boolean autoflush) {
            this.autoflush = autoflush;
            return this;
        }

        /**
         * @throws SQLException when a data source of the configuration has no {@code DataSource}, or cannot be
         *     reached to read its dialect
         * @throws MappingException when an entity cannot be sharded as mapped
         */
        public SessionFactory build() throws SQLException {
            Registry r = registry != null ? registry : Registry.of(entities.toArray(new Class<?>[0]));
            for (String name : rule.dataSourceNames()) {
                if (!dataSources.containsKey(name)) {
                    throw new SQLException("the sharding configuration names the data source " + name + ", but no DataSource"
                            + " was given for it; pass one per name: " + rule.dataSourceNames(), "08001");
                }
            }
            for (EntityMapper<?> m : r.insertOrder()) {
                if (m.generation == GenerationType.SEQUENCE) {
                    throw new MappingException(m.type.getSimpleName() + ": SEQUENCE keys are not supported in a sharded"
                            + " session (a sequence lives on one data source); use SNOWFLAKE or UUID_V7");
                }
                TableRule t = rule.tableRule(m.table);
                if (t.isSharded() && m.generation == GenerationType.IDENTITY && t.isKeyColumn(m.id.name())) {
                    throw new MappingException(m.type.getSimpleName() + ": " + m.table + " is sharded by its key "
                            + m.id.name() + ", which the database generates, so a new row could not be routed; use"
                            + " GenerationType.SNOWFLAKE or UUID_V7");
                }
            }
            Map<String, Dialect> ds = new LinkedHashMap<>();
            for (Map.Entry<String, DataSource> e : dataSources.entrySet()) {
                Dialect d = dialects.get(e.getKey());
                ds.put(e.getKey(), d != null ? d : SessionFactory.detect(e.getValue()));
            }
            ShardRouting routing = new ShardRouting(rule, r, shardChooser, identityChooser, executeChooser);
            return new SessionFactory(r, dataSources, ds, routing, listeners.plus(extra), autoflush, false, rowsPerStatement,
                    workerId);
        }
    }
}
