package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.Capability;
import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Scalar functions whose names or meanings differ: {@code length} (bytes in MySQL, characters
 * elsewhere), {@code substring} positions below 1 (counted from the end in MySQL, H2, SQLite and
 * Oracle), {@code position}/{@code strpos}/{@code instr}/{@code locate}, {@code left}/{@code right},
 * {@code greatest}/{@code least} (PostgreSQL skips NULLs; MySQL, H2, SQLite and Oracle give NULL), {@code ifnull},
 * {@code nvl}, {@code if}/{@code iif}, {@code now()}, {@code random()}.
 */
final class StringFunctions implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.withinMySqlFamily()) {
            return statement; // the same SQL
        }
        return expressions(statement, e -> switch (e) {
            case FunctionCall f when f.over() == null && f.filter() == null && !f.distinct() -> call(f, t);
            case Substring s -> substring(s.string(), s.from(), s.length(), t);
            default -> e;
        });
    }

    private static Expression call(FunctionCall f, Translation t) {
        List<Expression> a = f.arguments();
        SqlDialect target = t.targetFamily();
        return switch (name(f)) {
            case "length" -> a.size() != 1 ? f : length(a.get(0), t.source(Capability.LENGTH_COUNTS_BYTES), t);
            case "char_length", "character_length" -> a.size() != 1 ? f : length(a.get(0), false, t);
            case "octet_length" -> a.size() != 1 ? f : length(a.get(0), true, t);
            case "substring", "substr", "mid" -> a.size() < 2 || a.size() > 3 ? f
                    : substring(a.get(0), a.get(1), a.size() == 3 ? a.get(2) : null, t);
            case "strpos", "instr" -> a.size() != 2 ? f : new Position(a.get(1), a.get(0));
            case "locate", "charindex" -> {
                if (a.size() != 2) {
                    throw new UnsupportedConstruct(f.name() + " with a start position", "");
                }
                yield new Position(a.get(0), a.get(1));
            }
            case "left", "right" -> leftRight(f, t);
            case "greatest", "least" -> greatestLeast(f, t);
            case "ifnull", "nvl" -> a.size() == 2 ? fn("COALESCE", a) : f;
            case "if", "iif" -> a.size() == 3 && !t.targetIsMySql() ? when(a.get(0), a.get(1), a.get(2)) : f;
            case "now" -> a.isEmpty() && target != SqlDialect.POSTGRESQL && !t.targetIsMySql() && target != SqlDialect.H2
                    ? new SqlValueFunction("CURRENT_TIMESTAMP") : f;
            case "random", "rand" -> a.isEmpty() ? random(f, t) : f;
            default -> f;
        };
    }

    private static Expression length(Expression s, boolean bytes, Translation t) {
        if (bytes) {
            return switch (t.targetFamily()) {
                case MYSQL, MARIADB -> fn("LENGTH", s);
                case SQLITE -> fn("length", new Cast(s, DataType.of("BLOB"), CastSyntax.CAST));
                case ORACLE -> fn("LENGTHB", s);
                case SQLSERVER -> throw new UnsupportedConstruct("the length in bytes of a string",
                        "SQL Server stores strings as UTF-16");
                default -> fn("OCTET_LENGTH", s);
            };
        }
        return switch (t.targetFamily()) {
            case MYSQL, MARIADB, POSTGRESQL, H2 -> fn("CHAR_LENGTH", s);
            case SQLITE -> fn("length", s);
            case ORACLE -> fn("LENGTH", s);
            // LEN ignores trailing spaces; a character after them keeps them counted.
            case SQLSERVER -> op(fn("LEN", op(s, BinaryOperator.CONCAT, string("x"))), BinaryOperator.MINUS, number(1));
            case ANSI -> fn("CHAR_LENGTH", s);
        };
    }

    /** How a database reads a SUBSTRING start below 1. */
    private enum StartRule {
        /** Positions before the first character count (PostgreSQL, SQL Server, the standard). */
        VIRTUAL,
        /** 0 gives the empty string, negative counts from the end (MySQL). */
        FROM_END_ZERO_EMPTY,
        /** 0 means 1, negative counts from the end (H2, Oracle). */
        FROM_END_ZERO_FIRST,
        /** 0 counts as a virtual position, negative from the end (SQLite). */
        FROM_END_ZERO_VIRTUAL
    }

    private static StartRule rule(SqlDialect d) {
        return switch (d) {
            case MYSQL, MARIADB -> StartRule.FROM_END_ZERO_EMPTY;
            case H2, ORACLE -> StartRule.FROM_END_ZERO_FIRST;
            case SQLITE -> StartRule.FROM_END_ZERO_VIRTUAL;
            default -> StartRule.VIRTUAL;
        };
    }

    private static Expression substring(Expression s, Expression from, Expression length, Translation t) {
        Long start = integerValue(from);
        StartRule source = rule(t.sourceFamily);
        StartRule target = rule(t.targetFamily());
        if (start != null && start >= 1 || source == target) {
            return new Substring(s, from, length);
        }
        if (source == StartRule.VIRTUAL) {
            // Only characters from position 1 on exist: start at 1 and shorten the length by the positions before.
            Expression one = number(1);
            Expression first = start != null ? one : greatest(t, from, one);
            if (length == null) {
                return new Substring(s, first, null);
            }
            Long n = integerValue(length);
            if (start != null && n != null) {
                return new Substring(s, one, number(Math.max(start + n - 1, 0)));
            }
            Expression remaining = op(op(from, BinaryOperator.PLUS, length), BinaryOperator.MINUS, first);
            return new Substring(s, first, greatest(t, remaining, number(0)));
        }
        // A start counted from the end: turn it into the position it names.
        Expression len = length(s, false, t);
        Expression past = op(len, BinaryOperator.PLUS, number(1));
        Expression fromEnd = op(op(len, BinaryOperator.PLUS, from), BinaryOperator.PLUS, number(1));
        Expression zero = switch (source) {
            case FROM_END_ZERO_EMPTY -> past;
            case FROM_END_ZERO_FIRST -> number(1);
            default -> number(0);
        };
        Expression position;
        if (start != null) {
            // A literal start: the comparisons fold (len < 3 rather than len + -3 < 0).
            Expression back = start == -1 ? len : op(len, BinaryOperator.MINUS, number(-start - 1));
            position = start == 0 ? zero
                    : when(op(len, BinaryOperator.LESS_THAN, number(-start)), past, back);
        } else {
            position = new Case(null, List.of(
                new WhenClause(op(from, BinaryOperator.GREATER_THAN, number(0)), from),
                new WhenClause(op(from, BinaryOperator.EQUALS, number(0)), zero),
                new WhenClause(op(op(len, BinaryOperator.PLUS, from), BinaryOperator.LESS_THAN, number(0)), past)),
                fromEnd);
        }
        Expression n = length == null || integerValue(length) != null && integerValue(length) >= 0 ? length
                : greatest(t, length, number(0));
        if (source == StartRule.FROM_END_ZERO_VIRTUAL && target != StartRule.VIRTUAL) {
            throw new UnsupportedConstruct("SUBSTRING with a start position below 1", "");
        }
        return new Substring(s, position, n);
    }

    private static Expression greatest(Translation t, Expression a, Expression b) {
        return fn(t.targetIs(SqlDialect.SQLITE) ? "max" : "GREATEST", a, b);
    }

    private static Expression leftRight(FunctionCall f, Translation t) {
        if (f.arguments().size() != 2 || !t.targetIs(SqlDialect.SQLITE) && !t.targetIs(SqlDialect.ORACLE)) {
            return f;
        }
        Expression s = f.arguments().get(0);
        Long n = integerValue(f.arguments().get(1));
        if (n == null || n < 1) {
            throw new UnsupportedConstruct(f.name() + " with a length that is not a positive number", "");
        }
        String substr = t.targetIs(SqlDialect.SQLITE) ? "substr" : "SUBSTR";
        return name(f).equals("left") ? fn(substr, s, number(1), number(n)) : fn(substr, s, number(-n));
    }

    /** PostgreSQL's GREATEST/LEAST skip NULLs; MySQL's, SQLite's and Oracle's give NULL. */
    private static Expression greatestLeast(FunctionCall f, Translation t) {
        List<Expression> args = f.arguments();
        boolean sourceSkips = skipsNulls(t.sourceFamily);
        boolean targetSkips = skipsNulls(t.targetFamily());
        String name = t.targetIs(SqlDialect.SQLITE) ? (name(f).equals("greatest") ? "max" : "min")
                : f.name().last().text();
        if (t.targetIs(SqlDialect.SQLSERVER)) {
            throw new UnsupportedConstruct(f.name() + "(...)", "SQL Server 2017 has no GREATEST/LEAST");
        }
        if (sourceSkips && !targetSkips) {
            List<Expression> guarded = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                if (!t.types.nullable(args.get(i))) {
                    guarded.add(args.get(i));
                    continue;
                }
                List<Expression> coalesce = new ArrayList<>();
                coalesce.add(args.get(i));
                for (int j = 0; j < args.size(); j++) {
                    if (j != i) {
                        coalesce.add(args.get(j));
                    }
                }
                guarded.add(fn("COALESCE", coalesce));
            }
            return fn(name, guarded);
        }
        if (!sourceSkips && targetSkips) {
            List<Expression> checks = new ArrayList<>();
            for (Expression a : args) {
                if (t.types.nullable(a) && !(a instanceof Literal)) {
                    checks.add(new IsNull(a, false));
                }
            }
            FunctionCall call = fn(name, args);
            return checks.isEmpty() ? call : when(or(checks), new NullLiteral(), call);
        }
        return fn(name, args);
    }

    private static boolean skipsNulls(SqlDialect d) {
        return d == SqlDialect.POSTGRESQL || d == SqlDialect.ANSI || d == SqlDialect.SQLSERVER;
    }

    private static Expression random(FunctionCall f, Translation t) {
        return switch (t.targetFamily()) {
            case MYSQL, MARIADB -> fn("RAND");
            case SQLITE -> op(op(fn("random"), BinaryOperator.DIVIDE, new NumberLiteral("18446744073709551616.0")),
                    BinaryOperator.PLUS, new NumberLiteral("0.5"));
            case H2 -> fn("RAND");
            case ORACLE -> fn("DBMS_RANDOM.VALUE");
            case SQLSERVER -> fn("RAND");
            default -> fn("random");
        };
    }
}
