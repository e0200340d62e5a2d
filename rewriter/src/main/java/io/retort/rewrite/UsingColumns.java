package io.retort.rewrite;

import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * H2 does not merge the columns of {@code JOIN ... USING (c)}: an unqualified {@code c} is ambiguous
 * there. Every unqualified reference to a USING column of a SELECT is qualified with the table whose
 * value the join keeps (the left one, the right one for a RIGHT JOIN), which is what it means elsewhere.
 */
final class UsingColumns implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (!t.targetIs(SqlDialect.H2)) {
            return statement;
        }
        return statement.transform(n -> n instanceof Select s ? qualify(s) : n);
    }

    private static Select qualify(Select s) {
        Map<String, Name> owners = new HashMap<>();
        for (FromItem item : s.from()) {
            collect(item, owners);
        }
        if (owners.isEmpty()) {
            return s;
        }
        List<SelectItem> items = new ArrayList<>();
        for (SelectItem i : s.items()) {
            items.add(new SelectItem((Expression) rewrite(i.expression(), owners), i.alias()));
        }
        List<OrderItem> orderBy = new ArrayList<>();
        for (OrderItem o : s.orderBy()) {
            orderBy.add(new OrderItem((Expression) rewrite(o.expression(), owners), o.order(), o.nulls()));
        }
        List<Expression> groupBy = new ArrayList<>();
        for (Expression g : s.groupBy()) {
            groupBy.add((Expression) rewrite(g, owners));
        }
        return new Select(s.with(), s.modifiers(), s.distinct(), s.distinctOn(), items, s.into(), s.from(),
                s.where() == null ? null : (Expression) rewrite(s.where(), owners), groupBy, s.withRollup(),
                s.having() == null ? null : (Expression) rewrite(s.having(), owners), s.windows(), orderBy, s.limit(),
                s.locks(), s.comments());
    }

    private static void collect(FromItem item, Map<String, Name> owners) {
        if (!(item instanceof Join j)) {
            return;
        }
        collect(j.left(), owners);
        collect(j.right(), owners);
        if (j.using().isEmpty()) {
            return;
        }
        if (j.type() == JoinType.FULL) {
            throw new UnsupportedConstruct("FULL JOIN ... USING", "");
        }
        Name owner = exposedName(j.type() == JoinType.RIGHT ? j.right() : j.left());
        if (owner == null) {
            throw new UnsupportedConstruct("JOIN ... USING beside a nested join", "join with ON instead");
        }
        for (Identifier c : j.using()) {
            owners.putIfAbsent(c.text().toLowerCase(Locale.ROOT), owner);
        }
    }

    /** The name a FROM item's columns are qualified with, or null for a join. */
    private static Name exposedName(FromItem item) {
        return switch (item) {
            case TableRef r -> Name.of(r.alias() != null ? r.alias() : r.name().last());
            case DerivedTable d -> d.alias() == null ? null : Name.of(d.alias());
            case FunctionTable f -> f.alias() == null ? null : Name.of(f.alias());
            case JsonTable j -> j.alias() == null ? null : Name.of(j.alias());
            case Join j -> j.using().isEmpty() ? exposedName(j.left()) : null;
        };
    }

    /** Qualifies unqualified USING columns, not descending into subqueries (their own scope). */
    private static Node rewrite(Node n, Map<String, Name> owners) {
        if (n instanceof ColumnRef c && c.qualifier() == null) {
            Name owner = owners.get(c.column().text().toLowerCase(Locale.ROOT));
            return owner == null ? c : new ColumnRef(owner, c.column());
        }
        if (n instanceof Query || n instanceof Subquery || n instanceof Exists || n instanceof InSubquery
                || n instanceof ArraySubquery) {
            return n;
        }
        return n.mapChildren(child -> rewrite(child, owners));
    }
}
