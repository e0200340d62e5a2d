package io.retort.sharding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoadingTest {
    private static final ClassLoader LOADER = ConfigLoadingTest.class.getClassLoader();

    static ShardingConfig parse(String yaml, Map<String, String> env) throws ShardingConfigException {
        return ShardingConfig.parse(yaml, "test.yaml", LOADER, env::get);
    }

    static ShardingConfig parse(String yaml) throws ShardingConfigException {
        return parse(yaml, Map.of());
    }

    @Test
    void loadsTheDesignExampleFromTheClasspath() throws Exception {
        ShardingConfig c = ShardingConfig.load("classpath:shop.yaml", LOADER, Map.of("PG_PASSWORD", "pw")::get);
        assertThat(c.dialect()).isEqualTo("postgresql");
        assertThat(c.dataSources()).containsOnlyKeys("ds0", "ds1");
        DataSourceConfig ds0 = c.dataSource("ds0");
        assertThat(ds0.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/shop_0");
        assertThat(ds0.username()).isEqualTo("postgres");
        assertThat(ds0.password()).isEqualTo("pw");
        assertThat(ds0.pool()).containsExactly(Map.entry("maximumPoolSize", "8"));
        assertThat(c.dataSource("ds1").password()).isNull();
        assertThat(c.sharding().defaultDataSource()).isEqualTo("ds0");
        assertThat(c.sharding().tables()).containsOnlyKeys("orders", "order_items", "payments");
        TableConfig orders = c.sharding().tables().get("orders");
        assertThat(orders.nodes()).containsExactly("ds${0..1}.orders_${0..3}");
        assertThat(orders.strategy()).isEqualTo(new StrategyConfig("customer_id", null, new AlgorithmConfig.HashMod()));
        assertThat(orders.keyGenerator()).isEqualTo(new KeyGeneratorConfig("id", KeyGeneratorConfig.Type.SNOWFLAKE, 3));
        assertThat(c.sharding().tables().get("order_items").bindTo()).isEqualTo("orders");
        TableConfig payments = c.sharding().tables().get("payments");
        assertThat(payments.databaseStrategy()).isEqualTo(new StrategyConfig("user_id", null, new AlgorithmConfig.Mod()));
        assertThat(payments.tableStrategy()).isEqualTo(
                new StrategyConfig("payment_id", KeyType.INTEGER, new AlgorithmConfig.Range(List.of(1_000_000L))));
        assertThat(c.sharding().broadcast()).containsExactly("countries");
        assertThat(c.listeners()).containsExactly(
                new ListenerConfig("io.retort.events.builtin.SlowQueryLog", Map.of("thresholdMs", "200")));
        assertThat(c.transaction()).isEqualTo(new TransactionConfig(TransactionConfig.Mode.TWO_PHASE, "shop-2pc.log"));
        assertThat(c.origin().source()).isEqualTo("classpath:shop.yaml");
        assertThat(c.origin().line("sharding.tables.orders.algorithm.type")).isEqualTo(12);
        assertThat(c.origin().line("sharding.tables.order_items.bindTo")).isEqualTo(14);
    }

    @Test
    void readsTheConnectionsSection() throws Exception {
        ShardingConfig c = parse("dataSources:\n  main: { url: \"jdbc:h2:mem:x\" }\n"
                + "connections: { mode: held, statementCache: 16, parallelism: 2 }\n");
        assertThat(c.connections()).isEqualTo(new ConnectionsConfig(ConnectionsConfig.Mode.HELD, 16, 2));
        assertThat(parse("dataSources:\n  main: { url: \"jdbc:h2:mem:x\" }\nconnections: { mode: held }\n").connections())
                .isEqualTo(new ConnectionsConfig(ConnectionsConfig.Mode.HELD, 64, 0));
    }

    @Test
    void loadsAFileByPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.yaml");
        Files.writeString(file, "dataSources:\n  main: { url: \"jdbc:h2:mem:x\" }\n");
        ShardingConfig c = ShardingConfig.load(file.toString(), null);
        assertThat(c.dialect()).isEqualTo("h2");
        assertThat(c.origin().source()).isEqualTo(file.toString());
        assertThat(c.sharding().defaultDataSource()).isEqualTo("main");
        assertThat(c.sharding().tables()).isEmpty();
        assertThat(c.listeners()).isEmpty();
        assertThat(c.transaction()).isEqualTo(TransactionConfig.DEFAULT);
        assertThat(c.connections()).isEqualTo(ConnectionsConfig.DEFAULT);
        assertThat(c.sharding().dmlWithoutKey()).isEqualTo(ShardingSettings.DmlWithoutKey.SCATTER);
        assertThat(c.sharding().federation()).isFalse();
    }

    @Test
    void dialectComesFromTheFirstDataSource() throws Exception {
        assertThat(parse("dataSources: { a: { url: 'jdbc:mariadb://h/x' }, b: { url: 'jdbc:postgresql://h/y' } }").dialect())
                .isEqualTo("mariadb");
        assertThat(parse("dataSources: { a: { url: 'jdbc:sqlite:/tmp/x.db' } }").dialect()).isEqualTo("sqlite");
        assertThat(parse("dialect: mysql\ndataSources: { a: { url: 'jdbc:h2:mem:x' } }").dialect()).isEqualTo("mysql");
    }

    @Test
    void environmentSubstitution() throws Exception {
        String yaml = """
                dataSources:
                  ds0:
                    url: "jdbc:postgresql://${DB_HOST:127.0.0.1}:${DB_PORT:5432}/shop"
                    username: ${DB_USER}
                    password: "${DB_PASSWORD:}"
                    pool: { maximumPoolSize: "${POOL:4}" }
                sharding:
                  tables:
                    orders: { key: id, nodes: "ds0.orders_${0..1}, $${LITERAL}x" }
                """;
        ShardingConfig c = ShardingConfig.parse(yaml.replace(", $${LITERAL}x", ""), "t.yaml", LOADER,
                Map.of("DB_USER", "app", "DB_HOST", "db.internal", "POOL", "16")::get);
        DataSourceConfig ds = c.dataSource("ds0");
        assertThat(ds.url()).isEqualTo("jdbc:postgresql://db.internal:5432/shop");
        assertThat(ds.username()).isEqualTo("app");
        assertThat(ds.password()).isEmpty();
        assertThat(ds.pool()).containsEntry("maximumPoolSize", "16");
        // node expressions are not variables
        assertThat(c.sharding().tables().get("orders").nodes()).containsExactly("ds0.orders_${0..1}");
    }

    @Test
    void envSubstitutionRules() throws Exception {
        Map<String, String> env = Map.of("A", "1", "B_2", "two");
        assertThat(EnvSubstitution.apply("x${A}y${B_2}z", env::get)).isEqualTo("x1ytwoz");
        assertThat(EnvSubstitution.apply("${MISSING:jdbc:h2:mem:x}", env::get)).isEqualTo("jdbc:h2:mem:x");
        assertThat(EnvSubstitution.apply("${MISSING:}", env::get)).isEmpty();
        assertThat(EnvSubstitution.apply("$${A}", env::get)).isEqualTo("${A}");
        assertThat(EnvSubstitution.apply("ds${0..3}.t_${['a','b']}", env::get)).isEqualTo("ds${0..3}.t_${['a','b']}");
        assertThat(EnvSubstitution.apply("${A", env::get)).isEqualTo("${A");
        assertThat(EnvSubstitution.apply("${A}${A}", env::get)).isEqualTo("11");
    }

    @Test
    void secretsNeverAppearInToString() throws Exception {
        ShardingConfig c = parse("""
                dataSources:
                  ds0:
                    url: "jdbc:postgresql://app:urlsecret@host/x?user=app&password=querysecret&ssl=true"
                    username: app
                    password: topsecret
                    properties: { sslpassword: propsecret, ssl: "true" }
                listeners:
                  - class: com.example.Audit
                    properties: { apiToken: tokensecret, level: info }
                """);
        String text = c.toString();
        assertThat(text).doesNotContain("urlsecret", "querysecret", "topsecret", "propsecret", "tokensecret")
                .contains("username=app", "ssl=true", "level=info", "****");
    }

    @Test
    void mergeKeysAndAnchorsAreApplied() throws Exception {
        ShardingConfig c = parse("""
                dataSources:
                  ds0: &pg { url: "jdbc:postgresql://h/a", username: postgres, pool: { maximumPoolSize: 4 } }
                  ds1: { <<: *pg, url: "jdbc:postgresql://h/b", username: other }
                """);
        assertThat(c.dataSource("ds0").username()).isEqualTo("postgres");
        assertThat(c.dataSource("ds0").pool()).containsEntry("maximumPoolSize", "4");
        assertThat(c.dataSource("ds0").url()).isEqualTo("jdbc:postgresql://h/a");
        assertThat(c.dataSource("ds1").username()).isEqualTo("other");
        assertThat(c.dataSource("ds1").url()).isEqualTo("jdbc:postgresql://h/b");
        assertThat(c.dataSource("ds1").pool()).containsEntry("maximumPoolSize", "4");
    }

    @Test
    void literalTypesOfBoundariesAndListValues() throws Exception {
        ShardingConfig c = parse("""
                dataSources: { ds0: { url: 'jdbc:h2:mem:a' }, ds1: { url: 'jdbc:h2:mem:b' }, ds2: { url: 'jdbc:h2:mem:c' } }
                sharding:
                  tables:
                    events: { key: day, algorithm: { type: range, boundaries: [2024-01-01, 2025-01-01] } }
                    prices: { key: p, algorithm: { type: range, boundaries: [9.99, 99.99] } }
                    tags:
                      key: tag
                      algorithm: { type: list, values: { ds0: [a, "1"], ds1: [b], ds2: c } }
                """);
        assertThat(((AlgorithmConfig.Range) c.sharding().tables().get("events").strategy().algorithm()).boundaries())
                .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
        assertThat(((AlgorithmConfig.Range) c.sharding().tables().get("prices").strategy().algorithm()).boundaries())
                .containsExactly(new BigDecimal("9.99"), new BigDecimal("99.99"));
        AlgorithmConfig.ListLookup list = (AlgorithmConfig.ListLookup) c.sharding().tables().get("tags").strategy().algorithm();
        assertThat(list.values()).containsExactly(Map.entry("ds0", List.of("a", "1")), Map.entry("ds1", List.of("b")),
                Map.entry("ds2", List.of("c")));
    }

    @Test
    void algorithmShorthandAndDefaults() throws Exception {
        ShardingConfig c = parse("""
                dataSources: { ds0: { url: 'jdbc:h2:mem:a' }, ds1: { url: 'jdbc:h2:mem:b' } }
                sharding:
                  dmlWithoutKey: refuse
                  federation: true
                  tables:
                    a: { key: id, algorithm: mod }
                    b: { key: id }
                """);
        assertThat(c.sharding().tables().get("a").strategy().algorithm()).isEqualTo(new AlgorithmConfig.Mod());
        assertThat(c.sharding().tables().get("b").strategy().algorithm()).isNull();
        assertThat(c.sharding().dmlWithoutKey()).isEqualTo(ShardingSettings.DmlWithoutKey.REFUSE);
        assertThat(c.sharding().federation()).isTrue();
    }

    @Test
    void laterStagesReportAtTheRightLine() throws Exception {
        ShardingConfig c = ShardingConfig.load("classpath:shop.yaml", LOADER, Map.<String, String>of()::get);
        ShardingConfigException e = c.origin().error("dataSources.ds0.pool.maximumPoolSize", "HikariCP rejected 8");
        assertThat(e.getMessage()).isEqualTo("classpath:shop.yaml:4: dataSources.ds0.pool.maximumPoolSize: HikariCP rejected 8");
        assertThat(c.origin().line("sharding.tables.payments.tableStrategy.algorithm.boundaries[0]")).isEqualTo(18);
        assertThat(c.origin().line("no.such.key")).isZero();
        assertThat(ConfigOrigin.code().error("x", "y").getMessage()).isEqualTo("<configuration>: x: y");
    }

    @Test
    void aRuleCanBeLoadedInOneStep() throws Exception {
        ShardingRule rule = ShardingRule.load("classpath:shop.yaml", LOADER);
        assertThat(rule.config().dialect()).isEqualTo("postgresql");
        assertThat(rule.isSharded("orders")).isTrue();
        assertThat(rule.dmlWithoutKey()).isEqualTo(ShardingSettings.DmlWithoutKey.SCATTER);
    }
}
