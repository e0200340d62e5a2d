package io.retort.sharding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.SQLNonTransientException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every configuration error names the file, the line, the key path and what was expected. */
class ConfigErrorTest {
    private static final Map<String, String> ENV = Map.of("PG_PASSWORD", "from-env");

    private static ShardingConfigException error(String yaml) {
        ShardingConfigException e = catchThrowableOfType(ShardingConfigException.class,
                () -> ShardingConfig.parse(yaml, "shop.yaml", ConfigErrorTest.class.getClassLoader(), ENV::get));
        assertThat((Throwable) e).as("expected a configuration error for:%n%s", yaml).isNotNull();
        assertThat((Throwable) e).isInstanceOf(SQLNonTransientException.class);
        assertThat(e.getSQLState()).isEqualTo("F0000");
        return e;
    }

    /** Asserts file, line and key path, and that the message says each fragment. */
    private static void fails(String yaml, int line, String keyPath, String... fragments) {
        ShardingConfigException e = error(yaml);
        assertThat(e.source()).isEqualTo("shop.yaml");
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(e.keyPath()).as(e.getMessage()).isEqualTo(keyPath);
        String prefix = "shop.yaml" + (line > 0 ? ":" + line : "") + ": " + (keyPath.isEmpty() ? "" : keyPath + ": ");
        assertThat(e.getMessage()).startsWith(prefix);
        for (String f : fragments) {
            assertThat(e.getMessage()).contains(f);
        }
    }

    private static final String DS = """
            dataSources:
              ds0: { url: "jdbc:h2:mem:a" }
              ds1: { url: "jdbc:h2:mem:b" }
            """;

    // ----- structure -----

    @Test
    void unknownTopLevelKeySuggestsTheRightOne() {
        fails("""
                dialect: postgresql
                datasources:
                  ds0: { url: "jdbc:h2:mem:a" }
                """, 2, "datasources", "unknown key 'datasources'", "expected one of dialect, dataSources",
                "did you mean 'dataSources'?");
    }

    @Test
    void missingDataSources() {
        fails("dialect: h2\n", 1, "dataSources", "missing", "url:");
    }

    @Test
    void emptyFile() {
        fails("# nothing\n", 0, "", "the file is empty");
    }

    @Test
    void dataSourcesMustBeAMapping() {
        fails("""
                dataSources:
                  - ds0
                """, 1, "dataSources", "expected a mapping of data source names", "found a list");
    }

    @Test
    void dataSourceWithoutUrl() {
        fails("""
                dataSources:
                  ds0: { url: "jdbc:h2:mem:a" }
                  ds1:
                    username: root
                """, 3, "dataSources.ds1.url", "missing", "the real driver's JDBC URL");
    }

    @Test
    void dataSourceUrlMustBeTheRealDriversUrl() {
        fails("""
                dataSources:
                  ds0:
                    url: jdbc:retort:postgresql://localhost/x
                """, 3, "dataSources.ds0.url", "remove 'retort:'");
        fails("""
                dataSources:
                  ds0:
                    url: postgresql://localhost/x
                """, 3, "dataSources.ds0.url", "starting with 'jdbc:'");
    }

    @Test
    void misspeltDataSourceKey() {
        fails("""
                dataSources:
                  ds0:
                    url: jdbc:h2:mem:a
                    user: sa
                """, 4, "dataSources.ds0.user", "unknown key 'user'", "did you mean 'username'?");
    }

    @Test
    void poolSettings() {
        fails("""
                dataSources:
                  ds0:
                    url: jdbc:h2:mem:a
                    pool:
                      maxPoolSize: 8
                """, 5, "dataSources.ds0.pool.maxPoolSize", "unknown HikariCP setting", "did you mean 'maximumPoolSize'?");
        fails("""
                dataSources:
                  ds0:
                    url: jdbc:h2:mem:a
                    pool: { maximumPoolSize: lots }
                """, 4, "dataSources.ds0.pool.maximumPoolSize", "expected an integer, found 'lots'");
        fails("""
                dataSources:
                  ds0:
                    url: jdbc:h2:mem:a
                    pool: { autoCommit: yes }
                """, 4, "dataSources.ds0.pool.autoCommit", "expected true or false");
        fails("""
                dataSources:
                  ds0:
                    url: jdbc:h2:mem:a
                    pool: { jdbcUrl: "jdbc:h2:mem:b" }
                """, 4, "dataSources.ds0.pool.jdbcUrl", "set this on the data source as url:");
    }

