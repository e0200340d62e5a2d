package io.retort.events.builtin;

import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.BooleanLiteral;
import io.retort.sql.ColumnRef;
import io.retort.sql.Expression;
import io.retort.sql.FunctionCall;
import io.retort.sql.IsDistinctFrom;
import io.retort.sql.IsNull;
import io.retort.sql.NullLiteral;
import io.retort.sql.NumberLiteral;
import io.retort.sql.StringLiteral;
import io.retort.sql.UnaryOp;
import io.retort.sql.UnaryOperator;
import java.math.BigDecimal;

/**
 * Whether a WHERE condition may select every row of a table, for the firewall's rule against
 * DELETE and UPDATE without a real condition. Sound in one direction: it says "may cover every row"
 * for {@code 1 = 1}, {@code TRUE}, {@code NOT FALSE}, {@code 'a' = 'a'}, {@code x = x}, for any
 * condition that references no column ({@code ? = ?}, {@code ? IS NULL}, {@code now() > '2000-01-01'},
 * {@code EXISTS (SELECT 1 FROM t)}: all rows or none, depending on values the firewall does not
 * judge), and for an OR with such a branch ({@code id = ? OR 1 = 1}, {@code status = ? OR ? IS NULL});
 * an AND covers every row only when both sides do.
 */
final class RowCoverage {

    /** The truth of a condition that does not depend on the row, when it can be worked out. */
    private enum Truth { TRUE, FALSE, NULL, UNKNOWN }

    private RowCoverage() {}

    static boolean mayCoverEveryRow(Expression where) {
        if (where instanceof BinaryOp b && b.operator() == BinaryOperator.OR) {
            return mayCoverEveryRow(b.left()) || mayCoverEveryRow(b.right());
        }
        if (where instanceof BinaryOp b && b.operator() == BinaryOperator.AND) {
            return mayCoverEveryRow(b.left()) && mayCoverEveryRow(b.right());
        }
        return switch (truth(where)) {
            case TRUE -> true;
            case FALSE, NULL -> false;
            case UNKNOWN -> where.findAll(ColumnRef.class).isEmpty() || comparesWithItself(where);
        };
    }

    /** {@code e = e}, {@code e <= e}, {@code e >= e}, {@code e <=> e}, {@code e IS NOT DISTINCT FROM e}: true for every row where e has a value. */
    private static boolean comparesWithItself(Expression e) {
        if (e instanceof BinaryOp b && b.left().equals(b.right()) && deterministic(b.left())) {
            return switch (b.operator()) {
                case EQUALS, LESS_OR_EQUAL, GREATER_OR_EQUAL, NULL_SAFE_EQUALS -> true;
                default -> false;
            };
        }
        return e instanceof IsDistinctFrom d && d.negated() && d.left().equals(d.right()) && deterministic(d.left());
    }

    private static boolean deterministic(Expression e) {
        return e.findAll(FunctionCall.class).isEmpty();
    }

    private static Truth truth(Expression e) {
        return switch (e) {
            case BooleanLiteral b -> b.value() ? Truth.TRUE : Truth.FALSE;
            case NullLiteral n -> Truth.NULL;
            // MySQL reads a number as a condition: non-zero is true
            case NumberLiteral n -> number(n) == null ? Truth.UNKNOWN : number(n).signum() != 0 ? Truth.TRUE : Truth.FALSE;
            case UnaryOp u when u.operator() == UnaryOperator.NOT -> switch (truth(u.operand())) {
                case TRUE -> Truth.FALSE;
                case FALSE -> Truth.TRUE;
                case NULL -> Truth.NULL;
                case UNKNOWN -> Truth.UNKNOWN;
            };
            case BinaryOp b when b.operator() == BinaryOperator.AND -> and(truth(b.left()), truth(b.right()));
            case BinaryOp b when b.operator() == BinaryOperator.OR -> or(truth(b.left()), truth(b.right()));
            case BinaryOp b when b.operator().isComparison() -> compare(b);
            case IsNull n -> n.operand() instanceof NullLiteral ? (n.negated() ? Truth.FALSE : Truth.TRUE)
                    : n.operand() instanceof NumberLiteral || n.operand() instanceof StringLiteral
                            ? (n.negated() ? Truth.TRUE : Truth.FALSE) : Truth.UNKNOWN;
            default -> Truth.UNKNOWN;
        };
    }

    private static Truth and(Truth a, Truth b) {
        if (a == Truth.FALSE || b == Truth.FALSE) {
            return Truth.FALSE;
        }
        if (a == Truth.TRUE && b == Truth.TRUE) {
            return Truth.TRUE;
        }
        return a == Truth.UNKNOWN || b == Truth.UNKNOWN ? Truth.UNKNOWN : Truth.NULL;
    }

    private static Truth or(Truth a, Truth b) {
        if (a == Truth.TRUE || b == Truth.TRUE) {
            return Truth.TRUE;
        }
        if (a == Truth.FALSE && b == Truth.FALSE) {
            return Truth.FALSE;
        }
        return a == Truth.UNKNOWN || b == Truth.UNKNOWN ? Truth.UNKNOWN : Truth.NULL;
    }

    private static Truth compare(BinaryOp b) {
        if (b.left() instanceof NullLiteral || b.right() instanceof NullLiteral) {
            return b.operator() == BinaryOperator.NULL_SAFE_EQUALS ? Truth.UNKNOWN : Truth.NULL;
        }
        Integer c = null;
        if (b.left() instanceof NumberLiteral l && b.right() instanceof NumberLiteral r && number(l) != null && number(r) != null) {
            c = number(l).compareTo(number(r));
        } else if (b.left() instanceof StringLiteral l && b.right() instanceof StringLiteral r) {
            // collations differ (case, trailing spaces): only identical text is certainly equal
            if (l.value().equals(r.value())) {
                c = 0;
            } else if (b.operator() == BinaryOperator.EQUALS) {
                return Truth.UNKNOWN;
            }
        }
        if (c == null) {
            return Truth.UNKNOWN;
        }
        boolean result = switch (b.operator()) {
            case EQUALS, NULL_SAFE_EQUALS -> c == 0;
            case NOT_EQUALS -> c != 0;
            case LESS_THAN -> c < 0;
            case LESS_OR_EQUAL -> c <= 0;
            case GREATER_THAN -> c > 0;
            case GREATER_OR_EQUAL -> c >= 0;
            default -> false;
        };
        return result ? Truth.TRUE : Truth.FALSE;
    }

    private static BigDecimal number(NumberLiteral n) {
        try {
            return new BigDecimal(n.text());
        } catch (NumberFormatException e) {
            return null; // hexadecimal and other spellings: not judged
        }
    }
}
