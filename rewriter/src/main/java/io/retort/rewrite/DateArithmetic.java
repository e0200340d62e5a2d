package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.Capability;
import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code +} and {@code -} on dates without an INTERVAL. In PostgreSQL (and H2, Oracle) {@code date + n}
 * and {@code date - n} count days and {@code date - date} is a number of days; MySQL and MariaDB read a
 * date there as the number YYYYMMDD ({@code DATE '2024-03-18' + 30} is 20240348) and SQLite as the number
 * its text begins with (2054). So, where the operand types are known (literals, casts, functions, schema
 * information), the days are written out: {@code DATE_ADD(d, INTERVAL n DAY)} and {@code DATEDIFF(a, b)}
 * (MySQL), {@code date(d, '+n days')} and {@code julianday} (SQLite), {@code DATEADD}/{@code DATEDIFF} (H2,
 * SQL Server). A difference of timestamps is an interval, which MySQL, SQLite and SQL Server cannot hold.
 *
 * <p>Where an operand's type is unknown and the pair could be a date and a number (or two dates), the
 * statement means different things in databases that read dates differently: it is refused, asking for a
 * cast or schema information, like an integer division of unknown operands. Operands that cannot be
 * dates keep {@code x + 1} translatable without any: known numbers ({@code price + 1} with price NUMERIC,
 * {@code count(*) + 1}), products and quotients ({@code id * 10 + 9}), a parameter next to a number
 * ({@code ? + 1} reads the parameter as a number in PostgreSQL) and {@code n - x} (a number minus a date
 * does not exist), and a column the statement compares with a number in a condition ({@code UPDATE t SET
 * qty = qty + 1 WHERE qty < 3}: a date compared with a number is an error in PostgreSQL). Next to a known
 * DATE, a parameter counts days ({@code created + ?}); {@code created - ?} may be a date difference or days,
 * and is refused where that matters.
 *
 * <p>The decisions are taken on the tree as it arrives (the types of the statement as written); the
 * rewrite then replays them in the same bottom-up order on the rebuilt tree.
 */
final class DateArithmetic implements RewritePass {

    /** What an operand of {@code +} or {@code -} may be, as far as the statement shows. */
    private enum Operand {
        DATE, TIMESTAMP, TIME, INTERVAL, INTEGER, PARAMETER,
        /** A product, quotient or negation of unknown type: a number or an interval, never a date. */
        NUMBER,
        /** Known to be no date, time, interval or integer: decimals, text, NULL. */
        OTHER,
        /** Anything, a date included. */
        UNKNOWN;

        boolean temporal() {
            return this == DATE || this == TIMESTAMP || this == TIME;
        }

        boolean mayBeInteger() {
            return this == INTEGER || this == PARAMETER || this == NUMBER || this == UNKNOWN;
        }
    }

