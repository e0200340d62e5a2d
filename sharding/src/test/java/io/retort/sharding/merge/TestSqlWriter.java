package io.retort.sharding.merge;

import io.retort.sql.Between;
import io.retort.sql.BinaryOp;
import io.retort.sql.BooleanLiteral;
import io.retort.sql.Case;
import io.retort.sql.ColumnRef;
import io.retort.sql.Expression;
import io.retort.sql.FromItem;
import io.retort.sql.FunctionCall;
import io.retort.sql.InList;
import io.retort.sql.IsNull;
import io.retort.sql.NullLiteral;
import io.retort.sql.NumberLiteral;
import io.retort.sql.OrderItem;
import io.retort.sql.Parameter;
import io.retort.sql.Select;
import io.retort.sql.SelectItem;
import io.retort.sql.Star;
import io.retort.sql.Statement;
import io.retort.sql.StringLiteral;
import io.retort.sql.TableRef;
import io.retort.sql.UnaryOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only SQL text for the SELECTs the merge tests and {@link KeysetStatements} build, for H2.
 * (The driver renders units with the real dialect printers; this module does not depend on them.)
 * Every operation is parenthesized, so precedence never matters. Anything else fails loudly.
 */
final class TestSqlWriter {

    record Rendered(String sql, List<Parameter> parameters) {
    }

    private final StringBuilder sql = new StringBuilder();
    private final List<Parameter> parameters = new ArrayList<>();

    static Rendered render(Statement statement) {
        TestSqlWriter w = new TestSqlWriter();
        if (!(statement instanceof Select s)) {
            throw new IllegalArgumentException("test writer renders SELECT only: " + statement);
        }
        w.select(s);
        return new Rendered(w.sql.toString(), w.parameters);
    }

    private void select(Select s) {
        if (s.with() != null || !s.modifiers().isEmpty() || !s.distinctOn().isEmpty() || !s.windows().isEmpty()
                || !s.locks().isEmpty() || s.into() != null) {
            throw new IllegalArgumentException("unsupported in the test writer: " + s);
        }
        sql.append("SELECT ");
        if (s.distinct()) {
            sql.append("DISTINCT ");
        }
        list(s.items(), this::item);
        if (!s.from().isEmpty()) {
            sql.append(" FROM ");
            list(s.from(), this::from);
        }
        if (s.where() != null) {
            sql.append(" WHERE ");
            expr(s.where());
        }
        if (!s.groupBy().isEmpty()) {
            sql.append(" GROUP BY ");
            list(s.groupBy(), this::expr);
        }
        if (s.having() != null) {
            sql.append(" HAVING ");
            expr(s.having());
        }
        if (!s.orderBy().isEmpty()) {
            sql.append(" ORDER BY ");
            list(s.orderBy(), this::order);
        }
        if (s.limit() != null) {
            if (s.limit().offset() != null) {
                sql.append(" OFFSET ");
                expr(s.limit().offset());
                sql.append(" ROWS");
            }
            if (s.limit().count() != null) {
                sql.append(" FETCH FIRST ");
                expr(s.limit().count());
                sql.append(" ROWS ONLY");
            }
        }
    }

    private <T> void list(List<T> items, java.util.function.Consumer<T> each) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            each.accept(items.get(i));
        }
    }

    private void item(SelectItem item) {
        expr(item.expression());
        if (item.alias() != null) {
            sql.append(" AS ").append(item.alias());
        }
    }

    private void from(FromItem f) {
        if (!(f instanceof TableRef t)) {
            throw new IllegalArgumentException("unsupported FROM item in the test writer: " + f);
        }
        sql.append(t.name());
        if (t.alias() != null) {
            sql.append(" ").append(t.alias());
        }
    }

    private void order(OrderItem o) {
        expr(o.expression());
        if (o.order() != null) {
            sql.append(' ').append(o.order());
        }
        if (o.nulls() != null) {
            sql.append(" NULLS ").append(o.nulls());
        }
    }

    private void expr(Expression e) {
        switch (e) {
            case ColumnRef c -> sql.append(c.qualifier() == null ? "" : c.qualifier() + ".").append(c.column());
            case NumberLiteral n -> sql.append(n.text());
            case StringLiteral s -> sql.append('\'').append(s.value().replace("'", "''")).append('\'');
            case NullLiteral n -> sql.append("NULL");
            case BooleanLiteral b -> sql.append(b.value());
            case Star s -> sql.append(s.qualifier() == null ? "" : s.qualifier() + ".").append('*');
            case Parameter p -> {
                sql.append('?');
                parameters.add(p);
            }
            case BinaryOp b -> {
                sql.append('(');
                expr(b.left());
                sql.append(' ').append(b.operator().symbol()).append(' ');
                expr(b.right());
                sql.append(')');
            }
            case UnaryOp u -> {
                sql.append('(').append(u.operator().symbol()).append(' ');
                expr(u.operand());
                sql.append(')');
            }
            case IsNull n -> {
                sql.append('(');
                expr(n.operand());
                sql.append(n.negated() ? " IS NOT NULL)" : " IS NULL)");
            }
            case Between b -> {
                sql.append('(');
                expr(b.operand());
                sql.append(b.negated() ? " NOT BETWEEN " : " BETWEEN ");
                expr(b.low());
                sql.append(" AND ");
                expr(b.high());
                sql.append(')');
            }
            case InList in -> {
                sql.append('(');
                expr(in.operand());
                sql.append(in.negated() ? " NOT IN (" : " IN (");
                list(in.values(), this::expr);
                sql.append("))");
            }
            case Case c when c.operand() == null -> {
                sql.append("(CASE");
                for (var w : c.whens()) {
                    sql.append(" WHEN ");
                    expr(w.condition());
                    sql.append(" THEN ");
                    expr(w.result());
                }
                if (c.otherwise() != null) {
                    sql.append(" ELSE ");
                    expr(c.otherwise());
                }
                sql.append(" END)");
            }
            case FunctionCall f -> {
                if (f.over() != null || f.filter() != null || !f.orderBy().isEmpty() || !f.withinGroup().isEmpty()) {
                    throw new IllegalArgumentException("unsupported call in the test writer: " + f);
                }
                sql.append(f.name()).append('(');
                if (f.distinct()) {
                    sql.append("DISTINCT ");
                }
                list(f.arguments(), this::expr);
                sql.append(')');
            }
            default -> throw new IllegalArgumentException("unsupported expression in the test writer: " + e);
        }
    }
}
