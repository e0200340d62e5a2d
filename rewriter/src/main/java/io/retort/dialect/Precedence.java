package io.retort.dialect;

import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.Expression;
import io.retort.sql.UnaryOp;
import io.retort.sql.UnaryOperator;

/**
 * Binding strength of expressions, higher binds tighter. The levels follow the order that PostgreSQL,
 * MySQL and the standard agree on; where they disagree (bitwise operators among themselves, regular
 * expression operators against comparisons) the writer adds parentheses instead of relying on it.
 */
final class Precedence {

    static final int ASSIGNMENT = 5;
    static final int OR = 10;
    static final int XOR = 15;
    static final int AND = 20;
    static final int NOT = 30;
    static final int PREDICATE = 40;
    static final int OTHER_OPERATOR = 50;
    static final int ADDITIVE = 60;
    static final int MULTIPLICATIVE = 70;
    static final int POWER = 80;
    static final int UNARY = 90;
    static final int POSTFIX = 95;
    static final int CAST = 100;
    static final int PRIMARY = 1000;

    private Precedence() {
    }

    static int of(BinaryOperator op) {
        return switch (op) {
            case OR -> OR;
            case XOR -> XOR;
            case AND -> AND;
            case EQUALS, NOT_EQUALS, LESS_THAN, LESS_OR_EQUAL, GREATER_THAN, GREATER_OR_EQUAL, NULL_SAFE_EQUALS,
                    SOUNDS_LIKE, MEMBER_OF, REGEX_MATCH, REGEX_IMATCH, REGEX_NOT_MATCH, REGEX_NOT_IMATCH, LIKE_OP,
                    ILIKE_OP, NOT_LIKE_OP, NOT_ILIKE_OP -> PREDICATE;
            case PLUS, MINUS -> ADDITIVE;
            case MULTIPLY, DIVIDE, MODULO, INTEGER_DIVIDE -> MULTIPLICATIVE;
            case POWER -> POWER;
            default -> OTHER_OPERATOR;
        };
    }

    /** The precedence of {@code e} as the dialect writes it. */
    static int of(Expression e, Dialect dialect) {
        return switch (e) {
            // SQL Server writes || as +.
            case BinaryOp b -> b.operator() == BinaryOperator.CONCAT && dialect.family() == io.retort.sql.SqlDialect.SQLSERVER
                    ? ADDITIVE : of(b.operator());
            case UnaryOp u -> u.operator() == UnaryOperator.NOT ? NOT : UNARY;
            case io.retort.sql.IsNull x -> PREDICATE;
            case io.retort.sql.IsTruth x -> PREDICATE;
            case io.retort.sql.IsDistinctFrom x -> PREDICATE;
            case io.retort.sql.InList x -> PREDICATE;
            case io.retort.sql.InSubquery x -> PREDICATE;
            case io.retort.sql.Between x -> PREDICATE;
            case io.retort.sql.Like x -> PREDICATE;
            case io.retort.sql.Quantified x -> PREDICATE;
            case io.retort.sql.Collate x -> POSTFIX;
            case io.retort.sql.AtTimeZone x -> POSTFIX;
            case io.retort.sql.Cast c -> c.syntax() == io.retort.sql.CastSyntax.DOUBLE_COLON
                    && dialect.supports(Capability.SUPPORTS_DOUBLE_COLON_CAST) ? CAST : PRIMARY;
            case io.retort.sql.Subscript x -> CAST;
            case io.retort.sql.VariableAssignment x -> ASSIGNMENT;
            default -> PRIMARY;
        };
    }
}
