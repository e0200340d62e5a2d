package io.retort.sharding.route;

import io.retort.sharding.merge.ColumnSlot;
import io.retort.sharding.merge.MergedRow;
import io.retort.sharding.merge.RowExpression;
import io.retort.sharding.merge.RowPredicate;
import io.retort.sql.SqlDialect;
import java.sql.SQLException;
import java.util.List;

/**
 * A small expression over merged rows: what is left of a HAVING clause once its aggregates and
 * group-key expressions became columns of the merged result. SQL's three-valued logic throughout:
 * a NULL operand makes a comparison unknown, and only TRUE keeps a row.
 */
sealed interface MergedExpression {

    Object eval(MergedRow row, Object[] values) throws SQLException;

    /** The predicate with this execution's parameter values. */
    static RowPredicate predicate(MergedExpression e, List<ValueSource> sources, Bindings bindings, SqlDialect dialect)
            throws SQLException {
        Object[] values = new Object[sources.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = sources.get(i).value(bindings);
        }
        return row -> Boolean.TRUE.equals(SqlValues.truth(e.eval(row, values)));
    }

    /** The expression as a computed column's value, with this execution's parameter values. */
    static RowExpression value(MergedExpression e, List<ValueSource> sources, Bindings bindings) throws SQLException {
        Object[] values = new Object[sources.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = sources.get(i).value(bindings);
        }
        return row -> e.eval(row, values);
    }

    record Column(ColumnSlot slot) implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) {
            return row.value(slot);
        }
    }

    /** A literal or parameter: {@code values[index]}, bound per execution. */
    record Value(int index) implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) {
            return values[index];
        }
    }

    /** {@code = <> < <= > >=}; {@code nullSafe} for {@code <=>} / IS NOT DISTINCT FROM ({@code negated}: IS DISTINCT FROM). */
    record Compare(String op, MergedExpression left, MergedExpression right) implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) throws SQLException {
            Object a = left.eval(row, values);
            Object b = right.eval(row, values);
            if (op.equals("<=>") || op.equals("distinct")) {
                boolean same = a == null || b == null ? a == b : SqlValues.compare(a, b) == 0;
                return op.equals("<=>") == same;
            }
            Integer c = SqlValues.compare(a, b);
            if (c == null) {
                return null;
            }
            return switch (op) {
                case "=" -> c == 0;
                case "<>" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }
    }

    record And(MergedExpression left, MergedExpression right) implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) throws SQLException {
            Boolean a = SqlValues.truth(left.eval(row, values));
            if (Boolean.FALSE.equals(a)) {
                return false;
            }
            Boolean b = SqlValues.truth(right.eval(row, values));
            if (Boolean.FALSE.equals(b)) {
                return false;
            }
            return a == null || b == null ? null : true;
        }
    }

    record Or(MergedExpression left, MergedExpression right) implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) throws SQLException {
            Boolean a = SqlValues.truth(left.eval(row, values));
            if (Boolean.TRUE.equals(a)) {
                return true;
            }
            Boolean b = SqlValues.truth(right.eval(row, values));
            if (Boolean.TRUE.equals(b)) {
                return true;
            }
            return a == null || b == null ? null : false;
        }
    }

    record Xor(MergedExpression left, MergedExpression right) implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) throws SQLException {
            Boolean a = SqlValues.truth(left.eval(row, values));
            Boolean b = SqlValues.truth(right.eval(row, values));
            return a == null || b == null ? null : a ^ b;
        }
    }

    record Not(MergedExpression operand) implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) throws SQLException {
            Boolean a = SqlValues.truth(operand.eval(row, values));
            return a == null ? null : !a;
        }
    }

    record Arithmetic(char op, MergedExpression left, MergedExpression right, SqlDialect dialect) implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) throws SQLException {
            return SqlValues.arithmetic(op, left.eval(row, values), right.eval(row, values), dialect);
        }
    }

    record Negate(MergedExpression operand) implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) throws SQLException {
            return SqlValues.negate(operand.eval(row, values));
        }
    }

    record IsNull(MergedExpression operand, boolean negated) implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) throws SQLException {
            return (operand.eval(row, values) == null) != negated;
        }
    }

    /** {@code x IS [NOT] TRUE|FALSE|UNKNOWN}: never NULL. */
    record IsTruth(MergedExpression operand, Boolean value, boolean negated) implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) throws SQLException {
            Boolean t = SqlValues.truth(operand.eval(row, values));
            boolean is = value == null ? t == null : value.equals(t);
            return is != negated;
        }
    }

    /** {@code x [NOT] IN (a, b, ...)}: TRUE on a match, else NULL if x or an element is NULL, else FALSE. */
    record In(MergedExpression operand, List<MergedExpression> list, boolean negated) implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) throws SQLException {
            Object x = operand.eval(row, values);
            if (x == null) {
                return null;
            }
            boolean unknown = false;
            for (MergedExpression e : list) {
                Integer c = SqlValues.compare(x, e.eval(row, values));
                if (c == null) {
                    unknown = true;
                } else if (c == 0) {
                    return !negated;
                }
            }
            return unknown ? null : negated;
        }
    }

    record Between(MergedExpression operand, MergedExpression low, MergedExpression high, boolean negated)
            implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) throws SQLException {
            Object x = operand.eval(row, values);
            Integer lo = SqlValues.compare(x, low.eval(row, values));
            Integer hi = SqlValues.compare(x, high.eval(row, values));
            Boolean above = lo == null ? null : lo >= 0;
            Boolean below = hi == null ? null : hi <= 0;
            Boolean in;
            if (Boolean.FALSE.equals(above) || Boolean.FALSE.equals(below)) {
                in = false;
            } else if (above == null || below == null) {
                in = null;
            } else {
                in = true;
            }
            return in == null ? null : in != negated;
        }
    }

    /** {@code CASE [operand] WHEN ... THEN ... [ELSE ...] END}; {@code operand} null for the searched form. */
    record CaseWhen(MergedExpression operand, List<MergedExpression> whens, List<MergedExpression> thens,
            MergedExpression otherwise) implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) throws SQLException {
            Object subject = operand == null ? null : operand.eval(row, values);
            for (int i = 0; i < whens.size(); i++) {
                Object w = whens.get(i).eval(row, values);
                boolean match = operand == null ? Boolean.TRUE.equals(SqlValues.truth(w))
                        : Integer.valueOf(0).equals(SqlValues.compare(subject, w));
                if (match) {
                    return thens.get(i).eval(row, values);
                }
            }
            return otherwise == null ? null : otherwise.eval(row, values);
        }
    }

    /** A scalar function of merged values ({@link ScalarFunctions}). */
    record Function(String name, List<MergedExpression> arguments, SqlDialect dialect) implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) throws SQLException {
            return ScalarFunctions.call(name, arguments, row, values, dialect);
        }
    }

    /** {@code CAST(x AS type)} / {@code x::type} to a number or text type ({@link ScalarFunctions#cast}). */
    record CastTo(MergedExpression operand, ScalarFunctions.Target target, SqlDialect dialect) implements MergedExpression {
        @Override
        public Object eval(MergedRow row, Object[] values) throws SQLException {
            return ScalarFunctions.cast(operand.eval(row, values), target, dialect);
        }
    }
}
