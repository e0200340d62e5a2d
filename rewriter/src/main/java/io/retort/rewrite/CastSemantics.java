package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.Capability;
import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.List;

/**
 * What a CAST does, beyond its type name. A cast to an integer rounds in PostgreSQL, MySQL, H2 and
 * Oracle and truncates in SQLite and SQL Server: the operand is rounded or truncated explicitly where
 * the two disagree (unless it is known to be an integer already). SQLite casts neither shorten
 * strings to {@code VARCHAR(n)} nor round to a NUMERIC scale nor read dates: those become
 * {@code substr}, {@code round} and {@code date()/datetime()/time()}. MySQL and SQLite have no boolean
 * cast: a number becomes {@code x <> 0}. Runs before {@link TypeTranslation}, on the source's type names.
 */
final class CastSemantics implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.withinMySqlFamily()) {
            return statement;
        }
        return expressions(statement, e -> e instanceof Cast c ? cast(c, t) : e);
    }

    private static Expression cast(Cast c, Translation t) {
        SqlType type = t.types.isSpelled(c) ? null : TypeMapping.read(c.type(), t.sourceFamily, true);
        if (type == null) {
            return c;
        }
        Expression x = c.operand();
        TypeKind operand = t.types.type(x);
        boolean sqlite = t.targetIs(SqlDialect.SQLITE);
        if (type.isInteger() && operand != TypeKind.INTEGER) {
            boolean sourceRounds = t.source(Capability.CAST_TO_INTEGER_ROUNDS);
            boolean targetRounds = t.target(Capability.CAST_TO_INTEGER_ROUNDS);
            if (sourceRounds && !targetRounds) {
                return withOperand(c, t.targetIs(SqlDialect.SQLSERVER) ? fn("ROUND", x, number(0)) : fn("ROUND", x));
            }
            if (!sourceRounds && targetRounds) {
                return withOperand(c, t.targetIsMySql() ? fn("TRUNCATE", x, number(0)) : fn("TRUNC", x));
            }
            return c;
        }
        switch (type.base()) {
            case BOOLEAN -> {
                if (t.targetIsMySql() || sqlite) {
                    if (operand == TypeKind.BOOLEAN) {
                        return x;
                    }
                    if (operand != null && operand.isNumeric()) {
                        return op(x, BinaryOperator.NOT_EQUALS, number(0));
                    }
                    throw new UnsupportedConstruct("CAST(... AS BOOLEAN) of a value not known to be a number",
                            "compare it explicitly (x <> 0, x = 'true')");
                }
                return c;
            }
            case VARCHAR, CHAR -> {
                if (sqlite && type.length() != null) {
                    return fn("substr", new Cast(x, DataType.TEXT, CastSyntax.CAST), number(1), number(type.length()));
                }
                return c;
            }
            case DECIMAL -> {
                if (sqlite && type.scale() != null) {
                    return new Cast(fn("round", x, number(type.scale())), DataType.of("NUMERIC"), CastSyntax.CAST);
                }
                return c;
            }
            case DATE, TIME, TIMESTAMP, TIMESTAMP_TZ -> {
                if (sqlite) {
                    // Dates are ISO text in SQLite; CAST would read the leading number ('2024-01-02' -> 2024).
                    return fn(switch (type.base()) {
                        case DATE -> "date";
                        case TIME -> "time";
                        default -> "datetime";
                    }, x);
                }
                return c;
            }
            case JSON, JSONB -> {
                // MariaDB's and SQLite's JSON is text; the value is already what the cast gives.
                if (t.targetIs(SqlDialect.MARIADB) || sqlite) {
                    return x;
                }
                return c;
            }
            default -> {
                return c;
            }
        }
    }

    private static Cast withOperand(Cast c, Expression operand) {
        return new Cast(operand, c.type(), c.syntax());
    }

    static List<Expression> args(Expression... e) {
        return List.of(e);
    }
}
