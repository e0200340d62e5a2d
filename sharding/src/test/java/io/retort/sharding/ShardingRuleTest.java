package io.retort.sharding;

import static io.retort.sharding.ShardingCondition.atLeast;
import static io.retort.sharding.ShardingCondition.between;
import static io.retort.sharding.ShardingCondition.equalTo;
import static io.retort.sharding.ShardingCondition.in;
import static io.retort.sharding.ShardingCondition.lessThan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.retort.sharding.keygen.SnowflakeKeyGenerator;
import io.retort.sharding.keygen.UuidV7KeyGenerator;
import java.math.BigDecimal;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShardingRuleTest {
    private static final ClassLoader LOADER = ShardingRuleTest.class.getClassLoader();
    private static ShardingRule shop;

    @BeforeAll
    static void loadShop() throws Exception {
        shop = ShardingRule.of(ShardingConfig.load("classpath:shop.yaml", LOADER, Map.<String, String>of()::get), LOADER);
    }

    static ShardingRule rule(String yaml) throws ShardingConfigException {
        return ShardingRule.of(ShardingConfig.parse(yaml, "t.yaml", LOADER, Map.<String, String>of()::get), LOADER);
    }

    static List<String> names(List<DataNode> nodes) {
        return nodes.stream().map(DataNode::toString).toList();
    }

    static ShardingConditions on(String column, ShardingCondition c) {
        return ShardingConditions.of(column, c);
    }

    private static final String TWO = "dataSources: { ds0: { url: 'jdbc:h2:mem:a' }, ds1: { url: 'jdbc:h2:mem:b' } }\n";
    private static final String THREE = "dataSources: { ds0: { url: 'jdbc:h2:mem:a' }, ds1: { url: 'jdbc:h2:mem:b' }, "
            + "ds2: { url: 'jdbc:h2:mem:c' } }\n";

    // ----- the DESIGN.md example -----

    @Test
    void hashModPlacesByTheSpecifiedHash() throws SQLException {
        TableRule orders = shop.tableRule("orders");
        assertThat(orders.kind()).isEqualTo(TableKind.SHARDED);
        assertThat(names(orders.nodes())).containsExactly("ds0.orders_0", "ds0.orders_1", "ds0.orders_2", "ds0.orders_3",
                "ds1.orders_0", "ds1.orders_1", "ds1.orders_2", "ds1.orders_3");
        assertThat(orders.keyColumns()).containsExactly("customer_id");
        // HASHING.md: 42 -> hash 0x19d845df, mod 8 = 7; "42" -> mod 8 = 5; 1 -> 3
        for (Object fortyTwo : new Object[] {42, 42L, (short) 42, new BigDecimal("42.00")}) {
            assertThat(names(orders.route(on("customer_id", equalTo(fortyTwo))))).containsExactly("ds1.orders_3");
        }
        assertThat(names(orders.route(on("customer_id", equalTo("42"))))).containsExactly("ds1.orders_1");
        assertThat(names(orders.route(on("CUSTOMER_ID", in(42L, 1L))))).containsExactly("ds0.orders_3", "ds1.orders_3");
        assertThat(orders.route(ShardingConditions.none())).isSameAs(orders.nodes());
        assertThat(orders.route(on("customer_id", between(1, 3)))).isEqualTo(orders.nodes()); // no keyType: no pruning
        assertThat(orders.route(on("other_column", equalTo(1)))).isEqualTo(orders.nodes());
        assertThat(orders.route(on("customer_id", ShardingCondition.none()))).isEmpty();
    }

    @Test
    void boundTablesShareTheLayoutUnderTheirOwnNames() throws SQLException {
        TableRule items = shop.tableRule("Order_Items");
        assertThat(items.logicalName()).isEqualTo("order_items");
        assertThat(names(items.nodes())).containsExactly("ds0.order_items_0", "ds0.order_items_1", "ds0.order_items_2",
                "ds0.order_items_3", "ds1.order_items_0", "ds1.order_items_1", "ds1.order_items_2", "ds1.order_items_3");
        assertThat(names(items.route(on("customer_id", equalTo(42))))).containsExactly("ds1.order_items_3");
        assertThat(items.bindingGroup()).containsExactly("orders", "order_items");
        assertThat(shop.tableRule("orders").bindingGroup()).containsExactly("orders", "order_items");
        assertThat(shop.areBound("ORDERS", "order_items")).isTrue();
        assertThat(shop.areBound("orders", "payments")).isFalse();
        DataNode n = shop.tableRule("orders").node(5);
        assertThat(items.node(shop.tableRule("orders").indexOf(n))).isEqualTo(new DataNode("ds1", "order_items_1"));
        assertThat(items.indexOf(new DataNode("ds9", "x"))).isEqualTo(-1);
    }

    @Test
    void databaseAndTableStrategiesOnTwoColumns() throws SQLException {
        TableRule payments = shop.tableRule("payments");
        assertThat(payments.keyColumns()).containsExactly("user_id", "payment_id");
        assertThat(payments.databaseKeyColumn()).contains("user_id");
        assertThat(payments.tableKeyColumn()).contains("payment_id");
        ShardingConditions c = on("user_id", equalTo(3)).with("payment_id", equalTo(5));
        assertThat(names(payments.route(c))).containsExactly("ds1.payments_0");
        assertThat(names(payments.route(c.with("payment_id", equalTo("2000000"))))).containsExactly("ds1.payments_1");
        assertThat(names(payments.route(on("payment_id", lessThan(1_000_000))))).containsExactly("ds0.payments_0", "ds1.payments_0");
        assertThat(names(payments.route(on("payment_id", between(999_999, 1_000_000)))))
                .containsExactly("ds0.payments_0", "ds0.payments_1", "ds1.payments_0", "ds1.payments_1");
        assertThat(names(payments.route(on("user_id", equalTo("10"))))).containsExactly("ds0.payments_0", "ds0.payments_1");
        assertThat(names(payments.route(on("user_id", between(4, 4))))).containsExactly("ds0.payments_0", "ds0.payments_1");
        assertThat(payments.toString()).isEqualTo(
                "payments: sharded by database user_id (mod), table payment_id (range[1000000] on integer) over 4 nodes");
    }

    @Test
    void broadcastDefaultAndCaseInsensitiveLookups() throws SQLException {
        TableRule countries = shop.tableRule("COUNTRIES");
        assertThat(countries.kind()).isEqualTo(TableKind.BROADCAST);
        assertThat(names(countries.nodes())).containsExactly("ds0.countries", "ds1.countries");
        assertThat(countries.route(on("id", equalTo(1)))).isEqualTo(countries.nodes());
        assertThat(shop.isBroadcast("Countries")).isTrue();
        assertThat(shop.isSharded("Countries")).isFalse();

        TableRule customers = shop.tableRule("customers");
        assertThat(customers.kind()).isEqualTo(TableKind.DEFAULT);
        assertThat(customers.nodes()).containsExactly(new DataNode("ds0", "customers"));
        assertThat(customers.route(on("id", equalTo(1)))).containsExactly(new DataNode("ds0", "customers"));
        assertThat(shop.findTableRule("customers")).isEmpty();
        assertThat(shop.findTableRule("ORDERS")).containsSame(shop.tableRule("orders"));
        assertThat(shop.tableRules()).extracting(TableRule::logicalName)
                .containsExactly("orders", "order_items", "payments", "countries");
        assertThat(shop.dataSourceNames()).containsExactly("ds0", "ds1");
        assertThat(shop.defaultDataSource()).isEqualTo("ds0");
        assertThat(shop.route("orders", on("customer_id", equalTo(42)))).containsExactly(new DataNode("ds1", "orders_3"));
    }

    @Test
    void keyGeneratorsAreSharedPerSettings() throws Exception {
        GeneratedKey key = shop.tableRule("orders").generatedKey().orElseThrow();
        assertThat(key.column()).isEqualTo("id");
        assertThat(key.generator()).isInstanceOf(SnowflakeKeyGenerator.class);
        assertThat(SnowflakeKeyGenerator.workerIdOf((Long) key.generator().next())).isEqualTo(3);
        assertThat(shop.tableRule("order_items").generatedKey()).isEmpty();

        ShardingRule r = rule(TWO + """
                sharding:
                  tables:
                    a: { key: id, keyGenerator: { column: id, type: snowflake, workerId: 5 } }
                    b: { key: id, keyGenerator: { column: id, type: snowflake, workerId: 5 } }
                    c: { key: id, keyGenerator: { column: uid, type: uuid-v7 } }
                """);
        assertThat(r.tableRule("a").generatedKey().orElseThrow().generator())
                .isSameAs(r.tableRule("b").generatedKey().orElseThrow().generator());
        assertThat(r.tableRule("c").generatedKey().orElseThrow().generator()).isInstanceOf(UuidV7KeyGenerator.class);
    }

    // ----- layouts -----

    @Test
    void defaultLayoutSingleTablesAndExplicitBoundNodes() throws SQLException {
        ShardingRule r = rule(THREE + """
                sharding:
                  tables:
                    users: { key: id }
                    audit: { nodes: ds2.audit_log }
                    t_order: { key: uid, nodes: "ds${0..2}.t_order_${0..1}" }
                    t_item: { bindTo: t_order, key: order_uid, nodes: "ds${0..2}.t_order_item_${0..1}" }
                """);
        assertThat(names(r.tableRule("users").nodes())).containsExactly("ds0.users", "ds1.users", "ds2.users");
        TableRule audit = r.tableRule("audit");
        assertThat(audit.kind()).isEqualTo(TableKind.SINGLE);
        assertThat(audit.keyColumns()).isEmpty();
        assertThat(audit.route(ShardingConditions.none())).containsExactly(new DataNode("ds2", "audit_log"));
        TableRule item = r.tableRule("t_item");
        assertThat(item.keyColumns()).containsExactly("order_uid");
        for (long v = 0; v < 50; v++) {
            DataNode order = r.tableRule("t_order").route(on("uid", equalTo(v))).get(0);
            DataNode itemNode = item.route(on("order_uid", equalTo(v))).get(0);
            assertThat(itemNode.dataSource()).isEqualTo(order.dataSource());
            assertThat(itemNode.table()).isEqualTo(order.table().replace("t_order_", "t_order_item_"));
        }
        assertThat(item.nodesOn("ds1")).containsExactly(new DataNode("ds1", "t_order_item_0"), new DataNode("ds1", "t_order_item_1"));
        assertThat(item.dataSources()).containsExactly("ds0", "ds1", "ds2");
    }

    @Test
    void databaseOnlyAndTableOnlyStrategies() throws SQLException {
        ShardingRule r = rule(TWO + """
                sharding:
                  tables:
                    users:
                      databaseStrategy: { key: id, algorithm: mod }
                    logs:
                      nodes: "ds0.logs_${0..3}"
                      tableStrategy: { key: day, algorithm: mod }
                    spread:
                      nodes: "ds0.s_0, ds0.s_1, ds1.s_2, ds1.s_3"
                      tableStrategy: { key: k, algorithm: mod }
                """);
        assertThat(names(r.route("users", on("id", equalTo(7))))).containsExactly("ds1.users");
        assertThat(names(r.route("logs", on("day", equalTo(-1))))).containsExactly("ds0.logs_3");
        assertThat(names(r.route("logs", on("day", between(5, 6))))).containsExactly("ds0.logs_1", "ds0.logs_2");
        assertThat(names(r.route("spread", on("k", equalTo(2))))).containsExactly("ds1.s_2");
    }

    // ----- algorithms -----

    @Test
    void modWithRangePruning() throws SQLException {
        ShardingRule r = rule(TWO + """
                sharding:
                  tables:
                    t: { key: id, nodes: "ds${0..1}.t_${0..1}", algorithm: mod }
                """);
        TableRule t = r.tableRule("t");
        assertThat(names(t.route(on("id", equalTo(5))))).containsExactly("ds0.t_1");
        assertThat(names(t.route(on("id", equalTo(-5))))).containsExactly("ds1.t_1"); // floorMod(-5, 4) = 3
        assertThat(names(t.route(on("id", equalTo("6"))))).containsExactly("ds1.t_0");
        assertThat(names(t.route(on("id", between(9, 10))))).containsExactly("ds0.t_1", "ds1.t_0");
        assertThat(names(t.route(on("id", ShardingCondition.range(new ShardingRange(8, false, 10, false)))))).containsExactly("ds0.t_1");
        assertThat(names(t.route(on("id", ShardingCondition.range(new ShardingRange(new BigDecimal("8.5"), true, 9.5, true))))))
                .containsExactly("ds0.t_1");
        assertThat(t.route(on("id", between(1, 4)))).hasSize(4);
        assertThat(t.route(on("id", atLeast(1)))).hasSize(4);
        assertThat(t.route(on("id", between(5, 4)))).isEmpty();
        SQLDataException e = catchThrowableOfType(SQLDataException.class, () -> t.route(on("id", equalTo("x"))));
        assertThat(e.getMessage()).startsWith("t.id: Sharding value 'x' (String) is not a valid integer");
        assertThat(e.getSQLState()).isEqualTo("22018");
    }

    @Test
    void hashModWithIntegerKeyTypeConvertsAndPrunesShortRanges() throws SQLException {
        ShardingRule r = rule(TWO + """
                sharding:
                  tables:
                    orders: { key: customer_id, keyType: integer, nodes: "ds${0..1}.orders_${0..3}" }
                """);
        TableRule t = r.tableRule("orders");
        assertThat(t.route(on("customer_id", equalTo("42")))).isEqualTo(t.route(on("customer_id", equalTo(42))));
        assertThat(names(t.route(on("customer_id", between(0, 1))))).containsExactly("ds0.orders_2", "ds0.orders_3");
        assertThat(names(t.route(on("customer_id", between("0", "1"))))).containsExactly("ds0.orders_2", "ds0.orders_3");
        assertThat(t.route(on("customer_id", between(0, 100_000)))).hasSize(8);
    }

    @Test
    void rangeOverDates() throws SQLException {
        ShardingRule r = rule(THREE + """
                sharding:
                  tables:
                    events:
                      key: day
                      nodes: "ds${0..2}.events"
                      algorithm: { type: range, boundaries: [2024-01-01, 2025-01-01] }
                """);
        TableRule t = r.tableRule("events");
        assertThat(names(t.route(on("day", equalTo(LocalDate.of(2023, 6, 1)))))).containsExactly("ds0.events");
        assertThat(names(t.route(on("day", equalTo(java.sql.Date.valueOf("2024-01-01")))))).containsExactly("ds1.events");
        assertThat(names(t.route(on("day", equalTo("2025-03-01"))))).containsExactly("ds2.events");
        assertThat(names(t.route(on("day", between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31)))))).containsExactly("ds1.events");
        assertThat(names(t.route(on("day", lessThan(LocalDate.of(2024, 1, 1)))))).containsExactly("ds0.events");
        assertThat(names(t.route(on("day", lessThan(LocalDate.of(2025, 1, 1)))))).containsExactly("ds0.events", "ds1.events");
        assertThat(names(t.route(on("day", atLeast("2024-06-01"))))).containsExactly("ds1.events", "ds2.events");
        assertThat(names(t.route(on("day", atLeast(42))))).hasSize(3); // uncomparable bound: no pruning
        assertThat((Throwable) catchThrowableOfType(SQLDataException.class, () -> t.route(on("day", equalTo(42)))))
                .hasMessageContaining("cannot be compared with the configured date values");
    }

    @Test
    void rangeOverStringsPlacesExactlyButDoesNotPrune() throws SQLException {
        ShardingRule r = rule(TWO + """
                sharding:
                  tables:
                    people: { key: name, nodes: "ds${0..1}.people", algorithm: { type: range, boundaries: [m] } }
                """);
        TableRule t = r.tableRule("people");
        assertThat(names(t.route(on("name", equalTo("alice"))))).containsExactly("ds0.people");
        assertThat(names(t.route(on("name", equalTo("zoe"))))).containsExactly("ds1.people");
        assertThat(t.route(on("name", between("a", "b")))).hasSize(2);
    }

    @Test
    void listLookupWithDefaultAndAcrossLevels() throws SQLException {
        ShardingRule r = rule(THREE + """
                sharding:
                  tables:
                    customers:
                      key: country
                      algorithm: { type: list, values: { ds0: [DE, FR], ds1: US }, default: ds2 }
                    shops:
                      key: region_id
                      nodes: "ds${0..2}.shops"
                      algorithm: { type: list, values: { ds0.shops: [1, 2], ds1: [3] } }
                    sales:
                      nodes: "ds${0..1}.sales_${['eu','us']}"
                      databaseStrategy: { key: year, algorithm: mod }
                      tableStrategy: { key: region, algorithm: { type: list, values: { sales_eu: [EU], sales_us: [US] } } }
                """);
        assertThat(names(r.route("customers", on("country", equalTo("FR"))))).containsExactly("ds0.customers");
        assertThat(names(r.route("customers", on("country", in("US", "JP"))))).containsExactly("ds1.customers", "ds2.customers");
        assertThat(names(r.route("shops", on("region_id", equalTo(2L))))).containsExactly("ds0.shops");
        assertThat(names(r.route("shops", on("region_id", equalTo("3"))))).containsExactly("ds1.shops");
        assertThat(names(r.route("shops", on("region_id", between(2, 10))))).containsExactly("ds0.shops", "ds1.shops");
        assertThat(names(r.route("shops", on("region_id", between(5, 10))))).isEmpty();
        SQLDataException e = catchThrowableOfType(SQLDataException.class, () -> r.route("shops", on("region_id", equalTo(9))));
        assertThat(e.getMessage()).contains("shops.region_id", "9 is not in the list algorithm's values", "set default:");
        assertThat(e.getSQLState()).isEqualTo("22023");
        assertThat(names(r.route("sales", on("year", equalTo(2025)).with("region", equalTo("US"))))).containsExactly("ds1.sales_us");
        assertThat(names(r.route("sales", on("region", equalTo("EU"))))).containsExactly("ds0.sales_eu", "ds1.sales_eu");
    }

    @Test
    void classAlgorithmsGetTheirContextAndAreChecked() throws SQLException {
        ShardingRule r = rule(THREE + """
                sharding:
                  tables:
                    t:
                      key: id
                      algorithm:
                        type: class
                        class: io.retort.sharding.TestAlgorithms$LastDigit
                        properties: { offset: 1 }
                    bad:
                      key: id
                      algorithm: { type: class, class: io.retort.sharding.TestAlgorithms$OutOfRange }
                """);
        assertThat(names(r.route("t", on("id", equalTo(41))))).containsExactly("ds2.t");
        assertThat(r.route("t", on("id", between(1, 2)))).hasSize(3);
        SQLException e = catchThrowableOfType(SQLException.class, () -> r.route("bad", on("id", equalTo(1))));
        assertThat(e.getMessage()).contains("bad.id chose target 3, but there are only 3 targets [ds0.bad, ds1.bad, ds2.bad]");
        assertThat(e.getSQLState()).isEqualTo("HY000");
        assertThat((Throwable) catchThrowableOfType(SQLException.class, () -> r.route("bad", on("id", atLeast(1))))).isNotNull();
    }

    @Test
    void userAlgorithmContext() throws Exception {
        TestAlgorithms.LastDigit probe = new TestAlgorithms.LastDigit();
        ShardTargets targets = ShardTargets.of(List.of("a", "b"));
        probe.configure(new AlgorithmContext("t", "id", "node", List.of(targets), Map.of("offset", "3")));
        assertThat(probe.shard(10L, targets)).isEqualTo(1);
        assertThat(probe.context().targetSets()).containsExactly(targets);
        assertThat(targets.indexOf("b")).isEqualTo(1);
        assertThat(targets.indexOf("c")).isEqualTo(-1);
    }

    @Test
    void nullSharingValuesAreRefused() throws SQLException {
        TableRule orders = shop.tableRule("orders");
        SQLDataException e = catchThrowableOfType(SQLDataException.class, () -> orders.route(on("customer_id", equalTo(null))));
        assertThat(e.getMessage()).startsWith("orders.customer_id: A sharding value is NULL");
        assertThat(e.getSQLState()).isEqualTo("22004");
        e = catchThrowableOfType(SQLDataException.class, () -> orders.route(on("customer_id", equalTo(new Object()))));
        assertThat(e.getSQLState()).isEqualTo("22023");
    }

    @Test
    void routeResultsAreInNodeOrderWithoutDuplicates() throws SQLException {
        TableRule orders = shop.tableRule("orders");
        List<Object> values = Stream.iterate(0L, v -> v + 1).limit(200).map(v -> (Object) v).toList();
        List<DataNode> all = orders.route(on("customer_id", in(values)));
        assertThat(all).isEqualTo(orders.nodes());
        List<DataNode> some = orders.route(on("customer_id", in(5L, 1L, 5L)));
        assertThat(some).isSortedAccordingTo((a, b) -> Integer.compare(orders.indexOf(a), orders.indexOf(b))).doesNotHaveDuplicates();
    }
}
