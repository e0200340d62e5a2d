package io.retort.dialect;

import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.Expression;
import io.retort.sql.InList;
import io.retort.sql.RowValue;
import io.retort.sql.UnaryOp;
import io.retort.sql.UnaryOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * Row values for databases without them (SQL Server): {@code (a, b) IN ((1, 2), (3, 4))} is
 * {@code a = 1 AND b = 2 OR a = 3 AND b = 4}. Row equality and the AND of the column equalities agree
 * in three-valued logic (false if any pair differs, unknown if none differs and one is NULL).
 */
final class RowValueExpansion {

    private RowValueExpansion() {
    }

    static void inList(RenderContext ctx, RowValue row, InList in) {
        List<Expression> disjuncts = new ArrayList<>(in.values().size());
        for (Expression v : in.values()) {
            if (!(v instanceof RowValue r) || r.values().size() != row.values().size()) {
                throw new UnsupportedConstruct("a row value IN (...) whose items are not rows of the same size", "");
            }
            Expression conjunction = null;
            for (int i = 0; i < r.values().size(); i++) {
                Expression eq = new BinaryOp(row.values().get(i), BinaryOperator.EQUALS, r.values().get(i));
                conjunction = conjunction == null ? eq : new BinaryOp(conjunction, BinaryOperator.AND, eq);
            }
            disjuncts.add(conjunction);
        }
        Expression result = null;
        for (Expression d : disjuncts) {
            result = result == null ? d : new BinaryOp(result, BinaryOperator.OR, d);
        }
        if (in.negated()) {
            result = new UnaryOp(UnaryOperator.NOT, result);
        }
        ctx.append('(').expression(result).append(')');
    }
}
