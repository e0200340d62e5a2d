package io.retort.sharding.route;

import io.retort.sharding.merge.MergedRow;
import io.retort.sql.DataType;
import io.retort.sql.SqlDialect;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The scalar functions and casts Retort evaluates over merged values, for select-list expressions
 * and HAVING clauses over aggregates: {@code ROUND}, {@code ABS}, {@code CEIL}/{@code CEILING},
 * {@code FLOOR}, {@code COALESCE}/{@code IFNULL}, {@code NULLIF}, {@code GREATEST}, {@code LEAST},
 * and casts to numeric, integer, floating and text types. They follow the application's dialect
 * where databases differ: exact numbers round half away from zero, floating ones half to even
 * (PostgreSQL's and MySQL's {@code rint}); MySQL's {@code GREATEST}/{@code LEAST} are NULL when any
 * argument is, PostgreSQL's ignore NULLs; MySQL's {@code DECIMAL} without a scale has none.
 */
final class ScalarFunctions {

    private static final Set<String> ONE = Set.of("abs", "ceil", "ceiling", "floor");
    private static final Set<String> MANY = Set.of("coalesce", "greatest", "least");

    private ScalarFunctions() {}

    /** Whether {@code name} (lower case) with {@code arguments} arguments can be evaluated here. */
    static boolean supports(String name, int arguments) {
        return switch (name) {
            case "round" -> arguments == 1 || arguments == 2;
            case "ifnull", "nullif" -> arguments == 2;
            default -> ONE.contains(name) ? arguments == 1 : MANY.contains(name) && arguments >= 1;
        };
    }

    static Object call(String name, List<MergedExpression> args, MergedRow row, Object[] values, SqlDialect dialect)
            throws SQLException {
        switch (name) {
            case "coalesce", "ifnull" -> {
                for (MergedExpression a : args) {
                    Object v = a.eval(row, values);
                    if (v != null) {
                        return v;
                    }
                }
                return null;
            }
            case "nullif" -> {
                Object a = args.get(0).eval(row, values);
                Integer c = SqlValues.compare(a, args.get(1).eval(row, values));
                return c != null && c == 0 ? null : a;
            }
            case "greatest", "least" -> {
                boolean nullWins = dialect.isMySqlFamily() || dialect == SqlDialect.SQLITE;
                Object best = null;
                for (MergedExpression a : args) {
                    Object v = a.eval(row, values);
                    if (v == null) {
                        if (nullWins) {
                            return null;
                        }
                        continue;
                    }
                    Integer c = best == null ? null : SqlValues.compare(v, best);
                    if (best == null || c != null && (name.equals("greatest") ? c > 0 : c < 0)) {
                        best = v;
                    }
                }
                return best;
            }
            default -> {
                Object x = number(args.get(0).eval(row, values), name);
                if (x == null) {
                    return null;
                }
                return switch (name) {
                    case "abs" -> abs(x);
                    case "ceil", "ceiling" -> integral(x, RoundingMode.CEILING);
                    case "floor" -> integral(x, RoundingMode.FLOOR);
                    default -> {
                        Object places = args.size() > 1 ? number(args.get(1).eval(row, values), name) : 0L;
                        yield places == null ? null : round(x, ((Number) places).intValue());
                    }
                };
            }
        }
    }

    private static Object number(Object v, String function) throws SQLException {
        if (v == null || v instanceof Number) {
            return v;
        }
        if (v instanceof CharSequence s) {
            try {
                return new BigDecimal(s.toString().trim());
            } catch (NumberFormatException e) {
                // fall through to the error
            }
        }
        throw new SQLDataException(function.toUpperCase(Locale.ROOT) + " needs a number, got " + v + " ("
                + v.getClass().getSimpleName() + "), evaluating an expression over merged aggregates", "22018");
    }

    private static boolean floating(Object x) {
        return x instanceof Double || x instanceof Float;
    }

    private static Object abs(Object x) {
        if (floating(x)) {
            return Math.abs(((Number) x).doubleValue());
        }
        return narrow(SqlValues.decimal((Number) x).abs(), x);
    }

