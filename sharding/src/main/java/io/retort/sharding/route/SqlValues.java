package io.retort.sharding.route;

import io.retort.sql.SqlDialect;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;

/**
 * SQL value semantics for merged rows (HAVING after the merge): comparison, arithmetic and truth
 * with NULLs, on the JDBC objects the shards return. Numbers of any Java type compare and compute
 * by value; integer division and division by zero follow the application's dialect.
 */
final class SqlValues {
    private SqlValues() {}

    /** {@code a <=> b}: negative, zero, positive, or null when either is NULL. */
    static Integer compare(Object a, Object b) throws SQLException {
        if (a == null || b == null) {
            return null;
        }
        if (a instanceof Number x && b instanceof Number y) {
            if (isFloating(x) || isFloating(y)) {
                return Double.compare(x.doubleValue(), y.doubleValue());
            }
            return decimal(x).compareTo(decimal(y));
        }
        if (a instanceof Number x && b instanceof CharSequence s) {
            return decimal(x).compareTo(parse(s, b));
        }
        if (a instanceof CharSequence s && b instanceof Number y) {
            return parse(s, a).compareTo(decimal(y));
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return Integer.signum(x.toString().compareTo(y.toString()));
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        Object ta = temporal(a);
        Object tb = temporal(b);
        if (ta != null && tb != null && ta.getClass() == tb.getClass() && ta instanceof Comparable<?>) {
            @SuppressWarnings("unchecked")
            Comparable<Object> c = (Comparable<Object>) ta;
            return Integer.signum(c.compareTo(tb));
        }
        if (a.getClass() == b.getClass() && a instanceof Comparable<?>) {
            @SuppressWarnings("unchecked")
            Comparable<Object> c = (Comparable<Object>) a;
            return Integer.signum(c.compareTo(b));
        }
        throw new SQLDataException("Cannot compare " + describe(a) + " with " + describe(b)
                + " in a HAVING clause evaluated after merging shards; compare values of one type (CAST one side)", "22018");
    }

    /** The truth of a value: TRUE, FALSE or null (unknown); numbers are true when not zero, as in MySQL. */
    static Boolean truth(Object v) throws SQLException {
        return switch (v) {
            case null -> null;
            case Boolean b -> b;
            case Number n -> isFloating(n) ? n.doubleValue() != 0 : decimal(n).signum() != 0;
            default -> throw new SQLDataException("A HAVING condition evaluated to " + describe(v)
                    + ", which is not a truth value", "22018");
        };
    }

    static Object negate(Object v) throws SQLException {
        return arithmetic('-', 0L, v, SqlDialect.POSTGRESQL);
    }

    /** {@code a op b} for {@code + - * / %}; NULL in, NULL out. */
    static Object arithmetic(char op, Object a, Object b, SqlDialect dialect) throws SQLException {
        if (a == null || b == null) {
            return null;
        }
        if (a instanceof CharSequence s) {
            a = parse(s, a);
        }
        if (b instanceof CharSequence s) {
            b = parse(s, b);
        }
        if (!(a instanceof Number x) || !(b instanceof Number y)) {
            throw new SQLDataException("Cannot compute " + describe(a) + " " + op + " " + describe(b)
                    + " in a HAVING clause evaluated after merging shards", "22018");
        }
        if (isFloating(x) || isFloating(y)) {
            double p = x.doubleValue();
            double q = y.doubleValue();
            if ((op == '/' || op == '%') && q == 0) {
                return divisionByZero(dialect);
            }
            return switch (op) {
                case '+' -> p + q;
                case '-' -> p - q;
                case '*' -> p * q;
                case '/' -> p / q;
                default -> p % q;
            };
        }
        BigDecimal p = decimal(x);
        BigDecimal q = decimal(y);
        boolean integral = isIntegral(x) && isIntegral(y);
        if ((op == '/' || op == '%') && q.signum() == 0) {
            return divisionByZero(dialect);
        }
        BigDecimal r = switch (op) {
            case '+' -> p.add(q);
            case '-' -> p.subtract(q);
            case '*' -> p.multiply(q);
            case '%' -> p.remainder(q);
            default -> {
                if (integral && !dialect.isMySqlFamily()) {
                    // PostgreSQL, H2 and SQLite divide integers to an integer, truncating toward zero.
                    yield p.divideToIntegralValue(q);
                }
                // MySQL's "/" is exact division with 4 more decimal digits (div_precision_increment).
                int scale = Math.max(p.scale(), 0) + 4;
                yield dialect.isMySqlFamily() ? p.divide(q, scale, RoundingMode.HALF_UP) : p.divide(q, MathContext.DECIMAL128);
            }
        };
        if (integral && op != '/' || integral && !dialect.isMySqlFamily()) {
            BigInteger i = r.toBigIntegerExact();
            return i.bitLength() < 64 ? (Object) i.longValue() : i;
        }
        return r;
    }

    private static Object divisionByZero(SqlDialect dialect) throws SQLException {
        if (dialect == SqlDialect.POSTGRESQL || dialect == SqlDialect.H2 || dialect == SqlDialect.ANSI
                || dialect == SqlDialect.ORACLE || dialect == SqlDialect.SQLSERVER) {
            throw new SQLDataException("division by zero in a HAVING clause evaluated after merging shards", "22012");
        }
        return null; // MySQL, MariaDB and SQLite give NULL
    }

    private static boolean isFloating(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte || n instanceof BigInteger;
    }

    static BigDecimal decimal(Number n) {
        return switch (n) {
            case BigDecimal d -> d;
            case BigInteger b -> new BigDecimal(b);
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            default -> new BigDecimal(n.toString());
        };
    }

    private static BigDecimal parse(CharSequence s, Object original) throws SQLException {
        try {
            return new BigDecimal(s.toString().trim());
        } catch (NumberFormatException e) {
            throw new SQLDataException("Cannot use " + describe(original) + " as a number in a HAVING clause evaluated after"
                    + " merging shards", "22018");
        }
    }

    /** java.sql date/time values as java.time, so both kinds compare. */
    private static Object temporal(Object v) {
        return switch (v) {
            case java.sql.Timestamp t -> t.toLocalDateTime();
            case java.sql.Date d -> d.toLocalDate();
            case java.sql.Time t -> t.toLocalTime();
            case OffsetDateTime o -> o.toInstant();
            case LocalDate d -> d;
            case LocalDateTime t -> t;
            case Temporal t -> t;
            default -> null;
        };
    }

    private static String describe(Object v) {
        return v instanceof CharSequence ? "'" + v + "' (" + v.getClass().getSimpleName() + ")"
                : v + " (" + v.getClass().getSimpleName() + ")";
    }
}