    @Test
    void unknownDialect() {
        fails("dialect: postgres\n" + DS, 1, "dialect", "unknown dialect 'postgres'", "did you mean 'postgresql'?");
    }

    @Test
    void dialectCannotBeDerived() {
        fails("""
                dataSources:
                  ds0:
                    url: jdbc:db2://host/x
                """, 3, "dataSources.ds0.url", "set the top-level dialect:");
    }

    @Test
    void unknownDefaultDataSource() {
        fails(DS + """
                sharding:
                  defaultDataSource: ds_0
                """, 5, "sharding.defaultDataSource", "unknown data source 'ds_0'", "did you mean 'ds0'?");
    }

    @Test
    void duplicateKey() {
        fails("""
                dataSources:
                  ds0: { url: "jdbc:h2:mem:a" }
                  ds0: { url: "jdbc:h2:mem:b" }
                """, 3, "dataSources.ds0", "duplicate key 'ds0' (first at line 2)");
    }

    @Test
    void yamlSyntaxErrorNamesTheLineButNotTheText() {
        ShardingConfigException e = error("""
                dataSources:
                  ds0:
                    url: jdbc:h2:mem:a
                    password: "s3cr3t
                sharding: {}
                """);
        assertThat(e.getMessage()).startsWith("shop.yaml:").contains("not valid YAML").doesNotContain("s3cr3t");
        assertThat(e.line()).isBetween(4, 6);
    }

    @Test
    void passwordsNeverAppearInMessages() {
        ShardingConfigException e = error("""
                dataSources:
                  ds0:
                    url: "jdbc:postgresql://u:s3cr3t@host/x?password=s3cr3t"
                    password: s3cr3t
                    pool: { maximumPoolSize: x }
                """);
        assertThat(e.getMessage()).doesNotContain("s3cr3t").contains("maximumPoolSize");
    }

    @Test
    void unsetEnvironmentVariable() {
        fails("""
                dataSources:
                  ds0:
                    url: jdbc:h2:mem:a
                    password: ${DB_PASSWORD}
                """, 4, "dataSources.ds0.password", "environment variable DB_PASSWORD is not set", "${DB_PASSWORD:default}");
    }

    @Test
    void transactionModeAndListeners() {
        fails(DS + """
                transaction:
                  mode: 2pc
                """, 5, "transaction.mode", "unknown transaction mode '2pc'", "expected one of local, two-phase");
        fails(DS + """
                transaction:
                  mode: two-phase
                """, 4, "transaction", "mode: two-phase needs a recovery log file");
        fails(DS + """
                transaction: { log: tx.log }
                """, 4, "transaction.log", "only used with mode: two-phase");
        fails(DS + """
                sharding: { federation: sometimes }
                """, 4, "sharding.federation", "expected one of false, true");
        fails(DS + """
                connections:
                  mode: pooled
                """, 5, "connections.mode", "unknown connection mode 'pooled'", "expected one of per-statement, held");
        fails(DS + """
                connections: { mode: held, statementCache: 100000 }
                """, 4, "connections.statementCache", "expected an integer from 0 to 4096");
        fails(DS + """
                connections: { parallelism: -1 }
                """, 4, "connections.parallelism", "expected an integer from 0 to 1024");
        fails(DS + """
                listeners:
                  - properties: { thresholdMs: 200 }
                """, 5, "listeners[0].class", "missing", "the listener's class name");
        fails(DS + """
                listeners:
                  - class: com.example.Log
                    propertys: { a: 1 }
                """, 6, "listeners[0].propertys", "did you mean 'properties'?");
    }

    // ----- tables -----

