package io.retort.sharding.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.parser.SqlParser;
import io.retort.sharding.DataNode;
import io.retort.sharding.ShardingCondition;
import io.retort.sharding.ShardingConditions;
import io.retort.sharding.ShardingConfig;
import io.retort.sharding.ShardingRule;
import io.retort.sharding.route.RouteHint;
import io.retort.sharding.route.RoutePlan;
import io.retort.sharding.route.ShardRouter;
import io.retort.sql.SqlDialect;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The router's plans, run on four H2 shards placed by the sharding rule and merged here, against
 * one database holding all rows: the contract between router, executor and merger end to end.
 */
class RouterIntegrationTest {

    private static final String YAML = """
            dialect: h2
            dataSources:
              ds0: { url: "jdbc:h2:mem:unused0" }
              ds1: { url: "jdbc:h2:mem:unused1" }
              ds2: { url: "jdbc:h2:mem:unused2" }
              ds3: { url: "jdbc:h2:mem:unused3" }
            sharding:
              tables:
                orders: { key: customer_id, nodes: "ds${0..3}.orders", algorithm: { type: hash-mod } }
            """;

    private static H2Shards db;
    private static ShardRouter router;
    private static final ResultMerger MERGER = new ResultMerger();

    @BeforeAll
    static void load() throws SQLException {
        ClassLoader loader = RouterIntegrationTest.class.getClassLoader();
        ShardingRule rule = ShardingRule.of(ShardingConfig.parse(YAML, "it.yaml", loader, Map.<String, String>of()::get), loader);
        router = new ShardRouter(rule, SqlDialect.H2, io.retort.sharding.route.TableMetadata.NONE);
        db = new H2Shards(4);
        db.everywhere("CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id INT, amount DECIMAL(10,2), status VARCHAR(8))");
        Random r = new Random(17);
        List<Object[]> rows = new ArrayList<>();
        for (long id = 1; id <= 30_000; id++) {
            rows.add(new Object[] {id, r.nextInt(3000), BigDecimal.valueOf(r.nextInt(100_000), 2),
                    r.nextInt(10) == 0 ? null : List.of("new", "paid", "sent", "void").get(r.nextInt(4))});
        }
        db.insert("orders", rows, row -> {
            try {
                List<DataNode> nodes = rule.tableRule("orders").route(
                        ShardingConditions.of("customer_id", ShardingCondition.equalTo(((Integer) row[1]).longValue())));
                return Integer.parseInt(nodes.get(0).dataSource().substring(2));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    private static List<List<Object>> run(String sql, List<Object> parameters) throws SQLException {
        RoutePlan plan = router.route(SqlParser.parse(sql, SqlDialect.H2), parameters, RouteHint.NONE);
        H2UnitExecutor executor = new H2UnitExecutor(db, parameters);
        try (ResultSet rs = new DeepPagination(MERGER).execute(new DeepPageQuery(plan.units(), plan.merge()), executor)) {
            return H2Shards.rows(rs);
        }
    }

    private static List<List<Object>> oracle(String sql, List<Object> parameters) throws SQLException {
        try (var ps = db.oracle.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return H2Shards.rows(rs);
            }
        }
    }

    /**
     * AVG differs in type and scale (H2's AVG of an INT is a DOUBLE, the merge's an exact decimal,
     * as PostgreSQL's and MySQL's are): compare numbers rounded to 6 decimals.
     */
    private static List<List<Object>> rounded(List<List<Object>> rows) {
        return rows.stream().map(row -> row.stream().map(v -> v instanceof BigDecimal || v instanceof Double
                ? H2Shards.norm(new BigDecimal(v.toString()).setScale(6, RoundingMode.HALF_UP)) : v).toList()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SELECT id, customer_id, status FROM orders ORDER BY id LIMIT 10 OFFSET 20000",
        "SELECT id, amount FROM orders ORDER BY amount DESC, id LIMIT 5 OFFSET 12345",
        "SELECT status, id FROM orders ORDER BY status NULLS FIRST, id DESC LIMIT 7 OFFSET 29000",
        "SELECT id FROM orders WHERE customer_id > 100 ORDER BY customer_id, id LIMIT 3 OFFSET 15000",
        "SELECT id, status FROM orders ORDER BY id LIMIT 4 OFFSET 40",
        "SELECT customer_id, COUNT(*), SUM(amount), MIN(status), MAX(id), AVG(amount) FROM orders GROUP BY customer_id"
                + " ORDER BY customer_id LIMIT 20 OFFSET 100",
        "SELECT status, COUNT(*), AVG(customer_id) FROM orders GROUP BY status HAVING COUNT(*) > 2000 ORDER BY status",
        "SELECT status, COUNT(DISTINCT customer_id) FROM orders GROUP BY status ORDER BY 2 DESC",
        "SELECT COUNT(*), SUM(amount), AVG(amount), MIN(id), MAX(status) FROM orders",
        "SELECT COUNT(*), SUM(amount) FROM orders WHERE id < 0",
        "SELECT DISTINCT status FROM orders ORDER BY status",
        "SELECT customer_id % 7 AS g, SUM(amount) AS total FROM orders GROUP BY customer_id % 7 ORDER BY total DESC",
        // expressions over aggregates, computed after the merge
        "SELECT status, ROUND(AVG(amount), 2) AS a, SUM(amount) / COUNT(*) AS b FROM orders GROUP BY status ORDER BY status",
        "SELECT ROUND(AVG(amount), 1), MAX(amount) - MIN(amount), COUNT(*) * 2 FROM orders",
        "SELECT status, COUNT(*) FROM orders GROUP BY status ORDER BY COUNT(*) * -1, status",
        "SELECT status, CASE WHEN COUNT(*) > 7000 THEN 'many' ELSE 'few' END, COALESCE(MAX(status), 'none') FROM orders"
                + " GROUP BY status ORDER BY status",
        "SELECT status FROM orders GROUP BY status HAVING ROUND(AVG(amount), 0) > 499 ORDER BY status",
        "SELECT customer_id % 5 AS g, ROUND(SUM(amount) / COUNT(DISTINCT customer_id), 3) AS per_customer FROM orders"
                + " GROUP BY customer_id % 5 ORDER BY per_customer DESC LIMIT 3",
    })
    void routedAndMergedEqualsOneDatabase(String sql) throws SQLException {
        assertThat(rounded(run(sql, List.of()))).isEqualTo(rounded(oracle(sql, List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SELECT id, status FROM orders ORDER BY id LIMIT ? OFFSET ?"})
    void parameterizedPages(String sql) throws SQLException {
        List<Object> parameters = List.of(6, 25_000);
        long before = db.rowsFetched.get();
        assertThat(run(sql, parameters)).isEqualTo(oracle(sql, parameters));
        assertThat(db.rowsFetched.get() - before).isLessThan(500);
    }
}
