package io.retort.sharding.federation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.Sarg;

/**
 * The filters Calcite offers a table scan, as conditions the scan's SQL can carry: {@code column op
 * value} with a literal or a bound parameter, the parts of an AND, and IN lists. They only narrow
 * what the databases send (a condition on a sharding key routes the scan to its shards); Calcite
 * keeps every filter and checks it again. So a condition is pushed only where each database keeps at
 * least the rows Calcite would: ordering comparisons of text are not pushed (collations sort text
 * differently), equality of text is (a case-insensitive collation keeps more rows, never fewer).
 */
final class Pushdown {

    private Pushdown() {}

    static List<TableSource.Condition> conditions(List<RexNode> filters, List<String> columns, List<SqlTypeName> types,
            DataContext context) {
        List<TableSource.Condition> out = new ArrayList<>();
        for (RexNode f : filters) {
            add(f, columns, types, context, out);
        }
        return out;
    }

    private static void add(RexNode node, List<String> columns, List<SqlTypeName> types, DataContext context,
            List<TableSource.Condition> out) {
        if (!(node instanceof RexCall call)) {
            return;
        }
        if (call.getKind() == SqlKind.AND) {
            for (RexNode operand : call.getOperands()) {
                add(operand, columns, types, context, out);
            }
            return;
        }
        if (call.getKind() == SqlKind.SEARCH) {
            search(call, columns, types, out);
            return;
        }
        String op = operator(call.getKind());
        if (op == null || call.getOperands().size() != 2) {
            return;
        }
        RexNode left = call.getOperands().get(0);
        RexNode right = call.getOperands().get(1);
        if (!(left instanceof RexInputRef) && right instanceof RexInputRef) {
            RexNode swap = left;
            left = right;
            right = swap;
            op = flipped(op);
        }
        if (!(left instanceof RexInputRef ref)) {
            return;
        }
        if (right instanceof RexCall cast && cast.getKind() == SqlKind.CAST && cast.getOperands().get(0) instanceof RexDynamicParam p) {
            right = p; // a parameter Calcite casts to the column's type: the value as bound narrows the same rows
        }
        SqlTypeName type = types.get(ref.getIndex());
        if (!op.equals("=") && !ordered(type)) {
            return;
        }
        Object value = right instanceof RexLiteral literal ? value(literal, type)
                : right instanceof RexDynamicParam p ? parameter(context.get("?" + p.getIndex()), type) : null;
        if (value != null) {
            out.add(new TableSource.Condition(columns.get(ref.getIndex()), op, value));
        }
    }

    /** {@code col IN (a, b, c)}: Calcite writes it as SEARCH over a set of points. */
    private static void search(RexCall call, List<String> columns, List<SqlTypeName> types, List<TableSource.Condition> out) {
        if (!(call.getOperands().get(0) instanceof RexInputRef ref) || !(call.getOperands().get(1) instanceof RexLiteral lit)) {
            return;
        }
        Sarg<?> sarg = lit.getValueAs(Sarg.class);
        if (sarg == null || !sarg.isPoints() || sarg.nullAs != org.apache.calcite.rex.RexUnknownAs.UNKNOWN) {
            return;
        }
        SqlTypeName type = types.get(ref.getIndex());
        List<Object> values = new ArrayList<>();
        for (var range : sarg.rangeSet.asRanges()) {
            Object v = constant(range.lowerEndpoint(), type);
            if (v == null) {
                return;
            }
            values.add(v);
        }
        out.add(new TableSource.Condition(columns.get(ref.getIndex()), "IN", List.copyOf(values)));
    }

    private static String operator(SqlKind kind) {
        return switch (kind) {
            case EQUALS -> "=";
            case NOT_EQUALS -> "<>";
            case LESS_THAN -> "<";
            case LESS_THAN_OR_EQUAL -> "<=";
            case GREATER_THAN -> ">";
            case GREATER_THAN_OR_EQUAL -> ">=";
            default -> null;
        };
    }

    private static String flipped(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }

    /** Types whose order (and inequality) every database agrees on. */
    private static boolean ordered(SqlTypeName type) {
        return SqlTypeFamily.NUMERIC.getTypeNames().contains(type) || type == SqlTypeName.DATE;
    }

    private static Object value(RexLiteral literal, SqlTypeName columnType) {
        return literal.isNull() ? null : constant(literal.getValue(), columnType);
    }

    /** A literal's value (as Calcite keeps it) as a JDBC parameter, or null when it is not one to push. */
    private static Object constant(Comparable<?> value, SqlTypeName columnType) {
        if (SqlTypeFamily.NUMERIC.getTypeNames().contains(columnType) && value instanceof BigDecimal b) {
            return b;
        }
        if ((columnType == SqlTypeName.VARCHAR || columnType == SqlTypeName.CHAR) && value instanceof NlsString s) {
            return s.getValue();
        }
        if (columnType == SqlTypeName.DATE && value instanceof DateString d) {
            return java.sql.Date.valueOf(d.toString());
        }
        if (columnType == SqlTypeName.BOOLEAN && value instanceof Boolean b) {
            return b;
        }
        return null;
    }

    /** A bound parameter's value (as the application bound it), or null when it is not one to push. */
    private static Object parameter(Object value, SqlTypeName columnType) {
        if (SqlTypeFamily.NUMERIC.getTypeNames().contains(columnType) && value instanceof Number) {
            return value;
        }
        if ((columnType == SqlTypeName.VARCHAR || columnType == SqlTypeName.CHAR) && value instanceof String) {
            return value;
        }
        if (columnType == SqlTypeName.BOOLEAN && value instanceof Boolean) {
            return value;
        }
        return null;
    }
}