    private static Object integral(Object x, RoundingMode mode) {
        if (floating(x)) {
            double d = ((Number) x).doubleValue();
            return mode == RoundingMode.CEILING ? Math.ceil(d) : Math.floor(d);
        }
        return narrow(SqlValues.decimal((Number) x).setScale(0, mode), x);
    }

    private static Object round(Object x, int places) {
        if (floating(x)) {
            double d = ((Number) x).doubleValue();
            if (places == 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                return Math.rint(d);
            }
            return new BigDecimal(Double.toString(d)).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
        }
        BigDecimal r = SqlValues.decimal((Number) x).setScale(places, RoundingMode.HALF_UP);
        return narrow(places < 0 ? r.setScale(0, RoundingMode.UNNECESSARY) : r, x);
    }

    /** An integer argument gives an integer result of its kind (a long when it fits). */
    private static Object narrow(BigDecimal r, Object original) {
        if (original instanceof BigDecimal) {
            return r;
        }
        BigInteger i = r.toBigInteger();
        return i.bitLength() < 64 ? (Object) i.longValue() : i;
    }

    // ---- casts ----

    enum Kind { DECIMAL, INTEGER, BIGINT, DOUBLE, TEXT }

    /** A cast's target: its kind, and for DECIMAL its scale (-1: the value's own). */
    record Target(Kind kind, int scale) {}

    /** The target of a cast to {@code type}, or null when Retort cannot evaluate it after merging. */
    static Target target(DataType type, SqlDialect dialect) {
        if (type.arrayDimensions() > 0) {
            return null;
        }
        String name = type.name();
        List<String> args = type.arguments();
        return switch (name) {
            case "NUMERIC", "DECIMAL", "DEC" -> {
                if (args.size() >= 2) {
                    yield new Target(Kind.DECIMAL, parse(args.get(1)));
                }
                // NUMERIC(p) has scale 0; a bare NUMERIC keeps the value's scale, a bare MySQL DECIMAL has none.
                yield new Target(Kind.DECIMAL, !args.isEmpty() || dialect.isMySqlFamily() ? 0 : -1);
            }
            case "INT", "INTEGER", "INT4", "SMALLINT", "INT2", "MEDIUMINT", "TINYINT" -> new Target(Kind.INTEGER, 0);
            case "BIGINT", "INT8", "SIGNED", "UNSIGNED" -> new Target(Kind.BIGINT, 0);
            case "DOUBLE PRECISION", "DOUBLE", "FLOAT8", "FLOAT", "FLOAT4", "REAL" -> new Target(Kind.DOUBLE, 0);
            case "TEXT", "VARCHAR", "CHARACTER VARYING" -> new Target(Kind.TEXT, 0);
            default -> null; // CHAR pads, dates and the rest: left to the databases
        };
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Object cast(Object v, Target target, SqlDialect dialect) throws SQLException {
        if (v == null) {
            return null;
        }
        if (target.kind() == Kind.TEXT) {
            return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        }
        Object x = number(v instanceof Boolean b ? (b ? 1L : 0L) : v, "CAST");
        return switch (target.kind()) {
            case DOUBLE -> ((Number) x).doubleValue();
            case DECIMAL -> {
                BigDecimal d = floating(x) ? new BigDecimal(x.toString()) : SqlValues.decimal((Number) x);
                yield target.scale() < 0 ? d : d.setScale(target.scale(), RoundingMode.HALF_UP);
            }
            default -> {
                BigDecimal whole;
                if (floating(x)) {
                    double d = ((Number) x).doubleValue();
                    // PostgreSQL (and H2) round a floating value to the nearest even integer, MySQL half away from zero.
                    whole = dialect.isMySqlFamily() ? new BigDecimal(Double.toString(d)).setScale(0, RoundingMode.HALF_UP)
                            : BigDecimal.valueOf(Math.rint(d));
                } else {
                    whole = SqlValues.decimal((Number) x).setScale(0, RoundingMode.HALF_UP);
                }
                try {
                    yield target.kind() == Kind.INTEGER ? (Object) whole.intValueExact() : (Object) whole.longValueExact();
                } catch (ArithmeticException e) {
                    throw new SQLDataException("value " + whole + " is out of range for the cast's "
                            + target.kind().name().toLowerCase(Locale.ROOT) + " type", "22003");
                }
            }
        };
    }
}
