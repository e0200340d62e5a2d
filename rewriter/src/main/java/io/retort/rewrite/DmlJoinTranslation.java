package io.retort.rewrite;

import static io.retort.rewrite.Trees.*;

import io.retort.dialect.Capability;
import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;

/**
 * UPDATE and DELETE over several tables, and the order of SET assignments.
 * <ul>
 *   <li>PostgreSQL's {@code UPDATE t SET c = s.x FROM s WHERE ...} is MySQL's {@code UPDATE t, s SET t.c = s.x
 *       WHERE ...}; where neither exists (H2, Oracle) each assignment reads a correlated subquery and the
 *       rows are chosen with EXISTS (two source rows for one target row are then an error, where
 *       PostgreSQL picks one).</li>
 *   <li>PostgreSQL's {@code DELETE FROM t USING s WHERE ...} is MySQL's {@code DELETE t FROM t, s WHERE ...},
 *       elsewhere {@code DELETE FROM t WHERE EXISTS (SELECT 1 FROM s WHERE ...)}.</li>
 *   <li>MySQL's {@code UPDATE t1 JOIN t2 ON ... SET ...} and {@code DELETE t1 FROM t1 JOIN t2 ...} are read
 *       back into those forms (inner joins, one updated table).</li>
 *   <li>MySQL evaluates SET items left to right, the others on the old row: see {@link SetOrder}.</li>
 *   <li>MySQL's ORDER BY ... LIMIT on UPDATE/DELETE selects the rows by primary key (schema information).</li>
 * </ul>
 */
