package io.retort.sharding.route;

import io.retort.sharding.merge.ColumnSlot;
import io.retort.sql.Between;
import io.retort.sql.BinaryOp;
import io.retort.sql.Case;
import io.retort.sql.Cast;
import io.retort.sql.ColumnRef;
import io.retort.sql.Expression;
import io.retort.sql.FunctionCall;
import io.retort.sql.InList;
import io.retort.sql.IsDistinctFrom;
import io.retort.sql.IsNull;
import io.retort.sql.IsTruth;
import io.retort.sql.SqlDialect;
import io.retort.sql.TruthValue;
import io.retort.sql.UnaryOp;
import io.retort.sql.WhenClause;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a HAVING clause into a {@link MergedExpression} over the merged columns. Aggregates
 * become merged columns (added as hidden columns when the select list lacks them); any
 * sub-expression without aggregates (a group key, {@code lower(name)}) is computed by the shards
 * as a (hidden) column; literals and parameters are bound per execution. What remains is
 * evaluated here: comparisons, AND/OR/XOR/NOT, arithmetic, IS [NOT] NULL, IS TRUE/FALSE, IN,
 * BETWEEN, IS [NOT] DISTINCT FROM, CASE, and the functions and casts of {@link ScalarFunctions}.
 * The same compiler turns a select-list expression over aggregates ({@code ROUND(AVG(x), 2)})
 * into a computed column of the merge.
 */
final class HavingCompiler {

    /** Where the planner puts what the shards compute. */
    interface Slots {
        /** The merged column holding an aggregate's merged value. */
        ColumnSlot aggregate(FunctionCall aggregate) throws SQLException;

        /** The merged column holding an expression without aggregates (functionally dependent on the group keys). */
        ColumnSlot plain(Expression expression) throws SQLException;

        /** Whether an expression uses aggregates, directly or through the alias of an aggregate in the select list. */
        boolean aggregated(Expression expression);
    }

    private final Slots slots;
    private final SqlDialect dialect;
    private final String clause;
    final List<ValueSource> values = new ArrayList<>();

    HavingCompiler(Slots slots, SqlDialect dialect) {
        this(slots, dialect, "HAVING");
    }

    /** @param clause what is compiled, for messages: {@code HAVING}, {@code The select list}, {@code ORDER BY} */
    HavingCompiler(Slots slots, SqlDialect dialect, String clause) {
        this.slots = slots;
        this.dialect = dialect;
        this.clause = clause;
    }

    MergedExpression compile(Expression e) throws SQLException {
        ValueSource v = ValueSource.of(e);
        if (v != null) {
            values.add(v);
            return new MergedExpression.Value(values.size() - 1);
        }
        if (!slots.aggregated(e)) {
            return new MergedExpression.Column(slots.plain(e));
        }
        return switch (e) {
            case FunctionCall f when Aggregates.isAggregate(f) -> new MergedExpression.Column(slots.aggregate(f));
            case ColumnRef c -> new MergedExpression.Column(slots.plain(c)); // the alias of an aggregate in the select list
            case BinaryOp b -> binary(b);
            case UnaryOp u -> switch (u.operator()) {
                case NOT -> new MergedExpression.Not(compile(u.operand()));
                case MINUS -> new MergedExpression.Negate(compile(u.operand()));
                case PLUS -> compile(u.operand());
                default -> throw unsupported(e);
            };
            case IsNull n -> new MergedExpression.IsNull(compile(n.operand()), n.negated());
            case IsTruth t -> new MergedExpression.IsTruth(compile(t.operand()),
                    t.value() == TruthValue.UNKNOWN ? null : t.value() == TruthValue.TRUE, t.negated());
            case InList in -> {
                List<MergedExpression> list = new ArrayList<>();
                for (Expression x : in.values()) {
                    list.add(compile(x));
                }
                yield new MergedExpression.In(compile(in.operand()), list, in.negated());
            }
            case Between b when !b.symmetric() ->
                new MergedExpression.Between(compile(b.operand()), compile(b.low()), compile(b.high()), b.negated());
            case IsDistinctFrom d ->
                new MergedExpression.Compare(d.negated() ? "<=>" : "distinct", compile(d.left()), compile(d.right()));
            case FunctionCall f when f.over() == null && f.filter() == null && !f.distinct() && f.orderBy().isEmpty()
                    && ScalarFunctions.supports(Aggregates.name(f), f.arguments().size()) -> {
                List<MergedExpression> args = new ArrayList<>();
                for (Expression a : f.arguments()) {
                    args.add(compile(a));
                }
                yield new MergedExpression.Function(Aggregates.name(f), args, dialect);
            }
            case Cast c -> {
                ScalarFunctions.Target target = ScalarFunctions.target(c.type(), dialect);
                if (target == null) {
                    throw unsupported(e);
                }
                yield new MergedExpression.CastTo(compile(c.operand()), target, dialect);
            }
            case Case c -> {
                List<MergedExpression> whens = new ArrayList<>();
                List<MergedExpression> thens = new ArrayList<>();
                for (WhenClause w : c.whens()) {
                    whens.add(compile(w.condition()));
                    thens.add(compile(w.result()));
                }
                yield new MergedExpression.CaseWhen(c.operand() == null ? null : compile(c.operand()), whens, thens,
                        c.otherwise() == null ? null : compile(c.otherwise()));
            }
            default -> throw unsupported(e);
        };
    }

    private MergedExpression binary(BinaryOp b) throws SQLException {
        MergedExpression l = compile(b.left());
        MergedExpression r = compile(b.right());
        return switch (b.operator()) {
            case AND -> new MergedExpression.And(l, r);
            case OR -> new MergedExpression.Or(l, r);
            case XOR -> new MergedExpression.Xor(l, r);
            case EQUALS -> new MergedExpression.Compare("=", l, r);
            case NOT_EQUALS -> new MergedExpression.Compare("<>", l, r);
            case LESS_THAN -> new MergedExpression.Compare("<", l, r);
            case LESS_OR_EQUAL -> new MergedExpression.Compare("<=", l, r);
            case GREATER_THAN -> new MergedExpression.Compare(">", l, r);
            case GREATER_OR_EQUAL -> new MergedExpression.Compare(">=", l, r);
            case NULL_SAFE_EQUALS -> new MergedExpression.Compare("<=>", l, r);
            case PLUS -> new MergedExpression.Arithmetic('+', l, r, dialect);
            case MINUS -> new MergedExpression.Arithmetic('-', l, r, dialect);
            case MULTIPLY -> new MergedExpression.Arithmetic('*', l, r, dialect);
            case DIVIDE -> new MergedExpression.Arithmetic('/', l, r, dialect);
            case MODULO -> new MergedExpression.Arithmetic('%', l, r, dialect);
            default -> throw unsupported(b);
        };
    }

    private SQLException unsupported(Expression e) {
        String what = e instanceof FunctionCall f ? "the function " + f.name().last().text()
                : e instanceof Cast c ? "a cast to " + c.type().name() : e.getClass().getSimpleName();
        return RouteErrors.unsupported(clause + " uses " + what
                + " over aggregates, which Retort cannot evaluate after merging the shards' groups; "
                + "use comparisons, AND/OR/NOT, arithmetic, IS NULL, IN, BETWEEN, CASE, ROUND, ABS, CEIL, FLOOR,"
                + " COALESCE, NULLIF, GREATEST, LEAST or casts to numbers or text over the aggregates, "
                + "or restrict the query to one shard by its sharding key");
    }
}