    private enum Action { KEEP, ADD_DAYS, ADD_DAYS_TO_RIGHT, DAYS_BETWEEN, DATE_PLUS_TIME }

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.withinMySqlFamily() || !t.features().plusOrMinus()) {
            return statement; // the same SQL, or nothing to do
        }
        Map<Expression, Operand> memo = new IdentityHashMap<>();
        List<Action> actions = new ArrayList<>();
        boolean[] changes = {false};
        expressions(statement, e -> {
            if (candidate(e)) {
                Action a = decide((BinaryOp) e, t, memo);
                actions.add(a);
                changes[0] |= a != Action.KEEP;
            }
            return e;
        });
        if (!changes[0]) {
            return statement;
        }
        int[] next = {0};
        return expressions(statement, e -> candidate(e) ? rewrite(actions.get(next[0]++), (BinaryOp) e, t) : e);
    }

    /** A {@code +} or {@code -} that DateTimeTranslation does not own (no INTERVAL operand). */
    private static boolean candidate(Expression e) {
        return e instanceof BinaryOp b && (b.operator() == BinaryOperator.PLUS || b.operator() == BinaryOperator.MINUS)
                && !involvesInterval(b.left()) && !involvesInterval(b.right());
    }

    private static boolean involvesInterval(Expression e) {
        return e instanceof Interval || e instanceof BinaryOp m && m.operator() == BinaryOperator.MULTIPLY
                && (m.left() instanceof Interval || m.right() instanceof Interval);
    }

    // ------------------------------------------------------------------ decisions (on the tree as written)

    private static Action decide(BinaryOp b, Translation t, Map<Expression, Operand> memo) {
        boolean minus = b.operator() == BinaryOperator.MINUS;
        Operand l = classify(b.left(), t, memo);
        Operand r = classify(b.right(), t, memo);
        if (!t.source(Capability.DATE_ARITHMETIC_IN_DAYS)) {
            return fromNumberReading(b, l, r, t);
        }
        boolean daysTarget = t.target(Capability.DATE_ARITHMETIC_IN_DAYS);
        if (l == Operand.DATE && (r == Operand.INTEGER || r == Operand.PARAMETER && !minus)) {
            return Action.ADD_DAYS;
        }
        if (!minus && r == Operand.DATE && (l == Operand.INTEGER || l == Operand.PARAMETER)) {
            return Action.ADD_DAYS_TO_RIGHT;
        }
        if (minus && r == Operand.DATE && (l == Operand.DATE || l == Operand.PARAMETER)) {
            if (t.sourceFamily == SqlDialect.H2) {
                throw new UnsupportedConstruct("the date difference " + describe(b),
                        "H2 gives an INTERVAL there; write DATEDIFF(DAY, b, a) for a number of days");
            }
            return Action.DAYS_BETWEEN;
        }
        if (minus && l == Operand.DATE && r == Operand.PARAMETER) {
            if (daysTarget) {
                return Action.KEEP;
            }
            throw new UnsupportedConstruct("the subtraction " + describe(b), "bound to a number it gives a date (days"
                    + " earlier), bound to a date a number of days; cast it: CAST(? AS INTEGER) or CAST(? AS DATE)");
        }
        if (minus && l.temporal() && r.temporal()) {
            if (hasIntervals(t)) {
                return Action.KEEP;
            }
            throw new UnsupportedConstruct("the difference of two dates or times " + describe(b),
                    "it is an interval in " + t.source.productName() + ", which " + t.target.productName()
                            + " has no type for; subtract DATE values for a number of days");
        }
        if (!minus && (l == Operand.DATE && r == Operand.TIME || l == Operand.TIME && r == Operand.DATE)) {
            if (t.targetIsMySql()) {
                return Action.DATE_PLUS_TIME;
            }
            if (t.targetIs(SqlDialect.POSTGRESQL) || t.targetIs(SqlDialect.H2) || t.targetIs(SqlDialect.ANSI)) {
                return Action.KEEP;
            }
            throw new UnsupportedConstruct("a date plus a time " + describe(b), "");
        }
        if (l == Operand.INTERVAL || r == Operand.INTERVAL) {
            if (hasIntervals(t)) {
                return Action.KEEP;
            }
            throw new UnsupportedConstruct("arithmetic with an interval value " + describe(b),
                    t.target.productName() + " has no interval type; write the interval as INTERVAL 'n unit'");
        }
        if (daysTarget) {
            return Action.KEEP; // the target reads whatever the operands are as the source does
        }
        boolean dateSide = l.temporal() || r.temporal();
        if (dateSide && (l == Operand.UNKNOWN || r == Operand.UNKNOWN || l == Operand.NUMBER || r == Operand.NUMBER
                || r == Operand.PARAMETER || l == Operand.PARAMETER)) {
            throw unknown(b, l == Operand.UNKNOWN || l == Operand.PARAMETER ? b.left() : b.right(), t);
        }
        if (ambiguous(minus, l, r)) {
            throw unknown(b, l == Operand.UNKNOWN ? b.left() : b.right(), t);
        }
        return Action.KEEP; // numbers, or an error in the source too (a timestamp plus a number)
    }

    /** PostgreSQL, H2 and Oracle have interval values (a difference of timestamps is one). */
    private static boolean hasIntervals(Translation t) {
        return switch (t.targetFamily()) {
            case POSTGRESQL, H2, ORACLE, ANSI -> true;
            default -> false;
        };
    }

    /** From MySQL or SQLite, where a date in {@code +} and {@code -} is read as a number. */
    private static Action fromNumberReading(BinaryOp b, Operand l, Operand r, Translation t) {
        if (l.temporal() || r.temporal() || l == Operand.INTERVAL || r == Operand.INTERVAL) {
            throw new UnsupportedConstruct("the date arithmetic " + describe(b), t.sourceIsMySql()
                    ? t.source.productName() + " reads a date in + and - as the number YYYYMMDD (DATE '2024-03-18' + 30"
                            + " is 20240348); write DATE_ADD(d, INTERVAL n DAY) or DATEDIFF(a, b) for days"
                    : "SQLite reads a date in + and - as the number its text begins with ('2024-03-18' + 30 is 2054);"
                            + " write date(d, '+n days') or julianday(a) - julianday(b) for days");
        }
        if (ambiguous(b.operator() == BinaryOperator.MINUS, l, r)) {
            throw unknown(b, l == Operand.UNKNOWN ? b.left() : b.right(), t);
        }
        return Action.KEEP;
    }

    /** Whether the pair could be a date and a number of days ({@code +}) or a date and a number or date ({@code -}). */
    private static boolean ambiguous(boolean minus, Operand l, Operand r) {
        if (minus) {
            return l == Operand.UNKNOWN && (r.mayBeInteger() || r == Operand.DATE);
        }
        return l == Operand.UNKNOWN && r.mayBeInteger() || r == Operand.UNKNOWN && l.mayBeInteger();
    }

    private static UnsupportedConstruct unknown(BinaryOp b, Expression operand, Translation t) {
        String x = describe(operand);
        boolean sourceDays = t.source(Capability.DATE_ARITHMETIC_IN_DAYS);
        io.retort.dialect.Dialect days = sourceDays ? t.source : t.target;
        io.retort.dialect.Dialect numbers = sourceDays ? t.target : t.source;
        String reading = numbers.family() == SqlDialect.SQLITE ? "the number its text begins with" : "the number YYYYMMDD";
        return new UnsupportedConstruct("the " + (b.operator() == BinaryOperator.MINUS ? "subtraction " : "addition ")
                + describe(b), "with a date, + and - count days in " + days.productName() + " but read the date as "
                + reading + " in " + numbers.productName() + ", and the type of " + x + " is unknown; cast it (CAST(" + x
                + " AS DATE) for a date, CAST(" + x + " AS INTEGER) or NUMERIC for a number) or give the translator"
                + " schema information");
    }

    private static Operand classify(Expression e, Translation t, Map<Expression, Operand> memo) {
        Operand known = memo.get(e);
        if (known != null) {
            return known;
        }
        Operand o = classifyUncached(e, t, memo);
        memo.put(e, o);
        return o;
    }

    private static Operand classifyUncached(Expression e, Translation t, Map<Expression, Operand> memo) {
        if (e instanceof Parameter) {
            return Operand.PARAMETER;
        }
        if (e instanceof NullLiteral) {
            return Operand.OTHER;
        }
        TypeKind k = t.types.type(e);
        if (k != null) {
            return switch (k) {
                case DATE -> Operand.DATE;
                case TIMESTAMP, TIMESTAMP_TZ -> Operand.TIMESTAMP;
                case TIME -> Operand.TIME;
                case INTERVAL -> Operand.INTERVAL;
                case INTEGER -> Operand.INTEGER;
                default -> Operand.OTHER;
            };
        }
        return switch (e) {
            case BinaryOp b when b.operator() == BinaryOperator.MULTIPLY || b.operator() == BinaryOperator.DIVIDE
                    || b.operator() == BinaryOperator.MODULO || b.operator() == BinaryOperator.INTEGER_DIVIDE -> {
                Operand l = classify(b.left(), t, memo);
                Operand r = classify(b.right(), t, memo);
                yield integral(l) && integral(r) ? Operand.INTEGER : Operand.NUMBER;
            }
            case BinaryOp b when b.operator() == BinaryOperator.PLUS || b.operator() == BinaryOperator.MINUS -> {
                if (involvesInterval(b.left()) || involvesInterval(b.right())) {
                    yield Operand.UNKNOWN;
                }
                Operand l = classify(b.left(), t, memo);
                Operand r = classify(b.right(), t, memo);
                if (integral(l) && integral(r)) {
                    yield Operand.INTEGER;
                }
                boolean mayBeDate = l == Operand.UNKNOWN || r == Operand.UNKNOWN && b.operator() == BinaryOperator.PLUS;
                yield mayBeDate ? Operand.UNKNOWN : Operand.NUMBER;
            }
            // aggregates and numeric functions of unknown arguments: numbers (SUM and AVG of intervals are
            // intervals), never dates
            case FunctionCall f when numeric(name(f)) -> Operand.NUMBER;
            // compared with a number in a condition (qty < 3): in PostgreSQL no date can be
            case ColumnRef c when t.types.comparedWithNumber(c) -> Operand.NUMBER;
            case UnaryOp u when u.operator() == UnaryOperator.MINUS -> {
                Operand o = classify(u.operand(), t, memo);
                yield integral(o) ? o : Operand.NUMBER;
            }
            default -> Operand.UNKNOWN;
        };
    }

    private static boolean numeric(String function) {
        return switch (function) {
            case "sum", "avg", "abs", "round", "ceil", "ceiling", "floor", "trunc", "sign", "mod", "power", "sqrt",
                    "exp", "ln", "log", "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp" -> true;
            default -> false;
        };
    }

    private static boolean integral(Operand o) {
        return o == Operand.INTEGER || o == Operand.PARAMETER;
    }

    // ------------------------------------------------------------------ rewriting (on the rebuilt tree)

    private static Expression rewrite(Action action, BinaryOp b, Translation t) {
        boolean minus = b.operator() == BinaryOperator.MINUS;
        Expression result = switch (action) {
            case KEEP -> b;
            case ADD_DAYS -> addDays(b, b.left(), b.right(), minus, t);
            case ADD_DAYS_TO_RIGHT -> addDays(b, b.right(), b.left(), false, t);
            case DAYS_BETWEEN -> daysBetween(b, t);
            case DATE_PLUS_TIME -> fn("TIMESTAMP", b.left(), b.right());
        };
        if (result != b) {
            // what the source meant: a date, a number of days (PostgreSQL's integer), a timestamp
            switch (action) {
                case DAYS_BETWEEN -> t.types.made(result, TypeKind.INTEGER, 32);
                case DATE_PLUS_TIME -> t.types.made(result, TypeKind.TIMESTAMP, 0);
                default -> t.types.made(result, TypeKind.DATE, 0);
            }
        }
        return result;
    }

    /** {@code date} plus (or minus) {@code days} whole days; a DATE stays a DATE, as in PostgreSQL. */
    private static Expression addDays(BinaryOp b, Expression date, Expression days, boolean minus, Translation t) {
        return switch (t.targetFamily()) {
            case MYSQL, MARIADB -> fn(minus ? "DATE_SUB" : "DATE_ADD", date, new Interval(days, "DAY"));
            case H2, SQLSERVER -> fn("DATEADD", new Keyword("DAY"), minus ? negate(days) : days, date);
            case SQLITE -> {
                Long n = integerValue(days);
                Expression modifier;
                if (n != null) {
                    long signed = minus ? -n : n;
                    modifier = string((signed >= 0 ? "+" : "") + signed + " days");
                } else {
                    modifier = op(minus ? negate(days) : days, BinaryOperator.CONCAT, string(" days"));
                }
                yield fn("date", date, modifier);
            }
            default -> b; // PostgreSQL, Oracle: days already
        };
    }

    /** {@code a - b} of two dates in whole days. */
    private static Expression daysBetween(BinaryOp b, Translation t) {
        Expression end = b.left();
        Expression start = b.right();
        return switch (t.targetFamily()) {
            case MYSQL, MARIADB -> fn("DATEDIFF", end, start);
            // H2's DATEDIFF is a BIGINT, PostgreSQL's difference an INTEGER (their SUM: NUMERIC and BIGINT)
            case H2 -> cast(fn("DATEDIFF", new Keyword("DAY"), start, end), SqlType.of(SqlType.Base.INTEGER), t);
            case SQLSERVER -> fn("DATEDIFF", new Keyword("DAY"), start, end);
            case SQLITE -> cast(op(fn("julianday", end), BinaryOperator.MINUS, fn("julianday", start)),
                    SqlType.of(SqlType.Base.INTEGER), t);
            default -> b;
        };
    }

    private static Expression negate(Expression e) {
        Long n = integerValue(e);
        if (n != null) {
            return n > 0 ? new UnaryOp(UnaryOperator.MINUS, number(n)) : number(-n);
        }
        return new UnaryOp(UnaryOperator.MINUS, e);
    }
}
