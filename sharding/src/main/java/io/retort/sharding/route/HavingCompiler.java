package io.retort.sharding.route;

import io.retort.sharding.merge.ColumnSlot;
import io.retort.sql.Between;
import io.retort.sql.BinaryOp;
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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a HAVING clause into a {@link MergedExpression} over the merged columns. Aggregates
 * become merged columns (added as hidden columns when the select list lacks them); any
 * sub-expression without aggregates (a group key, {@code lower(name)}) is computed by the shards
 * as a (hidden) column; literals and parameters are bound per execution. What remains is
 * evaluated here: comparisons, AND/OR/XOR/NOT, arithmetic, IS [NOT] NULL, IS TRUE/FALSE, IN,
 * BETWEEN, IS [NOT] DISTINCT FROM.
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
    final List<ValueSource> values = new ArrayList<>();

    HavingCompiler(Slots slots, SqlDialect dialect) {
        this.slots = slots;
        this.dialect = dialect;
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

    private static SQLException unsupported(Expression e) {
        return RouteErrors.unsupported("HAVING uses " + e.getClass().getSimpleName()
                + " over aggregates, which Retort cannot evaluate after merging the shards' groups; "
                + "use comparisons, AND/OR/NOT, arithmetic, IS NULL, IN or BETWEEN over the aggregates, "
                + "or restrict the query to one shard by its sharding key");
    }
}
