package io.retort.orm;

import static io.retort.orm.Orm.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.orm.shop.Customer;
import io.retort.orm.shop.Customer_;
import io.retort.orm.shop.Purchase;
import io.retort.orm.shop.Region;
import io.retort.sharding.ShardingConfig;
import io.retort.sharding.ShardingRule;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sharded session over PostgreSQL (ds0) and MariaDB (ds1): customers sharded by key with mod over four
 * nodes (ds0.customers_0, ds0.customers_1, ds1.customers_0, ds1.customers_1), purchases bound to them,
 * regions unsharded on ds0. Rows must land in, and be read from, their node only.
 */
class ShardedSessionTest extends DatabaseTest {

    private TestDb pg;
    private TestDb maria;
    private SessionFactory factory;

    private static final String YAML = """
            dialect: postgresql
            dataSources:
              ds0: { url: "%s", username: postgres }
              ds1: { url: "%s", username: root }
            sharding:
              defaultDataSource: ds0
              tables:
                customers: { key: id, keyType: integer, nodes: "ds${0..1}.customers_${0..1}", algorithm: mod }
                purchases: { key: customer_id, bindTo: customers }
            """;

    private SessionFactory build(ShardChooser chooser) throws Exception {
        ShardingConfig config = ShardingConfig.parse(YAML.formatted(pg.url(), maria.url()), "shop.yaml",
                getClass().getClassLoader(), name -> null);
        ShardingRule rule = ShardingRule.of(config, getClass().getClassLoader());
        Map<String, DataSource> sources = new LinkedHashMap<>();
        sources.put("ds0", pg.dataSource());
        sources.put("ds1", maria.dataSource());
        ShardedSessionFactory.Builder b = ShardedSessionFactory.builder(rule, sources)
                .entities(Customer.class, Purchase.class, Region.class);
        if (chooser != null) {
            b.shardChooser(chooser);
        }
        return b.build();
    }

    @BeforeEach
    void shop() throws Exception {
        pg = db("postgresql");
        maria = db("mariadb");
        factory = build(null);
        factory.schema().dropAll();
        factory.schema().createAll();
        try (Session s = factory.openSession()) {
            for (long id = 1; id <= 8; id++) {
                Customer c = new Customer(id, "customer-" + id);
                c.buy("item-" + id + "a");
                c.buy("item-" + id + "b");
                s.add(c);
            }
            s.add(new Region("north"));
            s.commit();
        }
        pg.log.clear();
        maria.log.clear();
    }

    @AfterEach
    void dropShop() throws Exception {
        factory.schema().dropAll();
    }

    private static List<Object> column(TestDb db, String sql) throws SQLException {
        List<Object> out = new java.util.ArrayList<>();
        try (var c = db.log.target().getConnection(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(((Number) rs.getObject(1)).longValue());
            }
        }
        return out;
    }

    @Test
    void rowsLandOnTheNodeTheirKeyRoutesTo() throws Exception {
        // mod 4 over the nodes in order: 4, 8 -> ds0.customers_0; 1, 5 -> ds0.customers_1; 2, 6 -> ds1.customers_0; 3, 7 -> ds1.customers_1
        assertThat(column(pg, "SELECT id FROM customers_0 ORDER BY id")).containsExactly(4L, 8L);
        assertThat(column(pg, "SELECT id FROM customers_1 ORDER BY id")).containsExactly(1L, 5L);
        assertThat(column(maria, "SELECT id FROM customers_0 ORDER BY id")).containsExactly(2L, 6L);
        assertThat(column(maria, "SELECT id FROM customers_1 ORDER BY id")).containsExactly(3L, 7L);
        // Purchases beside their customers (bound tables).
        assertThat(column(maria, "SELECT DISTINCT customer_id FROM purchases_1 ORDER BY customer_id")).containsExactly(3L, 7L);
        assertThat(column(pg, "SELECT COUNT(*) FROM purchases_0")).containsExactly(4L);
        assertThat(column(pg, "SELECT COUNT(*) FROM regions")).containsExactly(1L);
        try (Session s = factory.openSession()) {
            Customer c = s.get(Customer.class, 7L);
            assertThat(s.shardOf(c)).isEqualTo("ds1.customers_1");
            assertThat(s.shardOf(c.purchases.get(0))).isEqualTo("ds1.purchases_1");
        }
    }