final class DmlJoinTranslation implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        if (t.withinMySqlFamily()) {
            return statement; // the same SQL
        }
        return switch (statement) {
            case Update u -> update(u, t);
            case Delete d -> delete(d, t);
            default -> statement;
        };
    }

    // ------------------------------------------------------------------ UPDATE

    private static Statement update(Update u, Translation t) {
        TableRef target;
        List<FromItem> others = new ArrayList<>(u.from());
        List<Expression> conditions = new ArrayList<>();
        List<Assignment> set = u.set();
        if (u.tables().size() > 1 || u.tables().get(0) instanceof Join) {
            // MySQL's multi-table form: find the updated table among the joined ones.
            List<TableRef> refs = new ArrayList<>();
            for (FromItem item : u.tables()) {
                flatten(item, refs, others, conditions);
            }
            target = updatedTable(u.set(), refs);
            for (TableRef r : refs) {
                if (r != target) {
                    others.add(0, r);
                }
            }
            set = unqualified(set, target);
            if (t.targetIsMySql()) {
                return u;
            }
        } else if (u.tables().get(0) instanceof TableRef ref) {
            target = ref;
        } else {
            return u;
        }
        if (t.sourceIsMySql() && !t.targetIsMySql()) {
            set = SetOrder.simultaneous(set);
        }
        Expression where = and(prepend(conditions, u.where()));
        Update base = new Update(u.with(), u.modifiers(), List.of(target), set, List.of(), where, u.orderBy(), u.limit(),
                u.returning(), u.comments());
        base = limited(base, target, t);
        if (others.isEmpty()) {
            if (t.targetIs(SqlDialect.SQLSERVER) && target.alias() != null) {
                return sqlServer(base, target, others);
            }
            if (t.targetIsMySql() && !t.sourceIsMySql()) {
                List<Expression> read = where == null ? List.of() : List.of();
                return new Update(base.with(), base.modifiers(), base.tables(), SetOrder.sequential(set, read), base.from(),
                        base.where(), base.orderBy(), base.limit(), base.returning(), base.comments());
            }
            return base;
        }
        if (t.targetIsMySql()) {
            List<FromItem> tables = new ArrayList<>();
            tables.add(target);
            tables.addAll(others);
            Name qualifier = Name.of(target.alias() != null ? target.alias() : target.name().last());
            List<Assignment> qualified = new ArrayList<>();
            for (Assignment a : SetOrder.sequential(set, List.of())) {
                List<ColumnRef> cols = new ArrayList<>();
                for (ColumnRef c : a.columns()) {
                    cols.add(new ColumnRef(qualifier, c.column()));
                }
                qualified.add(new Assignment(cols, a.value()));
            }
            return new Update(u.with(), u.modifiers(), tables, qualified, List.of(), where, List.of(), null,
                    u.returning(), u.comments());
        }
        if (t.targetIs(SqlDialect.SQLSERVER)) {
            return sqlServer(base, target, others);
        }
        if (t.target(Capability.SUPPORTS_UPDATE_FROM)) {
            return new Update(base.with(), base.modifiers(), base.tables(), set, others, where, base.orderBy(),
                    base.limit(), base.returning(), base.comments());
        }
        // Correlated subqueries: the same rows, the same values.
        List<Assignment> correlated = new ArrayList<>();
        for (Assignment a : set) {
            if (a.columns().size() != 1) {
                throw new UnsupportedConstruct("UPDATE ... FROM with a row assignment", "");
            }
            correlated.add(new Assignment(a.columns(), new Subquery(select(a.value(), others, where))));
        }
        return new Update(base.with(), base.modifiers(), base.tables(), correlated, List.of(),
                new Exists(select(number(1), others, where)), base.orderBy(), base.limit(), base.returning(),
                base.comments());
    }

    /**
     * SQL Server names an aliased target by its alias and lists the table in FROM:
     * {@code UPDATE x SET a = s.b FROM t AS x, s WHERE ...}.
     */
    private static Update sqlServer(Update base, TableRef target, List<FromItem> others) {
        if (target.alias() == null) {
            return new Update(base.with(), base.modifiers(), base.tables(), base.set(), others, base.where(),
                    base.orderBy(), base.limit(), base.returning(), base.comments());
        }
        List<FromItem> from = new ArrayList<>();
        from.add(target);
        from.addAll(others);
        return new Update(base.with(), base.modifiers(), List.of(TableRef.of(Name.of(target.alias()))), base.set(), from,
                base.where(), base.orderBy(), base.limit(), base.returning(), base.comments());
    }

    /** The table whose columns the SET assigns (the first joined table when they are unqualified). */
    private static TableRef updatedTable(List<Assignment> set, List<TableRef> refs) {
        TableRef found = null;
        for (Assignment a : set) {
            for (ColumnRef c : a.columns()) {
                TableRef r = c.qualifier() == null ? refs.get(0) : byName(c.qualifier().last(), refs);
                if (r == null || found != null && found != r) {
                    throw new UnsupportedConstruct("an UPDATE that assigns columns of several tables",
                            "update one table per statement");
                }
                found = r;
            }
        }
        return found;
    }

    private static TableRef byName(Identifier name, List<TableRef> refs) {
        for (TableRef r : refs) {
            if (r.alias() != null ? r.alias().matches(name) : r.name().last().matches(name)) {
                return r;
            }
        }
        return null;
    }

    private static List<Assignment> unqualified(List<Assignment> set, TableRef target) {
        List<Assignment> out = new ArrayList<>();
        for (Assignment a : set) {
            List<ColumnRef> cols = new ArrayList<>();
            for (ColumnRef c : a.columns()) {
                cols.add(new ColumnRef(null, c.column()));
            }
            out.add(new Assignment(cols, a.value()));
        }
        return out;
    }

    /** Splits inner joins into their tables and ON conditions. */
    private static void flatten(FromItem item, List<TableRef> refs, List<FromItem> others, List<Expression> conditions) {
        switch (item) {
            case TableRef r -> refs.add(r);
            case Join j when j.type() == JoinType.INNER || j.type() == JoinType.CROSS -> {
                if (j.natural() || !j.using().isEmpty()) {
                    throw new UnsupportedConstruct("a multi-table UPDATE/DELETE joined with USING or NATURAL", "");
                }
                flatten(j.left(), refs, others, conditions);
                flatten(j.right(), refs, others, conditions);
                if (j.on() != null) {
                    conditions.add(j.on());
                }
            }
            case Join j -> throw new UnsupportedConstruct("a multi-table UPDATE/DELETE with a " + j.type() + " JOIN", "");
            default -> others.add(item);
        }
    }

    // ------------------------------------------------------------------ DELETE

    private static Statement delete(Delete d, Translation t) {
        TableRef target;
        List<FromItem> others = new ArrayList<>(d.using());
        List<Expression> conditions = new ArrayList<>();
        if (!d.targets().isEmpty()) {
            if (t.targetIsMySql()) {
                return d;
            }
            if (d.targets().size() > 1) {
                throw new UnsupportedConstruct("a DELETE from several tables", "delete from one table per statement");
            }
            List<TableRef> refs = new ArrayList<>();
            for (FromItem item : d.using().isEmpty() ? d.from() : d.using()) {
                flatten(item, refs, others, conditions);
            }
            others.clear();
            target = byName(d.targets().get(0).last(), refs);
            if (target == null) {
                throw new UnsupportedConstruct("a multi-table DELETE whose target is not a joined table", "");
            }
            for (TableRef r : refs) {
                if (r != target) {
                    others.add(r);
                }
            }
        } else if (d.from().size() == 1 && d.from().get(0) instanceof TableRef ref) {
            target = ref;
        } else {
            return d;
        }
        Expression where = and(prepend(conditions, d.where()));
        Delete base = new Delete(d.with(), d.modifiers(), List.of(), List.of(target), List.of(), where, d.orderBy(),
                d.limit(), d.returning(), d.comments());
        base = limited(base, target, t);
        if (others.isEmpty() && !(t.targetIsMySql() && target.alias() != null)) {
            if (t.targetIs(SqlDialect.SQLSERVER) && target.alias() != null) {
                throw new UnsupportedConstruct("an alias on the DELETE target", "SQL Server allows none there");
            }
            return base;
        }
        if (t.targetIsMySql()) {
            // Also MariaDB's only form for an aliased target: DELETE x FROM t AS x.
            List<FromItem> from = new ArrayList<>();
            from.add(target);
            from.addAll(others);
            return new Delete(d.with(), d.modifiers(), List.of(Name.of(target.alias() != null ? target.alias()
                    : target.name().last())), from, List.of(), where, List.of(), null, d.returning(), d.comments());
        }
        if (t.target(Capability.SUPPORTS_DELETE_USING)) {
            return new Delete(base.with(), base.modifiers(), List.of(), base.from(), others, where, base.orderBy(),
                    base.limit(), base.returning(), base.comments());
        }
        return new Delete(base.with(), base.modifiers(), List.of(), base.from(), List.of(),
                new Exists(select(number(1), others, where)), base.orderBy(), base.limit(), base.returning(),
                base.comments());
    }

    // ------------------------------------------------------------------ shared

    /** MySQL's ORDER BY/LIMIT on UPDATE and DELETE, elsewhere as {@code pk IN (SELECT pk ... LIMIT n)}. */
    @SuppressWarnings("unchecked")
    private static <S extends Statement> S limited(S s, TableRef target, Translation t) {
        List<OrderItem> orderBy = s instanceof Update u ? u.orderBy() : ((Delete) s).orderBy();
        Limit limit = s instanceof Update u ? u.limit() : ((Delete) s).limit();
        if (t.targetIsMySql() || orderBy.isEmpty() && limit == null) {
            return s;
        }
        List<List<String>> keys = t.schema.uniqueKeys(target.name().last().text());
        if (keys.isEmpty() || keys.get(0).size() != 1) {
            throw new UnsupportedConstruct((s instanceof Update ? "UPDATE" : "DELETE") + " ... ORDER BY/LIMIT",
                    "it needs the table's single-column primary key: give the translator schema information");
        }
        ColumnRef key = new ColumnRef(null, Identifier.of(keys.get(0).get(0)));
        Expression where = s instanceof Update u ? u.where() : ((Delete) s).where();
        Select chosen = new Select(null, List.of(), false, List.of(), List.of(new SelectItem(key, null)), null,
                List.of(target), where, List.of(), false, null, List.of(), orderBy, limit, List.of(), Comments.NONE);
        Expression in = new InSubquery(key, chosen, false);
        if (s instanceof Update u) {
            return (S) new Update(u.with(), u.modifiers(), u.tables(), u.set(), u.from(), in, List.of(), null,
                    u.returning(), u.comments());
        }
        Delete d = (Delete) s;
        return (S) new Delete(d.with(), d.modifiers(), d.targets(), d.from(), d.using(), in, List.of(), null,
                d.returning(), d.comments());
    }

    private static Select select(Expression item, List<FromItem> from, Expression where) {
        return new Select(null, List.of(), false, List.of(), List.of(new SelectItem(item, null)), null, from, where,
                List.of(), false, null, List.of(), List.of(), null, List.of(), Comments.NONE);
    }

    private static List<Expression> prepend(List<Expression> conditions, Expression where) {
        List<Expression> out = new ArrayList<>(conditions);
        if (where != null) {
            out.add(where);
        }
        return out;
    }
}
