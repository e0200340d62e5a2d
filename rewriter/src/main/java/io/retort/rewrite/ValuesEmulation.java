package io.retort.rewrite;

import io.retort.dialect.Capability;
import io.retort.dialect.UnsupportedConstruct;
import io.retort.sql.*;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code VALUES} as a table, and column aliases on derived tables. Where the target has no VALUES query
 * (MySQL before 8.0.19, Oracle) or no column list on a derived table (MariaDB, SQLite), {@code (VALUES
 * (1, 'a'), (2, 'b')) AS t (id, name)} becomes {@code (SELECT 1 AS id, 'a' AS name UNION ALL SELECT 2,
 * 'b') AS t}; a derived query's column list moves onto its select items. Unnamed VALUES columns are
 * {@code column1, column2, ...} as in PostgreSQL.
 */
final class ValuesEmulation implements RewritePass {

    @Override
    public Statement apply(Statement statement, Translation t) {
        boolean values = t.target(Capability.SUPPORTS_VALUES_QUERY);
        boolean columnLists = t.target(Capability.SUPPORTS_DERIVED_COLUMN_LIST);
        if (values && columnLists) {
            return statement;
        }
        Statement top = statement instanceof Values v && !values ? union(v, List.of()) : statement;
        return (Statement) rewrite(top, values, columnLists);
    }

    private static Node rewrite(Node n, boolean values, boolean columnLists) {
        if (n instanceof DerivedTable d) {
            if (d.query() instanceof Values v && (!values || !columnLists)) {
                Values inner = (Values) v.mapChildren(c -> rewrite(c, values, columnLists));
                return new DerivedTable(union(inner, d.columnAliases()), d.alias(), List.of(), d.lateral());
            }
            Query q = (Query) rewrite(d.query(), values, columnLists);
            if (!d.columnAliases().isEmpty() && !columnLists) {
                return new DerivedTable(named(q, d.columnAliases()), d.alias(), List.of(), d.lateral());
            }
            return q == d.query() ? d : new DerivedTable(q, d.alias(), d.columnAliases(), d.lateral());
        }
        if (n instanceof Insert i && i.source() instanceof Values) {
            // INSERT's own VALUES rows are written by every database.
            return i.mapChildren(c -> c == i.source() ? c : rewrite(c, values, columnLists));
        }
        Node mapped = n.mapChildren(c -> rewrite(c, values, columnLists));
        if (!values && mapped instanceof Values v) {
            return union(v, List.of());
        }
        return mapped;
    }

    /** {@code SELECT a AS c1, ... UNION ALL SELECT ...} with the rows of {@code v}. */
    private static Query union(Values v, List<Identifier> names) {
        Query result = null;
        for (int r = 0; r < v.rows().size(); r++) {
            List<Expression> row = v.rows().get(r).values();
            List<SelectItem> items = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                Identifier alias = r > 0 ? null
                        : c < names.size() ? names.get(c) : Identifier.of("column" + (c + 1));
                items.add(new SelectItem(row.get(c), alias));
            }
            Select s = new Select(null, List.of(), false, List.of(), items, null, List.of(), null, List.of(), false,
                    null, List.of(), List.of(), null, List.of(), Comments.NONE);
            result = result == null ? s : SetOperation.of(SetOperator.UNION, true, result, s);
        }
        if (result == null) {
            throw new UnsupportedConstruct("an empty VALUES list", "");
        }
        if (v.with() != null || !v.orderBy().isEmpty() || v.limit() != null) {
            if (result instanceof SetOperation s) {
                return new SetOperation(v.with(), s.operator(), s.all(), s.left(), s.right(), v.orderBy(), v.limit(),
                        v.comments());
            }
            Select s = (Select) result;
            return new Select(v.with(), List.of(), false, List.of(), s.items(), null, List.of(), null, List.of(), false,
                    null, List.of(), v.orderBy(), v.limit(), List.of(), v.comments());
        }
        return result;
    }

    /** {@code q} with its output columns named {@code names}. */
    private static Query named(Query q, List<Identifier> names) {
        return switch (q) {
            case Select s -> {
                if (s.items().size() != names.size()) {
                    throw new UnsupportedConstruct("a column list on a derived table over SELECT *",
                            "name the columns in the subquery");
                }
                List<SelectItem> items = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    SelectItem item = s.items().get(i);
                    if (item.expression() instanceof Star) {
                        throw new UnsupportedConstruct("a column list on a derived table over SELECT *",
                                "name the columns in the subquery");
                    }
                    items.add(new SelectItem(item.expression(), names.get(i)));
                }
                yield new Select(s.with(), s.modifiers(), s.distinct(), s.distinctOn(), items, s.into(), s.from(),
                        s.where(), s.groupBy(), s.withRollup(), s.having(), s.windows(), s.orderBy(), s.limit(), s.locks(),
                        s.comments());
            }
            case SetOperation s -> new SetOperation(s.with(), s.operator(), s.all(), named(s.left(), names), s.right(),
                    s.orderBy(), s.limit(), s.comments());
            case Values v -> union(v, names);
        };
    }
}
