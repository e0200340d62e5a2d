package io.retort.events.builtin;

import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;

/**
 * A small SQL printer for the tests of this module (which must not depend on the rewriter): prints
 * the subset of the model the tests build, in SQL that H2 runs, with every operator parenthesized,
 * and records which source parameter each {@code ?} binds. It fails loudly on anything else.
 */
final class TestSql {

    /** SQL text and the parameter behind each {@code ?}, in order. */
    record Printed(String sql, List<Parameter> bindings) {}

    private final StringBuilder sb = new StringBuilder();
    private final List<Parameter> bindings = new ArrayList<>();

    private TestSql() {}

    static Printed print(Statement s) {
        TestSql p = new TestSql();
        p.statement(s);
        return new Printed(p.sb.toString(), List.copyOf(p.bindings));
    }

    static String sql(Statement s) {
        return print(s).sql();
    }

    private void statement(Statement s) {
        switch (s) {
            case Select q -> select(q);
            case SetOperation q -> setOperation(q);
            case Values v -> values(v);
            case Insert i -> insert(i);
            case Update u -> update(u);
            case Delete d -> delete(d);
            default -> throw new IllegalArgumentException("TestSql cannot print " + s.getClass().getSimpleName());
        }
    }

    private void with(With w) {
        if (w == null) {
            return;
        }
        sb.append(w.recursive() ? "WITH RECURSIVE " : "WITH ");
        for (int i = 0; i < w.ctes().size(); i++) {
            Cte c = w.ctes().get(i);
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(c.name());
            if (!c.columns().isEmpty()) {
                sb.append('(');
                identifiers(c.columns());
                sb.append(')');
            }
            sb.append(" AS (");
            statement(c.statement());
            sb.append(')');
        }
        sb.append(' ');
    }

    private void select(Select s) {
        with(s.with());
        sb.append("SELECT ");
        if (s.distinct()) {
            sb.append("DISTINCT ");
        }
        for (int i = 0; i < s.items().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            SelectItem item = s.items().get(i);
            expression(item.expression());
            if (item.alias() != null) {
                sb.append(" AS ").append(item.alias());
            }
        }
        if (!s.from().isEmpty()) {
            sb.append(" FROM ");
            for (int i = 0; i < s.from().size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                fromItem(s.from().get(i));
            }
        }
        where(s.where());
        if (!s.groupBy().isEmpty()) {
            sb.append(" GROUP BY ");
            expressions(s.groupBy());
        }
        if (s.having() != null) {
            sb.append(" HAVING ");
            expression(s.having());
        }
        orderBy(s.orderBy());
        limit(s.limit());
        for (LockClause l : s.locks()) {
            sb.append(" FOR UPDATE");
        }
    }

    private void setOperation(SetOperation s) {
        with(s.with());
        sb.append('(');
        statement(s.left());
        sb.append(") ").append(s.operator()).append(s.all() ? " ALL" : "").append(" (");
        statement(s.right());
        sb.append(')');
        orderBy(s.orderBy());
        limit(s.limit());
    }

    private void values(Values v) {
        with(v.with());
        sb.append("VALUES ");
        for (int i = 0; i < v.rows().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append('(');
            expressions(v.rows().get(i).values());
            sb.append(')');
        }
    }

    private void insert(Insert i) {
        with(i.with());
        sb.append("INSERT INTO ");
        tableRef(i.table());
        if (!i.columns().isEmpty()) {
            sb.append(" (");
            for (int k = 0; k < i.columns().size(); k++) {
                if (k > 0) {
                    sb.append(", ");
                }
                sb.append(i.columns().get(k).column());
            }
            sb.append(')');
        }
        sb.append(' ');
        switch (i.source()) {
            case Query q -> statement(q);
            case DefaultValues d -> sb.append("DEFAULT VALUES");
            case InsertSet set -> throw new IllegalArgumentException("TestSql cannot print INSERT ... SET");
        }
        if (!i.onDuplicateKeyUpdate().isEmpty()) {
            sb.append(" ON DUPLICATE KEY UPDATE ");
            assignments(i.onDuplicateKeyUpdate());
        }
    }

    private void update(Update u) {
        with(u.with());
        sb.append("UPDATE ");
        for (int i = 0; i < u.tables().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            fromItem(u.tables().get(i));
        }
        sb.append(" SET ");
        assignments(u.set());
        if (!u.from().isEmpty()) {
            sb.append(" FROM ");
            for (int i = 0; i < u.from().size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                fromItem(u.from().get(i));
            }
        }
        where(u.where());
    }

    private void delete(Delete d) {
        with(d.with());
        sb.append("DELETE FROM ");
        for (int i = 0; i < d.from().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            fromItem(d.from().get(i));
        }
        where(d.where());
    }

    private void assignments(List<Assignment> set) {
        for (int i = 0; i < set.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Assignment a = set.get(i);
            expression(a.columns().get(0));
            sb.append(" = ");
            expression(a.value());
        }
    }

    private void where(Expression where) {
        if (where != null) {
            sb.append(" WHERE ");
            expression(where);
        }
    }

