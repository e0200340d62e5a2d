package io.retort.sharding.route;

import io.retort.sql.Expression;
import io.retort.sql.Limit;
import io.retort.sql.NumberLiteral;
import io.retort.sql.Parameter;
import io.retort.sql.ParameterKind;
import java.math.BigDecimal;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.Map;

/**
 * A query's LIMIT/OFFSET across shards: the merger skips {@code offset} rows and keeps
 * {@code limit}; each shard is asked for {@code offset + limit} rows from the start (when the rows
 * of one shard are final, i.e. not merged into groups), with a literal when both were literals and
 * a {@code retort_limit} parameter when either was a parameter.
 *
 * @param count the LIMIT / FETCH count, or null
 * @param offset the OFFSET, or null
 * @param pushDown whether shards get {@code LIMIT offset + limit}
 */
record LimitPlan(ValueSource count, ValueSource offset, boolean pushDown) {
    static final String PARAMETER = "retort_limit";
    static final LimitPlan NONE = new LimitPlan(null, null, false);

    static LimitPlan of(Limit limit, boolean pushDown) throws SQLException {
        if (limit == null) {
            return NONE;
        }
        return new LimitPlan(source(limit.count(), "LIMIT"), source(limit.offset(), "OFFSET"), pushDown);
    }

    private static ValueSource source(Expression e, String clause) throws SQLException {
        if (e == null) {
            return null;
        }
        ValueSource s = ValueSource.of(e);
        if (s == null) {
            throw RouteErrors.unsupported("The " + clause + " of a query over several shards must be a number or a parameter;"
                    + " Retort cannot evaluate " + e.getClass().getSimpleName() + " there");
        }
        return s;
    }

    /** The shard's LIMIT clause: null (all rows), a literal, or the {@value #PARAMETER} parameter. */
    Limit shardLimit() {
        if (!pushDown || count == null) {
            return null;
        }
        if (count instanceof ValueSource.Constant c && (offset == null || offset instanceof ValueSource.Constant)) {
            try {
                long sum = value(c.value(), "LIMIT") + (offset == null ? 0 : value(((ValueSource.Constant) offset).value(), "OFFSET"));
                return new Limit(new NumberLiteral(Long.toString(sum)), null, false);
            } catch (SQLException e) {
                // a bad literal is reported when the statement runs (route time), like a bad parameter
            }
        }
        return new Limit(new Parameter(ParameterKind.NAMED, 0, PARAMETER), null, false);
    }

    /** Whether the shard LIMIT is the {@value #PARAMETER} parameter. */
    boolean usesParameter() {
        Limit l = shardLimit();
        return l != null && l.count() instanceof Parameter;
    }

    long offset(Bindings b) throws SQLException {
        return offset == null ? 0 : value(offset.value(b), "OFFSET");
    }

    long limit(Bindings b) throws SQLException {
        if (count == null) {
            return -1;
        }
        Object v = count.value(b);
        return v == null ? -1 : value(v, "LIMIT"); // LIMIT NULL is no limit
    }

    /** Adds the shard limit's parameter value, if it has one. */
    void bind(Bindings b, Map<String, Object> extra) throws SQLException {
        if (usesParameter()) {
            long l = limit(b);
            extra.put(PARAMETER, l < 0 ? Long.MAX_VALUE : Math.addExact(l, offset(b)));
        }
    }

    private static long value(Object v, String clause) throws SQLException {
        if (v == null) {
            return 0;
        }
        try {
            BigDecimal d = v instanceof Number n ? SqlValues.decimal(n) : new BigDecimal(v.toString().trim());
            long l = d.longValueExact();
            if (l < 0) {
                throw new SQLDataException(clause + " must not be negative, got " + l,
                        clause.equals("LIMIT") ? "2201W" : "2201X");
            }
            return l;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new SQLDataException(clause + " must be a whole number, got " + v, clause.equals("LIMIT") ? "2201W" : "2201X");
        }
    }
}
