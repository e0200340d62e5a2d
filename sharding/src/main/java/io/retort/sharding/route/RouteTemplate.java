package io.retort.sharding.route;

import io.retort.sharding.ShardingRule;
import io.retort.sharding.TableRule;
import io.retort.sql.AlterTable;
import io.retort.sql.AlterTablespace;
import io.retort.sql.BeginTransaction;
import io.retort.sql.Call;
import io.retort.sql.Comments;
import io.retort.sql.Commit;
import io.retort.sql.CommitPrepared;
import io.retort.sql.CreateIndex;
import io.retort.sql.CreateTable;
import io.retort.sql.CreateTablespace;
import io.retort.sql.CreateView;
import io.retort.sql.Delete;
import io.retort.sql.DropIndex;
import io.retort.sql.DropTable;
import io.retort.sql.DropTablespace;
import io.retort.sql.DropView;
import io.retort.sql.Explain;
import io.retort.sql.Insert;
import io.retort.sql.Passthrough;
import io.retort.sql.PrepareTransaction;
import io.retort.sql.Query;
import io.retort.sql.ReleaseSavepoint;
import io.retort.sql.Rollback;
import io.retort.sql.RollbackPrepared;
import io.retort.sql.Savepoint;
import io.retort.sql.SetConstraints;
import io.retort.sql.SetStatement;
import io.retort.sql.SetTransaction;
import io.retort.sql.Statement;
import io.retort.sql.Truncate;
import io.retort.sql.Update;
import io.retort.sql.Use;
import io.retort.sql.XaCommand;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The routing of one statement model, prepared once: the tables it names, where its rows can
 * live, which subqueries can run per node, its merge plan. Everything that does not depend on
 * parameter values is worked out here (the merge plan on the first execution that spans nodes),
 * so that {@link #route} only evaluates sharding values. Immutable and thread-safe: the driver
 * caches it beside its plan for the statement text.
 *
 * <pre>{@code
 * RouteTemplate template = router.prepare(SqlParser.parse("SELECT * FROM orders WHERE customer_id = ?", dialect));
 * RoutePlan plan = template.route(List.of(42L), RouteHint.NONE);
 * }</pre>
 */
public final class RouteTemplate {
    private final Statement statement;
    private final ShardingRule rule;
    private final String commentHint;
    private final SQLException commentError;
    private final Router router;

    RouteTemplate(ShardRouter owner, Statement statement) {
        this.statement = statement;
        this.rule = owner.rule();
        String hint = null;
        SQLException error = null;
        try {
            hint = CommentHints.forcedDataSource(statement.comments(), rule.dataSourceNames());
            if (hint == null && statement instanceof Explain e) {
                // EXPLAIN ROUTE /* retort: shard=ds1 */ SELECT ...: the parser keeps that comment among EXPLAIN's inner
                // comments (or on the explained statement); it routes the explained statement.
                hint = CommentHints.forcedDataSource(new Comments(e.comments().inner(), List.of(), List.of()),
                        rule.dataSourceNames());
                if (hint == null) {
                    hint = CommentHints.forcedDataSource(e.statement().comments(), rule.dataSourceNames());
                }
            }
        } catch (SQLException e) {
            error = e;
        }
        this.commentHint = hint;
        this.commentError = error;
        this.router = router(owner, statement);
    }

    /** The statement this template routes (in the application's dialect). */
    public Statement statement() {
        return statement;
    }

    /** The data source a {@code /* retort: shard=... *}{@code /} comment forces, if any. */
    public Optional<String> commentHint() {
        return Optional.ofNullable(commentHint);
    }

    /**
     * The route of one execution.
     *
     * @param parameters the bound values, parameter 1 first ({@code null} elements for SQL NULL)
     * @param hint a data source forced from code ({@link RouteHint#NONE} for none); a routing comment
     *     in the statement wins over it
     * @throws SQLException when the statement cannot be routed: SQLState 0A000 for what Retort cannot
     *     run across shards, 22xxx for sharding values that cannot be placed, 42000 for DML refused
     *     by {@code dmlWithoutKey: refuse}, 42601/42704 for bad routing hints, 07001 for a missing parameter
     */
    public RoutePlan route(List<?> parameters, RouteHint hint) throws SQLException {
        if (commentError != null) {
            throw RouteErrors.copy(commentError);
        }
        String forced = commentHint;
        if (forced == null && hint != null && hint.isPresent()) {
            forced = CommentHints.resolve(hint.dataSource(), rule.dataSourceNames(), null);
        }
        return router.route(parameters == null || parameters.isEmpty() ? Bindings.NONE : new Bindings(parameters), forced);
    }

    /** {@link #route(List, RouteHint)} without a hint from code. */
    public RoutePlan route(List<?> parameters) throws SQLException {
        return route(parameters, RouteHint.NONE);
    }

    private static Router router(ShardRouter owner, Statement s) {
        try {
            return switch (s) {
                case Query q -> query(owner, q);
                case Update u -> DmlRouter.of(owner, u);
                case Delete d -> DmlRouter.of(owner, d);
                case Insert i -> InsertRouter.of(owner, i);
                case CreateTable t -> DdlRouter.of(owner, t);
                case AlterTable t -> DdlRouter.of(owner, t);
                case DropTable t -> DdlRouter.of(owner, t);
                case CreateIndex t -> DdlRouter.of(owner, t);
                case DropIndex t -> DdlRouter.of(owner, t);
                case CreateView t -> DdlRouter.of(owner, t);
                case DropView t -> DdlRouter.of(owner, t);
                case Truncate t -> DdlRouter.of(owner, t);
                case CreateTablespace t -> fixed(owner, RouteKind.DDL, t, false);
                case AlterTablespace t -> fixed(owner, RouteKind.DDL, t, false);
                case DropTablespace t -> fixed(owner, RouteKind.DDL, t, false);
                case Explain e -> explain(owner, e);
                case BeginTransaction t -> session(owner, t);
                case Commit t -> session(owner, t);
                case Rollback t -> session(owner, t);
                case Savepoint t -> session(owner, t);
                case ReleaseSavepoint t -> session(owner, t);
                case PrepareTransaction t -> session(owner, t);
                case CommitPrepared t -> session(owner, t);
                case RollbackPrepared t -> session(owner, t);
                case XaCommand t -> session(owner, t);
                case SetTransaction t -> session(owner, t);
                case SetStatement t -> session(owner, t);
                case SetConstraints t -> session(owner, t);
                case Use t -> session(owner, t);
                case Call c -> fixed(owner, RouteKind.OTHER, c, true);
                case Passthrough p -> passthrough(owner, p);
            };
        } catch (SQLException e) {
            return new Router.Failed(e);
        }
    }

    private static Router query(ShardRouter owner, Query q) {
        StatementAnalyzer analyzer = new StatementAnalyzer(owner.rule());
        QueryShape shape = analyzer.query(q, null);
        Layout layout = new Layout(owner.rule(), analyzer, shape.source(), QueryRouter.reasons(q, analyzer));
        return new QueryRouter(layout, q, owner.dialect(), analyzer, owner.metadata());
    }

    private static Router fixed(ShardRouter owner, RouteKind kind, Statement s, boolean returnsRows) {
        return new FixedRouter(kind, s, owner.rule().defaultDataSource(), returnsRows);
    }

    private static Router session(ShardRouter owner, Statement s) {
        return new FixedRouter(RouteKind.SESSION, s, owner.rule().defaultDataSource(), false);
    }

    /** {@code EXPLAIN ROUTE x}: x's route, to show; any other EXPLAIN: the database's EXPLAIN of x on each of x's units. */
    private static Router explain(ShardRouter owner, Explain e) throws SQLException {
        Router inner = router(owner, e.statement());
        if (e.options().contains("ROUTE")) {
            return (bindings, forced) -> inner.route(bindings, forced).asExplainOnly();
        }
        return (bindings, forced) -> {
            RoutePlan plan = inner.route(bindings, forced);
            if (plan.rowMove().isPresent()) {
                throw RouteErrors.unsupported("EXPLAIN of an UPDATE that moves rows between shards is not supported;"
                        + " use EXPLAIN ROUTE to see its steps");
            }
            List<RouteUnit> units = plan.units().stream()
                    .map(u -> new RouteUnit(u.dataSource(), new Explain(e.options(), u.statement(), e.comments()), u.nodes(),
                            u.extraParameters()))
                    .toList();
            return RoutePlan.simple(RouteKind.QUERY, units, true, plan.scattered(), forced, plan.logicalTables());
        };
    }

    /**
     * A statement Retort could not parse runs as written on one data source; when its text names a
     * configured table it would reach the wrong place, so it is refused unless a hint says where.
     */
    private static Router passthrough(ShardRouter owner, Passthrough p) {
        String mentioned = mentionedTable(owner.rule(), p.sql());
        Router fixed = fixed(owner, RouteKind.OTHER, p, startsLikeQuery(p.sql()));
        if (mentioned == null) {
            return fixed;
        }
        return (bindings, forced) -> {
            if (forced == null) {
                throw RouteErrors.unsupported("Retort could not parse this statement (" + p.reason() + ") and it names the "
                        + "sharded or configured table " + mentioned + ", so it cannot be routed; rewrite it in SQL Retort"
                        + " reads, or force a data source with /* retort: shard=<data source> */");
            }
            return fixed.route(bindings, forced);
        };
    }

    private static String mentionedTable(ShardingRule rule, String sql) {
        for (String word : sql.toLowerCase(Locale.ROOT).split("[^a-z0-9_$]+")) {
            if (word.isEmpty()) {
                continue;
            }
            Optional<TableRule> t = rule.findTableRule(word);
            if (t.isPresent()) {
                return t.get().logicalName();
            }
        }
        return null;
    }

    private static boolean startsLikeQuery(String sql) {
        String s = sql.stripLeading().toLowerCase(Locale.ROOT);
        return s.startsWith("select") || s.startsWith("with") || s.startsWith("values") || s.startsWith("show")
                || s.startsWith("explain") || s.startsWith("describe") || s.startsWith("table") || s.startsWith("(");
    }

    @Override
    public String toString() {
        return "RouteTemplate[" + statement.getClass().getSimpleName() + (commentHint == null ? "" : ", shard=" + commentHint)
                + "]";
    }
}
