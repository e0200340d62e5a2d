package io.retort.sharding.route;

import io.retort.sql.ArrayConstructor;
import io.retort.sql.Between;
import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.BooleanLiteral;
import io.retort.sql.ColumnRef;
import io.retort.sql.Expression;
import io.retort.sql.InList;
import io.retort.sql.IsDistinctFrom;
import io.retort.sql.Quantified;
import io.retort.sql.Quantifier;
import io.retort.sql.RowValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a WHERE (or ON) clause into a {@link KeyFormula}: {@code =}, {@code IN}, {@code BETWEEN},
 * {@code < <= > >=}, {@code IS NOT DISTINCT FROM}, {@code = ANY(array)}, row values, with the
 * column on either side; AND and OR combine; anything else (NOT, a non-key column, an expression
 * the router cannot evaluate) is TRUE.
 */
final class ConditionExtractor {

    /** A sharding column of a table occurrence that a column reference denotes. */
    record KeyRef(int occurrence, String column) {}

    /** Resolves a column reference to the key columns it denotes in the current query block (none if it is not a key). */
    interface KeyResolver {
        List<KeyRef> resolve(ColumnRef column);
    }

    private final KeyResolver resolver;

    ConditionExtractor(KeyResolver resolver) {
        this.resolver = resolver;
    }

    KeyFormula extract(Expression e) {
        if (e == null) {
            return KeyFormula.TRUE;
        }
        return switch (e) {
            case BinaryOp b when b.operator() == BinaryOperator.AND -> extract(b.left()).and(extract(b.right()));
            case BinaryOp b when b.operator() == BinaryOperator.OR -> extract(b.left()).or(extract(b.right()));
            case BinaryOp b when b.operator().isComparison() -> comparison(b.left(), b.operator(), b.right());
            case IsDistinctFrom d when d.negated() -> comparison(d.left(), BinaryOperator.NULL_SAFE_EQUALS, d.right());
            case InList in when !in.negated() -> inList(in);
            case Between b when !b.negated() && !b.symmetric() -> between(b);
            case Quantified q when q.operator() == BinaryOperator.EQUALS && q.quantifier() != Quantifier.ALL -> any(q);
            case BooleanLiteral b -> b.value() ? KeyFormula.TRUE : KeyFormula.FALSE;
            default -> KeyFormula.TRUE;
        };
    }

    private KeyFormula comparison(Expression left, BinaryOperator op, Expression right) {
        if (left instanceof RowValue l && right instanceof RowValue r && l.values().size() == r.values().size()) {
            return rowComparison(l, op, r);
        }
        if (left instanceof ColumnRef c) {
            ValueSource v = ValueSource.of(right);
            if (v != null) {
                return atoms(c, part(op, v));
            }
        }
        if (right instanceof ColumnRef c) {
            ValueSource v = ValueSource.of(left);
            if (v != null) {
                return atoms(c, part(flip(op), v));
            }
        }
        return KeyFormula.TRUE;
    }

    /** {@code (a, b) = (1, 2)} is {@code a = 1 AND b = 2}; {@code (a, b) > (1, 2)} implies {@code a >= 1}. */
    private KeyFormula rowComparison(RowValue left, BinaryOperator op, RowValue right) {
        switch (op) {
            case EQUALS, NULL_SAFE_EQUALS -> {
                KeyFormula f = KeyFormula.TRUE;
                for (int i = 0; i < left.values().size(); i++) {
                    f = f.and(comparison(left.values().get(i), op, right.values().get(i)));
                }
                return f;
            }
            case LESS_THAN, LESS_OR_EQUAL -> {
                return comparison(left.values().get(0), BinaryOperator.LESS_OR_EQUAL, right.values().get(0));
            }
            case GREATER_THAN, GREATER_OR_EQUAL -> {
                return comparison(left.values().get(0), BinaryOperator.GREATER_OR_EQUAL, right.values().get(0));
            }
            default -> {
                return KeyFormula.TRUE;
            }
        }
    }

    private KeyFormula inList(InList in) {
        if (in.operand() instanceof RowValue row) {
            KeyFormula f = KeyFormula.FALSE;
            for (Expression v : in.values()) {
                if (!(v instanceof RowValue r) || r.values().size() != row.values().size()) {
                    return KeyFormula.TRUE;
                }
                f = f.or(comparison(row, BinaryOperator.EQUALS, r));
            }
            return f;
        }
        if (!(in.operand() instanceof ColumnRef c)) {
            return KeyFormula.TRUE;
        }
        List<ValueSource> values = new ArrayList<>(in.values().size());
        for (Expression v : in.values()) {
            ValueSource s = ValueSource.of(v);
            if (s == null) {
                return KeyFormula.TRUE;
            }
            values.add(s);
        }
        return atoms(c, new KeyAtom.In(values));
    }

    private KeyFormula between(Between b) {
        if (!(b.operand() instanceof ColumnRef c)) {
            return KeyFormula.TRUE;
        }
        ValueSource low = ValueSource.of(b.low());
        ValueSource high = ValueSource.of(b.high());
        if (low == null && high == null) {
            return KeyFormula.TRUE;
        }
        // One evaluable bound still narrows: k BETWEEN ? AND f(x) implies k >= ?.
        return atoms(c, new KeyAtom.Range(low, low != null, high, high != null));
    }

    private KeyFormula any(Quantified q) {
        if (!(q.left() instanceof ColumnRef c)) {
            return KeyFormula.TRUE;
        }
        if (q.right() instanceof ArrayConstructor array) {
            List<ValueSource> values = new ArrayList<>();
            for (Expression v : array.elements()) {
                ValueSource s = ValueSource.of(v);
                if (s == null) {
                    return KeyFormula.TRUE;
                }
                values.add(s);
            }
            return atoms(c, new KeyAtom.In(values));
        }
        ValueSource s = ValueSource.of(q.right());
        return s == null ? KeyFormula.TRUE : atoms(c, new KeyAtom.AnyOf(s));
    }

    private KeyFormula atoms(ColumnRef column, KeyAtom.Part part) {
        if (part == null) {
            return KeyFormula.TRUE;
        }
        List<KeyRef> refs = resolver.resolve(column);
        KeyFormula f = KeyFormula.TRUE;
        for (KeyRef r : refs) {
            f = f.and(KeyFormula.of(new KeyAtom(r.occurrence(), r.column(), part)));
        }
        return f;
    }

    private static KeyAtom.Part part(BinaryOperator op, ValueSource v) {
        return switch (op) {
            case EQUALS -> new KeyAtom.Equal(v, false);
            case NULL_SAFE_EQUALS -> new KeyAtom.Equal(v, true);
            case LESS_THAN -> new KeyAtom.Range(null, false, v, false);
            case LESS_OR_EQUAL -> new KeyAtom.Range(null, false, v, true);
            case GREATER_THAN -> new KeyAtom.Range(v, false, null, false);
            case GREATER_OR_EQUAL -> new KeyAtom.Range(v, true, null, false);
            default -> null;
        };
    }

    private static BinaryOperator flip(BinaryOperator op) {
        return switch (op) {
            case LESS_THAN -> BinaryOperator.GREATER_THAN;
            case LESS_OR_EQUAL -> BinaryOperator.GREATER_OR_EQUAL;
            case GREATER_THAN -> BinaryOperator.LESS_THAN;
            case GREATER_OR_EQUAL -> BinaryOperator.LESS_OR_EQUAL;
            default -> op;
        };
    }
}
