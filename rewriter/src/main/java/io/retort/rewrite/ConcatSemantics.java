package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.Capability;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;

/**
 * String concatenation, by meaning. {@code a || b} gives NULL when an operand is NULL, and so does
 * MySQL's {@code CONCAT(a, b)}; PostgreSQL's, H2's and SQLite's {@code concat(a, b)} skip NULLs. Each
 * becomes what means the same on the target: {@code ||} (PostgreSQL: with one operand cast to text, as
 * {@code ||} needs a text side), {@code CONCAT(...)} (MySQL), {@code CONCAT_WS('', ...)} (MySQL, skipping
 * NULLs), {@code +} with casts to text (SQL Server), or {@code ||} guarded by a CASE on Oracle, whose
 * {@code ||} skips NULLs.
 */
final class ConcatSemantics implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.withinMySqlFamily()) {
            return statement; // the same SQL
        }
        return (Statement) rewrite(statement, t);
    }

    private static Node rewrite(Node n, Translation t) {
        if (n instanceof BinaryOp b && b.operator() == BinaryOperator.CONCAT) {
            List<Expression> ops = new ArrayList<>();
            chain(b, ops, t);
            return nullPropagating(ops, t);
        }
        if (n instanceof FunctionCall f && plainCall(f, "concat") && !f.arguments().isEmpty()) {
            List<Expression> ops = new ArrayList<>();
            for (Expression a : f.arguments()) {
                ops.add((Expression) rewrite(a, t));
            }
            boolean skipsNulls = t.sourceFamily == SqlDialect.SQLITE || t.source(Capability.CONCAT_FUNCTION_IGNORES_NULL);
            return skipsNulls ? nullSkipping(f, ops, t) : nullPropagating(ops, t);
        }
        if (n instanceof FunctionCall f && plainCall(f, "concat_ws") && f.arguments().size() >= 2) {
            FunctionCall mapped = (FunctionCall) f.mapChildren(c -> rewrite(c, t));
            return concatWs(mapped, t);
        }
        return n.mapChildren(c -> rewrite(c, t));
    }

    /**
     * {@code concat_ws(sep, a, b)} where it is missing: every present element with the separator in
     * front, the first separator cut off ({@code substr(COALESCE(sep || a, '') || ..., length(sep) + 1)});
     * a NULL separator still gives NULL.
     */
    private static Expression concatWs(FunctionCall f, Translation t) {
        if (!t.targetIs(SqlDialect.SQLITE) || t.target.version().atLeast(3, 44)) {
            if (t.targetIs(SqlDialect.ORACLE)) {
                throw new io.retort.dialect.UnsupportedConstruct("concat_ws(...)", "Oracle has none");
            }
            return f;
        }
        Expression sep = f.arguments().get(0);
        List<Expression> parts = new ArrayList<>();
        for (int i = 1; i < f.arguments().size(); i++) {
            parts.add(fn("COALESCE", new BinaryOp(sep, BinaryOperator.CONCAT, f.arguments().get(i)), string("")));
        }
        return fn("substr", join(parts), new BinaryOp(fn("length", sep), BinaryOperator.PLUS, number(1)));
    }

    private static void chain(Expression e, List<Expression> ops, Translation t) {
        if (e instanceof BinaryOp b && b.operator() == BinaryOperator.CONCAT) {
            chain(b.left(), ops, t);
            chain(b.right(), ops, t);
        } else {
            ops.add((Expression) rewrite(e, t));
        }
    }

    /** {@code ops} joined so that any NULL operand gives NULL. */
    private static Expression nullPropagating(List<Expression> ops, Translation t) {
        List<Expression> operands = new ArrayList<>(ops);
        switch (t.targetFamily()) {
            case POSTGRESQL -> {
                // PostgreSQL's || needs a text operand on one side of each ||.
                boolean text = isText(operands.get(0), t) || operands.size() > 1 && isText(operands.get(1), t);
                if (!text) {
                    operands.set(0, cast(operands.get(0), SqlType.of(SqlType.Base.TEXT), t));
                }
            }
            case SQLSERVER -> {
                // + adds numbers: every operand not known to be text is cast to text.
                for (int i = 0; i < operands.size(); i++) {
                    if (!isText(operands.get(i), t)) {
                        operands.set(i, cast(operands.get(i), SqlType.of(SqlType.Base.TEXT), t));
                    }
                }
            }
            case ORACLE -> {
                // Oracle's || skips NULLs: say explicitly that a NULL operand gives NULL.
                List<Expression> nullChecks = new ArrayList<>();
                for (Expression o : operands) {
                    if (!(o instanceof Literal) && t.types.nullable(o)) {
                        nullChecks.add(new IsNull(o, false));
                    }
                }
                Expression joined = join(operands);
                return nullChecks.isEmpty() ? joined : when(or(nullChecks), new NullLiteral(), joined);
            }
            default -> {
            }
        }
        if (operands.size() == 1) {
            return cast(operands.get(0), SqlType.of(SqlType.Base.TEXT), t);
        }
        return join(operands);
    }

    /** {@code ops} joined with NULLs treated as empty strings. */
    private static Expression nullSkipping(FunctionCall original, List<Expression> ops, Translation t) {
        switch (t.targetFamily()) {
            case MYSQL, MARIADB -> {
                List<Expression> args = new ArrayList<>();
                args.add(string(""));
                args.addAll(ops);
                return fn("CONCAT_WS", args);
            }
            case SQLITE -> {
                if (t.target.version().atLeast(3, 44)) {
                    return fn(original.name().last().text(), ops);
                }
                List<Expression> guarded = new ArrayList<>();
                for (Expression o : ops) {
                    guarded.add(o instanceof Literal && !(o instanceof NullLiteral) ? o : fn("COALESCE", o, string("")));
                }
                return join(guarded);
            }
            case ORACLE -> {
                return join(ops);
            }
            default -> {
                return ops.size() == 1 && t.targetIs(SqlDialect.SQLSERVER) ? fn("CONCAT", ops.get(0), string(""))
                        : fn(original.name().last().text(), ops);
            }
        }
    }

    private static Expression join(List<Expression> ops) {
        Expression result = ops.get(0);
        for (int i = 1; i < ops.size(); i++) {
            result = new BinaryOp(result, BinaryOperator.CONCAT, ops.get(i));
        }
        return result;
    }

    private static boolean isText(Expression e, Translation t) {
        return t.types.type(e) == TypeKind.TEXT;
    }
}