    private void orderBy(List<OrderItem> items) {
        if (items.isEmpty()) {
            return;
        }
        sb.append(" ORDER BY ");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            expression(items.get(i).expression());
            if (items.get(i).order() != null) {
                sb.append(' ').append(items.get(i).order());
            }
        }
    }

    private void limit(Limit l) {
        if (l == null) {
            return;
        }
        if (l.count() != null) {
            sb.append(" LIMIT ");
            expression(l.count());
        }
        if (l.offset() != null) {
            sb.append(" OFFSET ");
            expression(l.offset());
        }
    }

    private void fromItem(FromItem f) {
        switch (f) {
            case TableRef t -> tableRef(t);
            case Join j -> {
                fromItem(j.left());
                sb.append(j.natural() ? " NATURAL " : " ");
                sb.append(switch (j.type()) {
                    case INNER -> "JOIN ";
                    case LEFT -> "LEFT JOIN ";
                    case RIGHT -> "RIGHT JOIN ";
                    case FULL -> "FULL JOIN ";
                    case CROSS -> "CROSS JOIN ";
                    case STRAIGHT -> "JOIN ";
                });
                boolean nested = j.right() instanceof Join;
                if (nested) {
                    sb.append('(');
                }
                fromItem(j.right());
                if (nested) {
                    sb.append(')');
                }
                if (j.on() != null) {
                    sb.append(" ON ");
                    expression(j.on());
                } else if (!j.using().isEmpty()) {
                    sb.append(" USING (");
                    identifiers(j.using());
                    sb.append(')');
                }
            }
            case DerivedTable d -> {
                sb.append('(');
                statement(d.query());
                sb.append(") AS ").append(d.alias());
                if (!d.columnAliases().isEmpty()) {
                    sb.append('(');
                    identifiers(d.columnAliases());
                    sb.append(')');
                }
            }
            default -> throw new IllegalArgumentException("TestSql cannot print " + f.getClass().getSimpleName());
        }
    }

    private void tableRef(TableRef t) {
        sb.append(t.name());
        if (t.alias() != null) {
            sb.append(" AS ").append(t.alias());
        }
        if (!t.columnAliases().isEmpty()) {
            sb.append('(');
            identifiers(t.columnAliases());
            sb.append(')');
        }
    }

    private void identifiers(List<Identifier> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(ids.get(i));
        }
    }

    private void expressions(List<Expression> list) {
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            expression(list.get(i));
        }
    }

    private void expression(Expression e) {
        switch (e) {
            case ColumnRef c -> {
                if (c.qualifier() != null) {
                    sb.append(c.qualifier()).append('.');
                }
                sb.append(c.column());
            }
            case Star s -> sb.append(s.qualifier() == null ? "*" : s.qualifier() + ".*");
            case Parameter p -> {
                sb.append('?');
                bindings.add(p);
            }
            case NumberLiteral n -> sb.append(n.text());
            case StringLiteral s -> sb.append('\'').append(s.value().replace("'", "''")).append('\'');
            case BooleanLiteral b -> sb.append(b.value() ? "TRUE" : "FALSE");
            case NullLiteral n -> sb.append("NULL");
            case BinaryOp b -> {
                sb.append('(');
                expression(b.left());
                sb.append(' ').append(b.operator().symbol()).append(' ');
                expression(b.right());
                sb.append(')');
            }
            case UnaryOp u -> {
                sb.append('(').append(u.operator() == UnaryOperator.NOT ? "NOT " : u.operator().toString());
                expression(u.operand());
                sb.append(')');
            }
            case IsNull n -> {
                sb.append('(');
                expression(n.operand());
                sb.append(n.negated() ? " IS NOT NULL)" : " IS NULL)");
            }
            case InList in -> {
                sb.append('(');
                expression(in.operand());
                sb.append(in.negated() ? " NOT IN (" : " IN (");
                expressions(in.values());
                sb.append("))");
            }
            case InSubquery in -> {
                sb.append('(');
                expression(in.operand());
                sb.append(in.negated() ? " NOT IN (" : " IN (");
                statement(in.query());
                sb.append("))");
            }
            case Exists x -> {
                sb.append("EXISTS (");
                statement(x.query());
                sb.append(')');
            }
            case Subquery q -> {
                sb.append('(');
                statement(q.query());
                sb.append(')');
            }
            case FunctionCall f -> {
                sb.append(f.name()).append('(');
                if (f.distinct()) {
                    sb.append("DISTINCT ");
                }
                expressions(f.arguments());
                sb.append(')');
            }
            case Case c -> {
                sb.append("CASE");
                if (c.operand() != null) {
                    sb.append(' ');
                    expression(c.operand());
                }
                for (WhenClause w : c.whens()) {
                    sb.append(" WHEN ");
                    expression(w.condition());
                    sb.append(" THEN ");
                    expression(w.result());
                }
                if (c.otherwise() != null) {
                    sb.append(" ELSE ");
                    expression(c.otherwise());
                }
                sb.append(" END");
            }
            case Quantified q -> {
                sb.append('(');
                expression(q.left());
                sb.append(' ').append(q.operator().symbol()).append(' ').append(q.quantifier()).append(' ');
                expression(q.right());
                sb.append(')');
            }
            case Cast c -> {
                sb.append("CAST(");
                expression(c.operand());
                sb.append(" AS ").append(c.type().name()).append(')');
            }
            default -> throw new IllegalArgumentException("TestSql cannot print " + e.getClass().getSimpleName());
        }
    }
}
