package io.retort.rewrite;

import io.retort.sql.*;
import java.util.List;

/**
 * Subqueries MySQL and MariaDB refuse: {@code x IN (SELECT ... LIMIT n)} ("LIMIT & IN subquery" is not
 * supported), and in UPDATE and DELETE an IN subquery that reads the table being changed (error 1093).
 * Both are accepted as a derived table: {@code x IN (SELECT * FROM (SELECT ... LIMIT n) AS limited)},
 * which MySQL materializes first: the same rows.
 */
final class MySqlSubqueries implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (!t.targetIsMySql() || t.withinMySqlFamily()) {
            return statement;
        }
        Name changed = switch (statement) {
            case Update u when u.tables().size() == 1 && u.tables().get(0) instanceof TableRef r -> r.name();
            case Delete d when d.from().size() == 1 && d.from().get(0) instanceof TableRef r -> r.name();
            default -> null;
        };
        return statement.transform(n -> {
            if (n instanceof InSubquery in && (hasLimit(in.query()) || changed != null && reads(in.query(), changed))) {
                return new InSubquery(in.operand(), derived(in.query()), in.negated());
            }
            return n;
        });
    }

    private static boolean hasLimit(Query q) {
        return switch (q) {
            case Select s -> s.limit() != null;
            case SetOperation s -> s.limit() != null;
            case Values v -> v.limit() != null;
        };
    }

    private static boolean reads(Query q, Name table) {
        for (TableRef r : q.findAll(TableRef.class)) {
            if (r.name().last().matches(table.last())) {
                return true;
            }
        }
        return false;
    }

    private static Select derived(Query q) {
        return new Select(null, List.of(), false, List.of(), List.of(new SelectItem(new Star(null), null)), null,
                List.of(new DerivedTable(q, Identifier.of("limited"), List.of(), false)), null, List.of(), false, null,
                List.of(), List.of(), null, List.of(), Comments.NONE);
    }
}
