package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Date and time: interval arithmetic ({@code ts + INTERVAL '1 day'}, MySQL's {@code ts + INTERVAL 1 DAY}
 * and {@code DATE_ADD}) in each target's form ({@code datetime(ts, '+1 day')} on SQLite,
 * {@code DATEADD(DAY, 1, ts)} on SQL Server); a DATE plus an interval is a timestamp, as in
 * PostgreSQL; EXTRACT's day of week (0 = Sunday in PostgreSQL, 1 = Sunday in H2); MySQL's
 * {@code YEAR(x)}, {@code CURDATE()}, {@code DATEDIFF} and friends.
 */
final class DateTimeTranslation implements RewritePass {

    /** One part of an interval: a quantity of a unit (upper case, singular: DAY, MONTH, ...). */
    private record Part(Expression quantity, String unit) {
    }

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.withinMySqlFamily()) {
            return statement; // the same SQL
        }
        return expressions(statement, e -> switch (e) {
            case BinaryOp b when (b.operator() == BinaryOperator.PLUS || b.operator() == BinaryOperator.MINUS)
                    && (b.right() instanceof Interval || b.left() instanceof Interval || intervalMultiple(b.right()))
                    -> arithmetic(b, t);
            case FunctionCall f when f.over() == null -> function(f, t);
            case Extract x -> extract(x, t);
            default -> e;
        });
    }

    private static Expression arithmetic(BinaryOp b, Translation t) {
        if (b.right() instanceof BinaryOp m && m.operator() == BinaryOperator.MULTIPLY
                && (m.left() instanceof Interval || m.right() instanceof Interval)) {
            // ts + n * INTERVAL '1 day': n days
            Interval unit = m.left() instanceof Interval i ? i : (Interval) m.right();
            Expression n = m.left() instanceof Interval ? m.right() : m.left();
            List<Part> parts = parts(unit);
            if (parts.size() != 1) {
                throw new UnsupportedConstruct("a multiple of an interval of several units", "");
            }
            Part p = parts.get(0);
            Expression quantity = Long.valueOf(1).equals(integerValue(p.quantity())) ? n
                    : op(n, BinaryOperator.MULTIPLY, p.quantity());
            return add(b.left(), List.of(new Part(quantity, p.unit())), b.operator() == BinaryOperator.MINUS, t);
        }
        boolean minus = b.operator() == BinaryOperator.MINUS;
        Expression base = b.right() instanceof Interval ? b.left() : b.right();
        Interval interval = b.right() instanceof Interval i ? i : (Interval) b.left();
        if (minus && !(b.right() instanceof Interval)) {
            throw new UnsupportedConstruct("an interval minus a date", "");
        }
        return add(base, parts(interval), minus, t);
    }

    private static boolean intervalMultiple(Expression e) {
        return e instanceof BinaryOp m && m.operator() == BinaryOperator.MULTIPLY
                && (m.left() instanceof Interval || m.right() instanceof Interval);
    }

    private static Expression add(Expression base, List<Part> parts, boolean minus, Translation t) {
        boolean date = t.types.type(base) == TypeKind.DATE;
        // MySQL: a DATE plus days, weeks, months or years is a DATE; PostgreSQL: a date plus an interval is a timestamp
        boolean keepsDate = date && t.sourceIsMySql() && parts.stream().allMatch(p -> !p.unit().equals("HOUR")
                && !p.unit().equals("MINUTE") && !p.unit().equals("SECOND"));
        boolean toTimestamp = date && !keepsDate;
        if (!t.sourceIsMySql() && t.types.type(base) == TypeKind.TIME && (t.targetIsMySql() || t.targetIs(SqlDialect.H2))) {
            // PostgreSQL's TIME wraps at midnight (23:30 + 1 hour is 00:30); MySQL's goes on to 24:30, H2's fails:
            // add to a timestamp and keep its time
            boolean mysql = t.targetIsMySql();
            Expression widened = mysql ? fn("TIMESTAMP", string("2000-01-01"), base)
                    : cast(base, SqlType.of(SqlType.Base.TIMESTAMP), t);
            Expression sum = addParts(widened, parts, minus, false, false, t);
            return mysql ? fn("TIME", sum) : cast(sum, SqlType.of(SqlType.Base.TIME), t);
        }
        Expression sum = addParts(base, parts, minus, toTimestamp, keepsDate, t);
        if (keepsDate && (t.targetIs(SqlDialect.POSTGRESQL) || t.targetIs(SqlDialect.ANSI))) {
            return cast(sum, SqlType.of(SqlType.Base.DATE), t);
        }
        return sum;
    }

    private static Expression addParts(Expression base, List<Part> parts, boolean minus, boolean toTimestamp,
            boolean keepsDate, Translation t) {
        switch (t.targetFamily()) {
            case POSTGRESQL, ANSI -> {
                Expression result = base;
                for (Part p : parts) {
                    Long n = integerValue(p.quantity());
                    Expression interval = n != null
                            ? new Interval(string(n + " " + p.unit().toLowerCase(Locale.ROOT)), null)
                            : op(p.quantity(), BinaryOperator.MULTIPLY,
                                    new Interval(string("1 " + p.unit().toLowerCase(Locale.ROOT)), null));
                    result = op(result, minus ? BinaryOperator.MINUS : BinaryOperator.PLUS, interval);
                }
                return result;
            }
            case MYSQL, MARIADB, H2 -> {
                boolean h2 = t.targetIs(SqlDialect.H2);
                // A DATE plus an interval is a timestamp (in PostgreSQL and the standard), not a DATE.
                Expression result = toTimestamp ? new Cast(base, h2 ? DataType.TIMESTAMP : DataType.of("DATETIME", 6),
                        CastSyntax.CAST) : base;
                for (Part p : parts) {
                    Long n = integerValue(p.quantity());
                    if (h2 && n == null) {
                        Expression q = minus ? new UnaryOp(UnaryOperator.MINUS, p.quantity()) : p.quantity();
                        result = fn("DATEADD", new Keyword(p.unit()), q, result);
                        continue;
                    }
                    Expression value = h2 ? string(String.valueOf(n)) : p.quantity();
                    result = op(result, minus ? BinaryOperator.MINUS : BinaryOperator.PLUS, new Interval(value, p.unit()));
                }
                return result;
            }
            case SQLITE -> {
                List<Expression> args = new ArrayList<>();
                args.add(base);
                for (Part p : parts) {
                    boolean months = p.unit().equals("MONTH") || p.unit().equals("YEAR");
                    if (months && !t.target.version().atLeast(3, 46)) {
                        throw new UnsupportedConstruct("adding months or years to a date",
                                "SQLite before 3.46 moves Jan 31 + 1 month to March; PostgreSQL gives Feb 29");
                    }
                    String unit = p.unit().equals("WEEK") ? "DAY" : p.unit();
                    Expression q = p.unit().equals("WEEK") ? op(p.quantity(), BinaryOperator.MULTIPLY, number(7)) : p.quantity();
                    Long n = integerValue(q);
                    String suffix = " " + unit.toLowerCase(Locale.ROOT) + "s";
                    if (n != null) {
                        long signed = minus ? -n : n;
                        args.add(string((signed >= 0 ? "+" : "") + signed + suffix));
                    } else {
                        Expression signed = minus ? new UnaryOp(UnaryOperator.MINUS, q) : q;
                        args.add(op(signed, BinaryOperator.CONCAT, string(suffix)));
                    }
                    if (months) {
                        args.add(string("floor"));
                    }
                }
                // a TIME plus an interval is a TIME (wrapping at midnight), as SQLite's time() gives it
                return fn(keepsDate ? "date" : t.types.type(base) == TypeKind.TIME ? "time" : "datetime", args);
            }
            case ORACLE -> {
                Expression result = base;
                for (Part p : parts) {
                    boolean months = p.unit().equals("MONTH") || p.unit().equals("YEAR");
                    Expression q = minus ? new UnaryOp(UnaryOperator.MINUS, p.quantity()) : p.quantity();
                    if (months) {
                        result = fn("ADD_MONTHS", result, p.unit().equals("YEAR") ? op(q, BinaryOperator.MULTIPLY, number(12)) : q);
                    } else {
                        result = op(result, BinaryOperator.PLUS, fn("NUMTODSINTERVAL", q, string(p.unit())));
                    }
                }
                return result;
            }
            case SQLSERVER -> {
                // DATEADD keeps a DATE a DATE (and refuses hours on it)
                Expression result = toTimestamp ? cast(base, SqlType.of(SqlType.Base.TIMESTAMP), t) : base;
                for (Part p : parts) {
                    Expression q = minus ? new UnaryOp(UnaryOperator.MINUS, p.quantity()) : p.quantity();
                    result = fn("DATEADD", new Keyword(p.unit()), q, result);
                }
                return result;
            }
        }
        return base;
    }

    /** The parts of an interval: {@code INTERVAL '1 day 2 hours'}, {@code INTERVAL '3' DAY}, {@code INTERVAL ? DAY}. */
    private static List<Part> parts(Interval i) {
        if (i.unit() != null) {
            String unit = unit(i.unit());
            Expression q = i.value();
            if (q instanceof StringLiteral s) {
                q = numberOrFail(s.value().trim(), i);
            }
            return List.of(new Part(q, unit));
        }
        if (!(i.value() instanceof StringLiteral s)) {
            throw new UnsupportedConstruct("an INTERVAL whose text is not a literal", "");
        }
        String[] words = s.value().trim().split("\\s+");
        if (words.length % 2 != 0) {
            throw new UnsupportedConstruct("the interval '" + s.value() + "'", "write it as 'n unit [n unit ...]'");
        }
        List<Part> parts = new ArrayList<>();
        for (int w = 0; w < words.length; w += 2) {
            parts.add(new Part(numberOrFail(words[w], i), unit(words[w + 1])));
        }
        return parts;
    }

    private static Expression numberOrFail(String text, Interval i) {
        try {
            long n = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
            return n < 0 ? new UnaryOp(UnaryOperator.MINUS, number(-n)) : number(n);
        } catch (NumberFormatException e) {
            throw new UnsupportedConstruct("the interval quantity '" + text + "'", "use whole numbers of a unit");
        }
    }

    private static String unit(String word) {
        String u = word.toUpperCase(Locale.ROOT);
        return switch (u) {
            case "YEAR", "YEARS", "Y" -> "YEAR";
            case "MONTH", "MONTHS", "MON", "MONS" -> "MONTH";
            case "WEEK", "WEEKS", "W" -> "WEEK";
            case "DAY", "DAYS", "D" -> "DAY";
            case "HOUR", "HOURS", "H" -> "HOUR";
            case "MINUTE", "MINUTES", "MIN", "MINS", "M" -> "MINUTE";
            case "SECOND", "SECONDS", "SEC", "SECS", "S" -> "SECOND";
            default -> throw new UnsupportedConstruct("the interval unit " + word, "");
        };
    }

    private static Expression function(FunctionCall f, Translation t) {
        List<Expression> a = f.arguments();
        boolean mysqlTarget = t.targetIsMySql();
        String name = name(f);
        switch (name) {
            case "date_add", "adddate", "date_sub", "subdate" -> {
                if (a.size() == 2 && a.get(1) instanceof Interval i && !mysqlTarget) {
                    return add(a.get(0), parts(i), name.endsWith("sub") || name.startsWith("sub"), t);
                }
                return f;
            }
            case "curdate", "current_date" -> {
                return a.isEmpty() && !mysqlTarget ? new SqlValueFunction("CURRENT_DATE") : f;
            }
            case "curtime", "current_time" -> {
                return a.isEmpty() && !mysqlTarget ? new SqlValueFunction("CURRENT_TIME") : f;
            }
            case "year", "month", "day", "dayofmonth", "hour", "minute", "second" -> {
                if (a.size() != 1 || mysqlTarget || !t.sourceIsMySql()) {
                    return f;
                }
                String field = name.equals("dayofmonth") ? "DAY" : name.toUpperCase(Locale.ROOT);
                Expression x = new Extract(new Keyword(field), a.get(0));
                // PostgreSQL's EXTRACT(SECOND) has the fraction; MySQL's SECOND() has not.
                return field.equals("SECOND") ? fn("FLOOR", x) : x;
            }
            case "dayofweek" -> {
                if (a.size() != 1 || mysqlTarget) {
                    return f;
                }
                // 1 = Sunday, as H2's EXTRACT(DOW) counts.
                return t.targetIs(SqlDialect.H2) ? new Extract(new Keyword("DOW"), a.get(0))
                        : op(dow(a.get(0), t), BinaryOperator.PLUS, number(1));
            }
            case "datediff" -> {
                if (a.size() != 2 || mysqlTarget || !t.sourceIsMySql()) {
                    return f;
                }
                return daysBetween(a.get(0), a.get(1), t);
            }
            default -> {
                return f;
            }
        }
    }

    /** {@code end - start} in whole days, both read as dates. */
    private static Expression daysBetween(Expression end, Expression start, Translation t) {
        return switch (t.targetFamily()) {
            case SQLITE -> cast(op(fn("julianday", fn("date", end)), BinaryOperator.MINUS,
                    fn("julianday", fn("date", start))), SqlType.of(SqlType.Base.INTEGER), t);
            case H2, SQLSERVER -> fn("DATEDIFF", new Keyword("DAY"), cast(start, SqlType.of(SqlType.Base.DATE), t),
                    cast(end, SqlType.of(SqlType.Base.DATE), t));
            default -> op(cast(end, SqlType.of(SqlType.Base.DATE), t), BinaryOperator.MINUS,
                    cast(start, SqlType.of(SqlType.Base.DATE), t));
        };
    }

    /** The day of the week, 0 = Sunday, on the target. */
    private static Expression dow(Expression x, Translation t) {
        return switch (t.targetFamily()) {
            case MYSQL, MARIADB -> op(fn("DAYOFWEEK", x), BinaryOperator.MINUS, number(1));
            case H2 -> op(new Extract(new Keyword("DOW"), x), BinaryOperator.MINUS, number(1));
            case SQLSERVER -> throw new UnsupportedConstruct("the day of the week", "it depends on SET DATEFIRST");
            case ORACLE -> throw new UnsupportedConstruct("the day of the week", "Oracle's TO_CHAR(x, 'D') depends on NLS_TERRITORY");
            default -> new Extract(new Keyword("DOW"), x);
        };
    }

    private static Expression extract(Extract x, Translation t) {
        String field = x.field() instanceof Keyword k ? k.text().toUpperCase(Locale.ROOT) : "";
        switch (field) {
            case "DOW" -> {
                // PostgreSQL and SQLite count Sunday as 0, H2 as 1.
                if (t.sourceFamily == SqlDialect.H2) {
                    return t.targetIsMySql() ? fn("DAYOFWEEK", x.source()) : op(dow(x.source(), t), BinaryOperator.PLUS, number(1));
                }
                return t.targetIs(SqlDialect.POSTGRESQL) || t.targetIs(SqlDialect.SQLITE) ? x : dow(x.source(), t);
            }
            case "EPOCH" -> {
                return switch (t.targetFamily()) {
                    case MYSQL, MARIADB -> fn("UNIX_TIMESTAMP", x.source());
                    case SQLSERVER -> fn("DATEDIFF_BIG", new Keyword("SECOND"), string("1970-01-01"), x.source());
                    default -> x;
                };
            }
            default -> {
                return x;
            }
        }
    }
}