    @Test
    void unknownAlgorithmType() {
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      algorithm:
                        type: hash_mod
                """, 9, "sharding.tables.orders.algorithm.type", "unknown algorithm type 'hash_mod'",
                "expected one of hash-mod, mod, range, list, class", "did you mean 'hash-mod'?");
    }

    @Test
    void unknownTableKeyAndAlgorithmKey() {
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      shardingKey: customer_id
                """, 7, "sharding.tables.orders.shardingKey", "unknown key 'shardingKey'");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      algorithm: { type: range, boundary: [10] }
                """, 8, "sharding.tables.orders.algorithm.boundary", "unknown key 'boundary'", "did you mean 'boundaries'?");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      algorithm: { type: range }
                """, 8, "sharding.tables.orders.algorithm.boundaries", "missing", "ascending list");
    }

    @Test
    void nodeNamingAnUndefinedDataSource() {
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      nodes: "ds${0..2}.orders_${0..1}"
                """, 8, "sharding.tables.orders.nodes", "data node ds2.orders_0 names data source 'ds2'",
                "not under dataSources (ds0, ds1)");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      nodes:
                        - ds0.orders
                        - dsl.orders
                """, 10, "sharding.tables.orders.nodes[1]", "names data source 'dsl'", "did you mean 'ds0'?");
    }

    @Test
    void badNodeExpressions() {
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      nodes: "ds${0..1}.orders_${3..0}"
                """, 8, "sharding.tables.orders.nodes", "the range runs backwards");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      nodes: "ds0"
                """, 8, "sharding.tables.orders.nodes", "expected <data source>.<table>");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      nodes: "ds${0..1}.orders_${0,1}"
                """, 8, "sharding.tables.orders.nodes", "expected a range ${0..3} or a list ${['a','b']}");
    }

    @Test
    void duplicatePhysicalNodes() {
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      nodes: "ds0.orders_0, ds1.orders_0, ds0.orders_0"
                """, 8, "sharding.tables.orders.nodes", "data node ds0.orders_0 is listed twice");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      nodes: "ds${0..1}.orders_${0..1}"
                    archive:
                      key: customer_id
                      nodes: "ds1.orders_1, ds1.archive"
                """, 11, "sharding.tables.archive.nodes", "data node ds1.orders_1 of archive is already a data node of orders");
        fails(DS + """
                sharding:
                  tables:
                    audit: { nodes: ds1.countries }
                  broadcast: [countries]
                """, 7, "sharding.broadcast[0]", "ds1.countries of countries is already a data node of audit");
    }

    @Test
    void tableWithSeveralNodesNeedsAKey() {
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      nodes: "ds${0..1}.orders"
                """, 6, "sharding.tables.orders", "has 2 data nodes but no sharding key");
    }

    @Test
    void keyAndStrategiesExcludeEachOther() {
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      databaseStrategy: { key: user_id }
                """, 8, "sharding.tables.orders.databaseStrategy", "cannot be combined with 'key' (line 7)");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      algorithm: mod
                """, 7, "sharding.tables.orders.algorithm", "needs key:");
    }

    @Test
    void keyTypeAndModCompatibility() {
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      keyType: int
                """, 8, "sharding.tables.orders.keyType", "unknown keyType 'int'", "did you mean 'integer'?");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      keyType: string
                      algorithm: mod
                """, 8, "sharding.tables.orders.keyType", "mod needs integer values, but keyType is string");
    }

    @Test
    void twoLevelLayoutsAreChecked() {
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      nodes: "ds${0..1}.orders_${0..1}"
                      databaseStrategy: { key: user_id, algorithm: mod }
                """, 8, "sharding.tables.orders.databaseStrategy", "orders has 2 tables on ds0", "add a tableStrategy:");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      nodes: "ds${0..1}.orders_${0..1}"
                      tableStrategy: { key: order_id, algorithm: mod }
                """, 8, "sharding.tables.orders.tableStrategy", "table orders_0 is on both ds0 and ds1",
                "add a databaseStrategy:");
    }

    @Test
    void rangeBoundaries() {
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: id
                      nodes: "ds${0..1}.orders"
                      algorithm: { type: range, boundaries: [100, 200] }
                """, 9, "sharding.tables.orders.algorithm.boundaries", "2 boundaries make 3 partitions",
                "there are 2 targets [ds0.orders, ds1.orders]");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: id
                      nodes: "ds${0..1}.orders"
                      algorithm:
                        type: range
                        boundaries:
                          - 200
                          - 100
                """, 13, "sharding.tables.orders.algorithm.boundaries[1]", "boundaries must ascend: 100 is not greater than 200");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: id
                      nodes: "ds${0..1}.orders"
                      algorithm: { type: range, boundaries: [100, "m"] }
                """, 9, "sharding.tables.orders.algorithm.boundaries[1]", "is a string but the boundaries before it are integers");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: id
                      keyType: date
                      nodes: "ds${0..1}.orders"
                      algorithm: { type: range, boundaries: [2024-13-01] }
                """, 10, "sharding.tables.orders.algorithm.boundaries[0]", "looks like a number or date but is not a valid one");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: id
                      keyType: date
                      nodes: "ds${0..1}.orders"
                      algorithm: { type: range, boundaries: ["soon"] }
                """, 10, "sharding.tables.orders.algorithm.boundaries[0]", "'soon' is not a valid date (the keyType)");
    }

    @Test
    void listTargetsAndValues() {
        fails(DS + """
                sharding:
                  tables:
                    customers:
                      key: country
                      algorithm:
                        type: list
                        values:
                          ds0: [DE, FR]
                          ds2: [US]
                """, 12, "sharding.tables.customers.algorithm.values.ds2", "'ds2' is not a data node of this table",
                "or a data source holding one of them: ds0, ds1", "did you mean 'ds0'?");
        fails(DS + """
                sharding:
                  tables:
                    customers:
                      key: country
                      algorithm:
                        type: list
                        values:
                          ds0: [DE, FR]
                          ds1: [US, FR]
                """, 12, "sharding.tables.customers.algorithm.values.ds1[1]", "value 'FR' is already listed for ds0.customers");
        fails(DS + """
                sharding:
                  tables:
                    customers:
                      nodes: "ds${0..1}.customers"
                      databaseStrategy:
                        key: country
                        algorithm: { type: list, values: { ds0: [DE], ds1: [US] }, default: ds3 }
                """, 10, "sharding.tables.customers.databaseStrategy.algorithm",
                "default target 'ds3' is not one of [ds0, ds1]", "did you mean 'ds0'?");
    }

    @Test
    void classAlgorithms() {
        String table = DS + """
                sharding:
                  tables:
                    orders:
                      key: id
                      algorithm:
                        type: class
                        class: %s
                """;
        fails(table.formatted("com.example.Missing"), 10, "sharding.tables.orders.algorithm.class",
                "class com.example.Missing cannot be loaded", "put its jar on the classpath");
        fails(table.formatted("io.retort.sharding.TestAlgorithms$NotAnAlgorithm"), 10, "sharding.tables.orders.algorithm.class",
                "does not implement io.retort.sharding.ShardingAlgorithm");
        fails(table.formatted("io.retort.sharding.TestAlgorithms$NeedsArgument"), 10, "sharding.tables.orders.algorithm.class",
                "needs a public no-argument constructor");
        fails(table.formatted("io.retort.sharding.TestAlgorithms$Abstract"), 10, "sharding.tables.orders.algorithm.class",
                "is abstract");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: id
                      algorithm: { type: class }
                """, 8, "sharding.tables.orders.algorithm.class", "missing");
    }

    @Test
    void userAlgorithmFailuresAreLocatedAtBuildTime() {
        String yaml = DS + """
                sharding:
                  tables:
                    orders:
                      key: id
                      algorithm:
                        type: class
                        class: %s
                        properties: { offset: x }
                """;
        // Loading only checks the class; building the rule runs the user's code.
        ShardingConfig ok = assertLoads(yaml.formatted("io.retort.sharding.TestAlgorithms$FailingConstructor"));
        ShardingConfigException e = catchThrowableOfType(ShardingConfigException.class,
                () -> ShardingRule.of(ok, getClass().getClassLoader()));
        assertThat(e.getMessage()).startsWith("shop.yaml:10: sharding.tables.orders.algorithm.class: ")
                .contains("the constructor of io.retort.sharding.TestAlgorithms$FailingConstructor failed", "no license key");

        ShardingConfig bad = assertLoads(yaml.formatted("io.retort.sharding.TestAlgorithms$LastDigit"));
        e = catchThrowableOfType(ShardingConfigException.class, () -> ShardingRule.of(bad, getClass().getClassLoader()));
        assertThat(e.getMessage()).startsWith("shop.yaml:8: sharding.tables.orders.algorithm: ")
                .contains("rejected its configuration: offset must be an integer, not 'x'");
    }

    private static ShardingConfig assertLoads(String yaml) {
        try {
            return ShardingConfig.parse(yaml, "shop.yaml", ConfigErrorTest.class.getClassLoader(), ENV::get);
        } catch (ShardingConfigException e) {
            throw new AssertionError(e);
        }
    }

    // ----- binding and broadcast -----

    @Test
    void bindToUnknownSelfCircularOrBroadcast() {
        fails(DS + """
                sharding:
                  tables:
                    orders: { key: customer_id }
                    order_items: { bindTo: order }
                """, 7, "sharding.tables.order_items.bindTo", "unknown table 'order'", "did you mean 'orders'?");
        fails(DS + """
                sharding:
                  tables:
                    orders: { key: customer_id, bindTo: orders }
                """, 6, "sharding.tables.orders.bindTo", "cannot bind to itself");
        fails(DS + """
                sharding:
                  tables:
                    a: { bindTo: b }
                    b: { bindTo: a }
                """, 7, "sharding.tables.b.bindTo", "goes round in a circle: a -> b -> a");
        fails(DS + """
                sharding:
                  tables:
                    order_items: { bindTo: countries }
                  broadcast: [countries]
                """, 6, "sharding.tables.order_items.bindTo", "'countries' is a broadcast table");
        fails(DS + """
                sharding:
                  tables:
                    audit: { nodes: ds1.audit }
                    audit_items: { bindTo: audit }
                """, 7, "sharding.tables.audit_items.bindTo", "audit is not sharded");
    }

    @Test
    void boundTableWithADifferentLayout() {
        fails(DS + """
                sharding:
                  tables:
                    orders: { key: customer_id, nodes: "ds${0..1}.orders_${0..1}" }
                    order_items:
                      bindTo: orders
                      nodes: "ds${0..1}.order_items_${0..2}"
                """, 9, "sharding.tables.order_items.nodes", "order_items has 6 nodes but orders, which it binds to, has 4");
        fails(DS + """
                sharding:
                  tables:
                    orders: { key: customer_id, nodes: "ds${0..1}.orders_${0..1}" }
                    order_items:
                      bindTo: orders
                      nodes: "ds1.items_${0..1}, ds0.items_${0..1}"
                """, 9, "sharding.tables.order_items.nodes", "node 1 of order_items is ds1.items_0 but node 1 of orders is ds0.orders_0");
        fails(DS + """
                sharding:
                  tables:
                    orders: { key: customer_id, nodes: "ds${0..1}.t_order_${0..1}" }
                    order_items: { bindTo: orders }
                """, 7, "sharding.tables.order_items", "cannot derive order_items's physical tables from ds0.t_order_0",
                "give order_items its own nodes:");
        fails(DS + """
                sharding:
                  tables:
                    orders: { key: customer_id }
                    order_items:
                      bindTo: orders
                      algorithm: mod
                """, 9, "sharding.tables.order_items.algorithm", "a bound table uses the algorithm of orders");
    }

    @Test
    void broadcastConflicts() {
        fails(DS + """
                sharding:
                  tables:
                    countries: { nodes: ds0.countries }
                  broadcast: [currencies, countries]
                """, 7, "sharding.broadcast[1]", "also configured under sharding.tables");
        fails(DS + """
                sharding:
                  broadcast:
                    - countries
                    - COUNTRIES
                """, 7, "sharding.broadcast[1]", "'COUNTRIES' is listed twice");
        fails(DS + """
                sharding:
                  tables:
                    Orders: { key: id }
                    orders: { key: id }
                """, 7, "sharding.tables.orders", "configured twice (also as 'Orders')", "case-insensitive");
    }

    // ----- key generators -----

    @Test
    void keyGenerators() {
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      keyGenerator: { column: id, type: snowflake, workerId: 1024 }
                """, 8, "sharding.tables.orders.keyGenerator.workerId", "expected an integer from 0 to 1023, found 1024");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      keyGenerator: { column: id, type: uuid, workerId: 1 }
                """, 8, "sharding.tables.orders.keyGenerator.type", "unknown key generator type 'uuid'",
                "expected one of snowflake, uuid-v7");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      keyGenerator: { column: id, type: uuid-v7, workerId: 1 }
                """, 8, "sharding.tables.orders.keyGenerator.workerId", "workerId applies to snowflake only");
        fails(DS + """
                sharding:
                  tables:
                    orders:
                      key: customer_id
                      keyGenerator:
                        type: snowflake
                """, 8, "sharding.tables.orders.keyGenerator.column", "missing");
    }

    // ----- locations -----

    @Test
    void missingFileAndResource() {
        ShardingConfigException e = catchThrowableOfType(ShardingConfigException.class,
                () -> ShardingConfig.load("/nonexistent/shop.yaml", null));
        assertThat(e.getMessage()).startsWith("/nonexistent/shop.yaml: no such file").contains("classpath:");
        e = catchThrowableOfType(ShardingConfigException.class,
                () -> ShardingConfig.load("classpath:nope.yaml", getClass().getClassLoader()));
        assertThat(e.getMessage()).startsWith("classpath:nope.yaml: no such resource on the classpath");
        e = catchThrowableOfType(ShardingConfigException.class, () -> ShardingConfig.load("", null));
        assertThat(e.getMessage()).contains("no configuration file given");
    }
}