    @Test
    void getAsksOnlyTheNodeOfTheKey() throws Exception {
        try (Session s = factory.openSession()) {
            Customer c = s.get(Customer.class, 6L);
            assertThat(c.name).isEqualTo("customer-6");
            assertThat(pg.log.count()).isZero();
            assertThat(maria.log.statements()).hasSize(1).allSatisfy(sql -> assertThat(sql).contains("customers_0"));
            assertThat(c.purchases).extracting(p -> p.item).containsExactlyInAnyOrder("item-6a", "item-6b");
            assertThat(maria.log.statements().get(1)).contains("purchases_0");
            assertThat(pg.log.count()).isZero();
            assertThat(s.get(Customer.class, 6L)).isSameAs(c);
        }
    }

    @Test
    void queriesRunWhereTheirKeysAllow() throws Exception {
        try (Session s = factory.openSession()) {
            List<Customer> two = s.scalars(select(Customer.class).where(Customer_.id.in(1L, 5L))).all();
            assertThat(two).extracting(c -> c.name).containsExactlyInAnyOrder("customer-1", "customer-5");
            assertThat(maria.log.count()).isZero();
            assertThat(pg.log.statements()).hasSize(1);

            pg.log.clear();
            List<Customer> all = s.scalars(select(Customer.class).orderBy(Customer_.name.desc()).limit(3)).all();
            assertThat(all).extracting(c -> c.name).containsExactly("customer-8", "customer-7", "customer-6");
            assertThat(pg.log.count()).isEqualTo(2);
            assertThat(maria.log.count()).isEqualTo(2);

            maria.log.clear();
            pg.log.clear();
            List<Customer> onDs1 = s.scalars(select(Customer.class).shard("ds1").orderBy(Customer_.id)).all();
            assertThat(onDs1).extracting(c -> c.id).containsExactly(2L, 3L, 6L, 7L);
            assertThat(pg.log.count()).isZero();
            assertThat(s.scalars(select(Region.class)).one().name).isEqualTo("north");
        }
    }

    @Test
    void updatesAndDeletesGoToTheObjectsShard() throws Exception {
        try (Session s = factory.openSession()) {
            Customer c = s.get(Customer.class, 3L);
            c.name = "renamed";
            c.purchases.remove(0); // an orphan, deleted from ds1.purchases_1
            s.commit();
            assertThat(maria.log.statements()).anyMatch(sql -> sql.startsWith("UPDATE customers_1"))
                    .anyMatch(sql -> sql.startsWith("DELETE FROM purchases_1"));
            assertThat(pg.log.starting("UPDATE")).isEmpty();
            s.delete(s.get(Customer.class, 4L));
            s.commit();
        }
        assertThat(column(maria, "SELECT COUNT(*) FROM purchases_1")).containsExactly(3L);
        assertThat(column(pg, "SELECT id FROM customers_0")).containsExactly(8L);
        assertThat(column(pg, "SELECT COUNT(*) FROM purchases_0")).containsExactly(2L);
    }

    @Test
    void newObjectsWithGeneratedKeysAreRoutedByTheirKey() throws Exception {
        try (Session s = factory.openSession()) {
            Customer c = new Customer(null, "snowflake");
            c.buy("thing");
            s.add(c);
            s.commit();
            String expected = switch ((int) (c.id % 4)) {
                case 0 -> "ds0.customers_0";
                case 1 -> "ds0.customers_1";
                case 2 -> "ds1.customers_0";
                default -> "ds1.customers_1";
            };
            assertThat(s.shardOf(c)).isEqualTo(expected);
            s.expunge(c);
            assertThat(s.get(Customer.class, c.id).purchases).hasSize(1);
        }
    }

    @Test
    void aShardChooserOverridesTheConfiguration() throws Exception {
        SessionFactory custom = build((entity, defaultShard) -> entity instanceof Customer c && c.name.startsWith("vip")
                ? "ds0.customers_0" : defaultShard);
        try (Session s = custom.openSession()) {
            Customer vip = new Customer(101L, "vip"); // 101 mod 4 = 1, but the chooser sends it to ds0.customers_0
            s.add(vip);
            s.commit();
            assertThat(s.shardOf(vip)).isEqualTo("ds0.customers_0");
        }
        assertThat(column(pg, "SELECT id FROM customers_0 ORDER BY id")).contains(101L);
    }

    @Test
    void misconfigurationsAreClear() {
        assertThatThrownBy(() -> {
            ShardingConfig config = ShardingConfig.parse(YAML.formatted(pg.url(), maria.url()), "shop.yaml",
                    getClass().getClassLoader(), name -> null);
            ShardedSessionFactory.builder(ShardingRule.of(config, getClass().getClassLoader()),
                    Map.of("ds0", pg.dataSource())).entities(Customer.class, Purchase.class).build();
        }).isInstanceOf(SQLException.class).hasMessageContaining("ds1").hasMessageContaining("no DataSource");
    }
}
