package io.retort.sharding.route;

import io.retort.sharding.KeyType;
import io.retort.sql.BooleanLiteral;
import io.retort.sql.Cast;
import io.retort.sql.Expression;
import io.retort.sql.NullLiteral;
import io.retort.sql.NumberLiteral;
import io.retort.sql.Parameter;
import io.retort.sql.StringLiteral;
import io.retort.sql.TypedLiteral;
import io.retort.sql.UnaryOp;
import io.retort.sql.UnaryOperator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Where a value the router needs comes from: a literal (decoded once, when the statement is
 * prepared) or a parameter (read at each execution), possibly under a cast or a sign.
 */
sealed interface ValueSource {

    Object value(Bindings bindings) throws SQLException;

    record Constant(Object value) implements ValueSource {
        @Override
        public Object value(Bindings bindings) {
            return value;
        }
    }

    record Param(int index) implements ValueSource {
        @Override
        public Object value(Bindings bindings) throws SQLException {
            return bindings.get(index);
        }
    }

    /** {@code CAST(x AS BIGINT)}, {@code '42'::int}: the value converted like a key of that type. */
    record Converted(ValueSource source, KeyType type) implements ValueSource {
        @Override
        public Object value(Bindings bindings) throws SQLException {
            Object v = source.value(bindings);
            return v == null ? null : type.coerce(v);
        }
    }

    /** {@code -x}. */
    record Negated(ValueSource source) implements ValueSource {
        @Override
        public Object value(Bindings bindings) throws SQLException {
            return negate(source.value(bindings));
        }
    }

    /** The source of an expression, or null when the router cannot know its value before running it. */
    static ValueSource of(Expression e) {
        return switch (e) {
            case Parameter p -> p.name() != null && p.name().startsWith("retort_") ? null : new Param(p.index());
            case NumberLiteral n -> number(n.text());
            case StringLiteral s -> new Constant(s.value());
            case BooleanLiteral b -> new Constant(b.value());
            case NullLiteral n -> new Constant(null);
            case TypedLiteral t -> typed(t);
            case Cast c -> {
                ValueSource inner = of(c.operand());
                KeyType type = keyType(c.type().name());
                yield inner == null || type == null ? null : new Converted(inner, type);
            }
            case UnaryOp u when u.operator() == UnaryOperator.MINUS -> {
                ValueSource inner = of(u.operand());
                yield inner == null ? null : new Negated(inner);
            }
            case UnaryOp u when u.operator() == UnaryOperator.PLUS -> of(u.operand());
            default -> null;
        };
    }

    /** The Java value of a literal number: {@code Long} (or {@code BigInteger}) for integers, {@code BigDecimal} otherwise. */
    static ValueSource number(String text) {
        try {
            if (text.chars().allMatch(ch -> ch == '-' || ch == '+' || Character.isDigit(ch))) {
                BigInteger b = new BigInteger(text);
                return new Constant(b.bitLength() < 64 ? (Object) b.longValue() : b);
            }
            return new Constant(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return null; // 0x1F, 1_000 and other spellings: not a routable value
        }
    }

    private static ValueSource typed(TypedLiteral t) {
        String type = t.type().name();
        try {
            if (type.equals("DATE")) {
                return new Constant(LocalDate.parse(t.value().trim()));
            }
            if (type.equals("TIME")) {
                return new Constant(LocalTime.parse(t.value().trim()));
            }
            if (type.equals("TIMESTAMP") || type.equals("DATETIME")) {
                return new Constant(KeyType.TIMESTAMP.coerce(t.value()));
            }
        } catch (DateTimeParseException | SQLException e) {
            return null;
        }
        KeyType k = keyType(type);
        return k == null ? null : new Converted(new Constant(t.value()), k);
    }

    /** The key type a SQL cast converts to, or null for types the router does not convert. */
    static KeyType keyType(String sqlType) {
        String t = sqlType.toUpperCase(Locale.ROOT);
        return switch (t) {
            case "INT", "INTEGER", "BIGINT", "SMALLINT", "TINYINT", "MEDIUMINT", "INT2", "INT4", "INT8", "SIGNED",
                    "UNSIGNED", "SIGNED INTEGER", "UNSIGNED INTEGER" -> KeyType.INTEGER;
            case "NUMERIC", "DECIMAL", "DEC" -> KeyType.DECIMAL;
            case "VARCHAR", "CHAR", "TEXT", "CHARACTER", "CHARACTER VARYING", "NVARCHAR", "NCHAR", "STRING" -> KeyType.STRING;
            case "UUID" -> KeyType.UUID;
            case "DATE" -> KeyType.DATE;
            case "TIME" -> KeyType.TIME;
            case "TIMESTAMP", "DATETIME", "TIMESTAMP WITHOUT TIME ZONE" -> KeyType.TIMESTAMP;
            default -> null;
        };
    }

    private static Object negate(Object v) throws SQLException {
        return switch (v) {
            case null -> null;
            case Long l -> l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
            case Integer i -> -(long) i;
            case Short s -> -(long) s;
            case Byte b -> -(long) b;
            case BigInteger b -> b.negate();
            case BigDecimal d -> d.negate();
            case Double d -> -d;
            case Float f -> -f;
            default -> throw RouteErrors.invalidValue("Cannot negate " + v.getClass().getSimpleName() + " value " + v
                    + " for routing; pass the negative number itself");
        };
    }
}
