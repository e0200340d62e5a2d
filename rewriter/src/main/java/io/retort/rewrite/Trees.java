package io.retort.rewrite;

import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Small builders and tests on trees shared by the passes. */
final class Trees {

    private Trees() {
    }

    static FunctionCall fn(String name, Expression... args) {
        return FunctionCall.of(Name.of(name), List.of(args));
    }

    static FunctionCall fn(String name, List<Expression> args) {
        return FunctionCall.of(Name.of(name), args);
    }

    static NumberLiteral number(long n) {
        return new NumberLiteral(Long.toString(n));
    }

    static StringLiteral string(String s) {
        return new StringLiteral(s, null);
    }

    static BinaryOp op(Expression l, BinaryOperator op, Expression r) {
        return new BinaryOp(l, op, r);
    }

    static Expression and(List<Expression> conjuncts) {
        Expression result = null;
        for (Expression e : conjuncts) {
            if (e != null) {
                result = result == null ? e : new BinaryOp(result, BinaryOperator.AND, e);
            }
        }
        return result;
    }

    static Expression or(List<Expression> disjuncts) {
        Expression result = null;
        for (Expression e : disjuncts) {
            result = result == null ? e : new BinaryOp(result, BinaryOperator.OR, e);
        }
        return result;
    }

    static UnaryOp not(Expression e) {
        return new UnaryOp(UnaryOperator.NOT, e);
    }

    /** {@code CASE WHEN condition THEN then [ELSE otherwise] END}. */
    static Case when(Expression condition, Expression then, Expression otherwise) {
        return new Case(null, List.of(new WhenClause(condition, then)), otherwise);
    }

    /** The lower-case last part of a function's name. */
    static String name(FunctionCall f) {
        return f.name().last().text().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code f} is a plain call (no DISTINCT, ORDER BY, FILTER, OVER ...) named {@code name}. */
    static boolean plainCall(FunctionCall f, String name) {
        return f.name().parts().size() == 1 && name(f).equals(name) && !f.distinct() && f.orderBy().isEmpty()
                && f.separator() == null && f.withinGroup().isEmpty() && f.filter() == null && f.over() == null;
    }

    /** The value of an integer literal (also {@code -n}), or null. */
    static Long integerValue(Expression e) {
        if (e instanceof NumberLiteral n) {
            try {
                return Long.parseLong(n.text());
            } catch (NumberFormatException ex) {
                return null;
            }
        }
        if (e instanceof UnaryOp u && u.operator() == UnaryOperator.MINUS) {
            Long v = integerValue(u.operand());
            return v == null ? null : -v;
        }
        return null;
    }

    /** Whether {@code e} is a literal, a parameter or a column: cheap and side-effect free to repeat. */
    static boolean simple(Expression e) {
        return e instanceof Literal || e instanceof Parameter || e instanceof ColumnRef;
    }

    /** Rewrites every expression of the statement bottom-up with {@code fn} (other nodes kept). */
    static Statement expressions(Statement s, Function<Expression, Expression> fn) {
        return s.transform(n -> n instanceof Expression e ? fn.apply(e) : n);
    }

    static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(item);
        return out;
    }

    /** A cast to {@code type} spelled for the translation's target. */
    static Cast cast(Expression e, SqlType type, Translation t) {
        Cast c = new Cast(e, TypeMapping.write(type, t.target, true), CastSyntax.CAST);
        t.types.spelled(c, type);
        return c;
    }

    /** Whether a predicate (a boolean-valued condition) rather than a value. */
    static boolean isPredicate(Expression e) {
        return switch (e) {
            case BinaryOp b -> b.operator().isComparison() || b.operator() == BinaryOperator.AND
                    || b.operator() == BinaryOperator.OR || b.operator() == BinaryOperator.XOR
                    || b.operator().name().startsWith("REGEX") || b.operator().name().contains("LIKE")
                    || b.operator() == BinaryOperator.SOUNDS_LIKE || b.operator() == BinaryOperator.MEMBER_OF;
            case UnaryOp u -> u.operator() == UnaryOperator.NOT;
            case IsNull x -> true;
            case IsTruth x -> true;
            case IsDistinctFrom x -> true;
            case InList x -> true;
            case InSubquery x -> true;
            case Between x -> true;
            case Like x -> true;
            case Exists x -> true;
            case Quantified x -> true;
            case FunctionCall f -> f.name().parts().size() == 1 && (name(f).equals("regexp_like") || name(f).equals("glob"));
            default -> false;
        };
    }

    /** {@code e} as standard SQL text, for error messages ({@code a / b}). */
    static String describe(Expression e) {
        try {
            return io.retort.dialect.Dialect.of(SqlDialect.ANSI).render(new Select(null, List.of(), false, List.of(),
                    List.of(new SelectItem(e, null)), null, List.of(), null, List.of(), false, null, List.of(), List.of(),
                    null, List.of(), Comments.NONE)).sql().substring("SELECT ".length());
        } catch (java.sql.SQLException | RuntimeException ex) {
            return e.getClass().getSimpleName();
        }
    }
}
