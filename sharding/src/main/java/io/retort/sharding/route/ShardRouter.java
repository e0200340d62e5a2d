package io.retort.sharding.route;

import io.retort.sharding.ShardingRule;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * Routes statements to data nodes: from a parsed statement (in the application's dialect), the
 * sharding rule, the bound parameter values and a hint, to a {@link RoutePlan} of physical
 * statements and a merge plan. Thread-safe; one per configuration.
 *
 * <p>Routing is split in two so that executions stay cheap: {@link #prepare} reads a statement
 * once (tables, conditions, subqueries, merge), and {@link RouteTemplate#route} evaluates the
 * sharding values of one execution. The driver caches the template beside its plan.
 *
 * <pre>{@code
 * ShardRouter router = new ShardRouter(rule, SqlDialect.POSTGRESQL, metadata);
 * RouteTemplate t = router.prepare(SqlParser.parse("SELECT * FROM orders WHERE customer_id IN (?, ?)", POSTGRESQL));
 * RoutePlan plan = t.route(List.of(1L, 2L), RouteHint.NONE);
 * }</pre>
 *
 * <p>What goes where: sharded tables to the nodes their sharding values allow (all of them when
 * none do), tables bound to them ({@code bindTo}) to the same node index, broadcast tables to
 * one data source for reads (the data source of the sharded tables the statement reads, else the
 * default data source: deterministic, so a read sees the writes of its own transaction on that
 * connection) and to every data source for writes, and all other tables to the default data
 * source, untouched.
 */
public final class ShardRouter {
    private final ShardingRule rule;
    private final SqlDialect dialect;
    private final TableMetadata metadata;

    /**
     * @param rule the sharding rule
     * @param dialect the dialect the application writes (decides NULL ordering, integer division and labels)
     * @param metadata table metadata, read lazily; {@link TableMetadata#NONE} when there is none
     */
    public ShardRouter(ShardingRule rule, SqlDialect dialect, TableMetadata metadata) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.metadata = metadata == null ? TableMetadata.NONE : metadata;
    }

    /** A router with the configuration's own dialect and no table metadata. */
    public static ShardRouter of(ShardingRule rule) {
        return new ShardRouter(rule, SqlDialect.fromName(rule.config().dialect()), TableMetadata.NONE);
    }

    /**
     * Prepares the routing of a statement. Never fails: a statement that cannot be routed gives a
     * template whose every {@link RouteTemplate#route} throws the reason.
     */
    public RouteTemplate prepare(Statement statement) {
        return new RouteTemplate(this, Objects.requireNonNull(statement, "statement"));
    }

    /** {@code prepare(statement).route(parameters, hint)}, for one-off statements. */
    public RoutePlan route(Statement statement, List<?> parameters, RouteHint hint) throws SQLException {
        return prepare(statement).route(parameters, hint);
    }

    public ShardingRule rule() {
        return rule;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    TableMetadata metadata() {
        return metadata;
    }
}
