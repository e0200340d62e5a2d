package io.retort.sharding.route;

import io.retort.parser.SqlParser;
import io.retort.sharding.ShardingConfig;
import io.retort.sharding.ShardingRule;
import io.retort.sql.Comments;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A realistic shop: orders (+ bound order_items) over 8 nodes on 2 data sources by customer_id
 * with the mod algorithm (customer_id mod 8 is the node index: 0-3 on ds0, 4-7 on ds1), payments
 * placed by database and table strategies, users one table per data source, events by date
 * range, a single-node audit_log on ds1, broadcast countries; everything else on ds0.
 */
final class RouterFixture {
    static final String SHOP = """
            dialect: postgresql
            dataSources:
              ds0: { url: "jdbc:postgresql://127.0.0.1:5432/shop_0" }
              ds1: { url: "jdbc:postgresql://127.0.0.1:5432/shop_1" }
            sharding:
              defaultDataSource: ds0
              tables:
                orders:
                  key: customer_id
                  keyType: integer
                  nodes: "ds${0..1}.orders_${0..3}"
                  algorithm: mod
                  keyGenerator: { column: id, type: snowflake, workerId: 1 }
                order_items: { key: customer_id, bindTo: orders }
                payments:
                  nodes: "ds${0..1}.payments_${0..1}"
                  databaseStrategy: { key: user_id, algorithm: mod }
                  tableStrategy: { key: payment_id, keyType: integer, algorithm: { type: range, boundaries: [1000000] } }
                users:
                  key: id
                  keyType: integer
                  nodes: "ds${0..1}.users"
                  algorithm: mod
                  keyGenerator: { column: id, type: snowflake, workerId: 2 }
                events:
                  key: day
                  keyType: date
                  nodes: "ds0.events_${0..2}"
                  algorithm: { type: range, boundaries: [2024-01-01, 2025-01-01] }
                audit_log: { nodes: ds1.audit_log }
              broadcast: [countries]
            """;

    final ShardingRule rule;
    final ShardRouter router;
    final SqlDialect dialect;

    RouterFixture(String yaml, SqlDialect dialect, TableMetadata metadata) {
        try {
            ClassLoader loader = RouterFixture.class.getClassLoader();
            this.rule = ShardingRule.of(ShardingConfig.parse(yaml, "shop.yaml", loader, Map.<String, String>of()::get), loader);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        this.dialect = dialect;
        this.router = new ShardRouter(rule, dialect, metadata);
    }

    static RouterFixture shop() {
        return new RouterFixture(SHOP, SqlDialect.POSTGRESQL, TableMetadata.NONE);
    }

    static RouterFixture shop(SqlDialect dialect) {
        return new RouterFixture(SHOP, dialect, TableMetadata.NONE);
    }

    Statement parse(String sql) {
        return SqlParser.parse(sql, dialect);
    }

    RoutePlan route(String sql, Object... parameters) throws SQLException {
        return router.route(parse(sql), Arrays.asList(parameters), RouteHint.NONE);
    }

    RoutePlan route(RouteHint hint, String sql, Object... parameters) throws SQLException {
        return router.route(parse(sql), Arrays.asList(parameters), hint);
    }

    /** The nodes each unit touches, as "ds.table" strings joined by "+" within a unit. */
    static List<String> nodes(RoutePlan plan) {
        return plan.units().stream()
                .map(u -> String.join("+", u.nodes().stream().map(Object::toString).toList()))
                .toList();
    }

    /** A statement parsed for comparison with a physical one (comments dropped on both sides). */
    Statement expected(String sql) {
        return withoutComments(parse(sql));
    }

    static Statement withoutComments(Statement s) {
        return s.withComments(Comments.NONE);
    }

    /** The physical statement of the only unit, without comments. */
    static Statement only(RoutePlan plan) {
        if (plan.units().size() != 1) {
            throw new AssertionError("expected one unit, got " + plan.units().size() + ": " + nodes(plan));
        }
        return withoutComments(plan.units().get(0).statement());
    }

    static Statement unit(RoutePlan plan, int i) {
        return withoutComments(plan.units().get(i).statement());
    }
}
