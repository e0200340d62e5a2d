package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.Capability;
import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;

/**
 * Division. {@code 7 / 2} is 3 in PostgreSQL, SQLite, H2 and SQL Server (integer operands) and 3.5 in
 * MySQL and Oracle. From an exact-dividing source the left operand is cast to a decimal type unless an
 * operand is known not to be an integer; from an integer-dividing source to MySQL, two integers divide
 * with DIV (Oracle: TRUNC), two known non-integers with {@code /}, and operands of unknown type are
 * refused with a message asking for a cast or schema information. MySQL and SQLite give NULL on a
 * division by zero where the others fail: from them the divisor becomes {@code NULLIF(b, 0)}. MySQL's
 * DIV truncates the exact quotient.
 */
final class ArithmeticSemantics implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.withinMySqlFamily()) {
            return statement; // the same SQL
        }
        return expressions(statement, e -> e instanceof BinaryOp b ? binary(b, t) : e);
    }

    private static Expression binary(BinaryOp b, Translation t) {
        return switch (b.operator()) {
            case DIVIDE -> divide(b, t);
            case INTEGER_DIVIDE -> integerDivide(b, t);
            case MODULO -> zeroSafe(b, t);
            default -> b;
        };
    }

    private static Expression divide(BinaryOp b, Translation t) {
        boolean sourceTruncates = t.source(Capability.INTEGER_DIVISION);
        boolean targetTruncates = t.target(Capability.INTEGER_DIVISION);
        TypeKind l = t.types.type(b.left());
        TypeKind r = t.types.type(b.right());
        boolean knownNonInteger = isNonInteger(l) || isNonInteger(r);
        BinaryOp result = b;
        if (t.targetIs(SqlDialect.SQLITE) && (l == TypeKind.DECIMAL && !(b.left() instanceof NumberLiteral)
                || r == TypeKind.DECIMAL && !(b.right() instanceof NumberLiteral))) {
            // SQLite stores a NUMERIC value that happens to be whole as an INTEGER: 10.00 / 4 would be 2.
            Cast real = new Cast(b.left(), DataType.of("REAL"), CastSyntax.CAST);
            t.types.spelled(real, SqlType.of(SqlType.Base.DOUBLE));
            return zeroSafe(new BinaryOp(real, BinaryOperator.DIVIDE, b.right()), t);
        }
        boolean sourceExact = !sourceTruncates || knownNonInteger;
        if (sourceExact && targetTruncates && !stableNonInteger(b.left(), t) && !stableNonInteger(b.right(), t)) {
            // Exact in the source; on the target the operands may be integers (EXTRACT is numeric in PostgreSQL and
            // an integer elsewhere, SUM(bigint) is numeric in PostgreSQL and bigint in SQL Server).
            result = new BinaryOp(exact(b.left(), t), BinaryOperator.DIVIDE, b.right());
        } else if (sourceTruncates && !targetTruncates && !knownNonInteger) {
            if (l != TypeKind.INTEGER || r != TypeKind.INTEGER) {
                throw new UnsupportedConstruct("the division " + describe(b),
                        "it divides integers in " + t.source.productName() + " but not in " + t.target.productName()
                                + ", and the operand types are unknown; cast an operand (CAST(a AS NUMERIC) / b, or"
                                + " CAST(a / b AS INTEGER)) or give the translator schema information");
            }
            return t.targetIsMySql() ? zeroSafe(new BinaryOp(b.left(), BinaryOperator.INTEGER_DIVIDE, b.right()), t)
                    : fn("TRUNC", zeroSafe(b, t));
        }
        return zeroSafe(result, t);
    }

    private static Expression integerDivide(BinaryOp b, Translation t) {
        if (t.targetIsMySql()) {
            return b;
        }
        Expression divisor = nonZero(b.right(), t);
        TypeKind l = t.types.type(b.left());
        TypeKind r = t.types.type(b.right());
        boolean integers = l == TypeKind.INTEGER && r == TypeKind.INTEGER;
        return switch (t.targetFamily()) {
            case POSTGRESQL -> fn("DIV", b.left(), divisor);
            case SQLITE -> cast(new BinaryOp(b.left(), BinaryOperator.DIVIDE, divisor), SqlType.of(SqlType.Base.BIGINT), t);
            case H2 -> integers ? new BinaryOp(b.left(), BinaryOperator.DIVIDE, divisor)
                    : cast(fn("TRUNC", new BinaryOp(b.left(), BinaryOperator.DIVIDE, divisor)),
                            SqlType.of(SqlType.Base.BIGINT), t);
            case SQLSERVER -> integers ? new BinaryOp(b.left(), BinaryOperator.DIVIDE, divisor)
                    : cast(new BinaryOp(b.left(), BinaryOperator.DIVIDE, divisor), SqlType.of(SqlType.Base.BIGINT), t);
            default -> fn("TRUNC", new BinaryOp(b.left(), BinaryOperator.DIVIDE, divisor));
        };
    }

    /** {@code a / NULLIF(b, 0)} when the source gives NULL on a zero divisor and the target would fail. */
    private static BinaryOp zeroSafe(BinaryOp b, Translation t) {
        Expression divisor = nonZero(b.right(), t);
        return divisor == b.right() ? b : new BinaryOp(b.left(), b.operator(), divisor);
    }

    private static Expression nonZero(Expression divisor, Translation t) {
        boolean sourceNull = t.sourceIsMySql() || t.sourceFamily == SqlDialect.SQLITE;
        boolean targetNull = t.targetIsMySql() || t.targetIs(SqlDialect.SQLITE);
        if (!sourceNull || targetNull) {
            return divisor;
        }
        if (divisor instanceof NumberLiteral n && !isZero(n.text())) {
            return divisor;
        }
        return fn("NULLIF", divisor, number(0));
    }

    private static boolean isZero(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c == 'e' || c == 'E') {
                break;
            }
        }
        return true;
    }

    /** The operand as an exactly dividing number on the target. */
    private static Expression exact(Expression e, Translation t) {
        Cast c = switch (t.targetFamily()) {
            case SQLITE -> new Cast(e, DataType.of("REAL"), CastSyntax.CAST);
            case H2 -> new Cast(e, DataType.of("DECFLOAT"), CastSyntax.CAST);
            case SQLSERVER -> new Cast(e, DataType.of("DECIMAL", 38, 10), CastSyntax.CAST);
            default -> new Cast(e, DataType.of("NUMERIC"), CastSyntax.CAST);
        };
        t.types.spelled(c, t.targetIs(SqlDialect.SQLITE) ? SqlType.of(SqlType.Base.DOUBLE)
                : new SqlType(SqlType.Base.DECIMAL, null, null, false));
        return c;
    }

    /**
     * Whether {@code e} is a non-integer number in every database: a decimal literal, a cast to a decimal or
     * floating type, a DECIMAL or FLOAT column, and arithmetic or the usual aggregates over one.
     */
    private static boolean stableNonInteger(Expression e, Translation t) {
        return switch (e) {
            case NumberLiteral n -> isNonInteger(t.types.type(n));
            case Cast c -> isNonInteger(t.types.type(c));
            case ColumnRef c -> isNonInteger(t.types.type(c));
            case UnaryOp u -> stableNonInteger(u.operand(), t);
            case BinaryOp b when b.operator() == BinaryOperator.PLUS || b.operator() == BinaryOperator.MINUS
                    || b.operator() == BinaryOperator.MULTIPLY || b.operator() == BinaryOperator.DIVIDE ->
                    stableNonInteger(b.left(), t) || stableNonInteger(b.right(), t);
            case FunctionCall f when !f.arguments().isEmpty() -> switch (Trees.name(f)) {
                case "sum", "avg", "min", "max", "abs", "round", "coalesce", "nullif" ->
                        stableNonInteger(f.arguments().get(0), t);
                default -> false;
            };
            default -> false;
        };
    }

    private static boolean isNonInteger(TypeKind k) {
        return k == TypeKind.DECIMAL || k == TypeKind.FLOAT;
    }
}
