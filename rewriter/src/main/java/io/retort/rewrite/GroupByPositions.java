package io.retort.rewrite;

import io.retort.dialect.Capability;
import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GROUP BY 1}: the first select item in PostgreSQL, MySQL and SQLite; a constant in H2 (every row
 * in one group), an error in Oracle and SQL Server. Where the target does not read positions, each
 * position becomes the select item's expression (an item with a parameter, whose copy would be a
 * different parameter to the database, is named by its alias on H2 and refused elsewhere). From H2, a
 * number in GROUP BY is a constant, which the others would read as a position: it is refused.
 */
final class GroupByPositions implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        boolean source = t.source(Capability.GROUP_BY_POSITION);
        boolean target = t.target(Capability.GROUP_BY_POSITION);
        if (source == target || !t.features().groupByPosition()) {
            return statement;
        }
        return statement.transform(n -> n instanceof Select s && hasPosition(s) ? resolve(s, source, t) : n);
    }

    private static boolean hasPosition(Select s) {
        for (Expression e : s.groupBy()) {
            if (e instanceof NumberLiteral) {
                return true;
            }
        }
        return false;
    }

    private static Select resolve(Select s, boolean sourceReadsPositions, Translation t) {
        List<Expression> groupBy = new ArrayList<>(s.groupBy().size());
        for (Expression e : s.groupBy()) {
            if (!(e instanceof NumberLiteral n)) {
                groupBy.add(e);
                continue;
            }
            if (!sourceReadsPositions) {
                throw new UnsupportedConstruct("GROUP BY " + n.text(), t.source.productName() + " reads it as a constant,"
                        + " " + t.target.productName() + " as the position of a select item; leave the constant out");
            }
            groupBy.add(item(s, n, t));
        }
        return new Select(s.with(), s.modifiers(), s.distinct(), s.distinctOn(), s.items(), s.into(), s.from(), s.where(),
                groupBy, s.withRollup(), s.having(), s.windows(), s.orderBy(), s.limit(), s.locks(), s.comments());
    }

    /** The select item at position {@code n}, as an expression the target groups by. */
    private static Expression item(Select s, NumberLiteral n, Translation t) {
        Long position = Trees.integerValue(n);
        if (position == null || position < 1 || position > s.items().size()) {
            throw new UnsupportedConstruct("GROUP BY " + n.text(), "the select list has " + s.items().size() + " items");
        }
        SelectItem item = s.items().get((int) (position - 1));
        Expression e = item.expression();
        if (e instanceof Star) {
            throw new UnsupportedConstruct("GROUP BY " + n.text() + " naming " + Trees.describe(e),
                    "name the column instead");
        }
        if (!e.findAll(Parameter.class).isEmpty()) {
            if (item.alias() != null && t.targetIs(SqlDialect.H2)) {
                return new ColumnRef(null, item.alias());
            }
            throw new UnsupportedConstruct("GROUP BY " + n.text() + " naming an expression with a parameter",
                    "repeated, it would be another parameter to " + t.target.productName()
                            + "; group by the expression without the parameter, or by a column");
        }
        return e;
    }
}
